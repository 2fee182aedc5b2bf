#pragma once

#include "core/store/Observation.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The reads the MCP tools make, each one statement that SQLite answers from
// an index: the FTS5 index newest first, the primary key, or a project's
// observations around a moment. A failed statement sets *error.
class MemoryQueries
{
public:
    explicit MemoryQueries(QSqlDatabase db) : m_db(std::move(db)) { }

    struct Filter
    {
        QString fts; // a SafeFtsQuery; empty lists the newest
        QString project; // empty: every project
        QString type;
        qint64 sinceMs = 0; // inclusive; 0: no bound
        qint64 untilMs = 0; // exclusive; 0: no bound
        int limit = 20;
    };
    QList<Observation> search(const Filter &filter, QString *error) const;
    // In the order asked; ids that do not exist are left out.
    QList<Observation> byIds(const QList<qint64> &ids, QString *error) const;

    // One line of a timeline: an observation or a session summary.
    struct Moment
    {
        qint64 createdAt = 0;
        std::optional<Observation> observation;
        std::optional<SessionSummary> summary;
    };
    // The project's observations and summaries just before and just after a
    // moment (the anchor observation itself, when anchorId is set, included
    // after), oldest first.
    QList<Moment> around(
        const QString &project, qint64 atMs, qint64 anchorId, int before, int after, QString *error) const;

private:
    QList<Moment> observationsNear(
        const QString &project, qint64 atMs, qint64 anchorId, bool later, int limit, QString *error) const;
    QList<Moment> summariesNear(const QString &project, qint64 atMs, bool later, int limit, QString *error) const;

    QSqlDatabase m_db;
};
