#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// Files existing rows under the project their folder belongs to now
// (ProjectRoot): rows recorded before schema 3 carry the raw cwd, and a
// folder may since have become part of a repository. Runs in the app, in the
// background, a few hundred rows per transaction so hooks appending
// meanwhile never wait long; never in a hook. Safe to repeat: a project
// already resolved resolves to itself. The user's merges (ProjectMap) count:
// merging two projects refiles the merged one's rows the same way.
class ProjectRecompute
{
public:
    using Resolver = std::function<QString(const QString &)>;
    static constexpr int kBatchRows = 500;

    // resolve: the project a stored project (an old cwd) belongs to now;
    // defaults to ProjectRoot::resolve (uncached: the folders may have changed)
    // followed by the merges in capture.json as they are now.
    explicit ProjectRecompute(QSqlDatabase db, Resolver resolve = {});

    // Reads the distinct projects once and keeps those that resolve elsewhere.
    bool plan(QString *error);
    // Moves up to batchRows rows in one transaction. False on error (the batch
    // is rolled back, nothing is half moved).
    bool step(QString *error, int batchRows = kBatchRows);
    bool isDone() const { return m_moves.isEmpty(); }
    qint64 rowsMoved() const { return m_rowsMoved; }
    // The whole job, batch after batch (the CLI and tests; the app steps).
    bool runAll(QString *error);

private:
    int moveSome(const QString &from, const QString &to, int limit, QString *error);

    QSqlDatabase m_db;
    Resolver m_resolve;
    QList<QPair<QString, QString>> m_moves; // from → to, the first in progress
    qint64 m_rowsMoved = 0;
};
