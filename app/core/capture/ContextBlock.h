#pragma once

#include <QSqlDatabase>
#include <QString>

// What the hook offers a new session at start: the project's recent
// observations and its last summary, bounded in size.
class ContextBlock
{
public:
    static constexpr qsizetype kMaxBytes = 8 * 1024;
    static QString build(const QSqlDatabase &db, const QString &project, int maxObservations = 30);

private:
    static QString bounded(const QString &block); // at most kMaxBytes of UTF-8, whole characters
};
