#include "mcp/MemoryQueries.h"

#include "core/store/ObservationStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {
bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

// The nearest `limit` of two lists already ordered nearest first, nearest first.
QList<MemoryQueries::Moment> nearest(QList<MemoryQueries::Moment> all, bool later, int limit)
{
    std::stable_sort(all.begin(), all.end(), [later](const auto &a, const auto &b) {
        return later ? a.createdAt < b.createdAt : a.createdAt > b.createdAt;
    });
    return all.mid(0, limit);
}
} // namespace

QList<Observation> MemoryQueries::search(const Filter &f, QString *error) const
{
    // With words, FTS5 drives and hands out matches newest first (rowid DESC),
    // so the scan stops at the limit (ObservationStore::search measured why).
    const QString order = f.fts.isEmpty() ? QStringLiteral("o.id") : QStringLiteral("f.rowid");
    QString sql = QStringLiteral("SELECT %1 FROM ").arg(ObservationStore::observationColumns())
        + (f.fts.isEmpty() ? QStringLiteral("observations o")
                           : QStringLiteral("observations_fts f JOIN observations o ON o.id = f.rowid"));
    QStringList where;
    if (!f.fts.isEmpty())
        where << QStringLiteral("observations_fts MATCH :fts");
    if (!f.project.isEmpty())
        where << QStringLiteral("o.project = :project");
    if (!f.type.isEmpty())
        where << QStringLiteral("o.type = :type");
    if (f.sinceMs > 0)
        where << QStringLiteral("o.created_at >= :since");
    if (f.untilMs > 0)
        where << QStringLiteral("o.created_at < :until");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1 DESC LIMIT :limit").arg(order);
    QSqlQuery q(m_db);
    q.prepare(sql);
    if (!f.fts.isEmpty())
        q.bindValue(QStringLiteral(":fts"), f.fts);
    if (!f.project.isEmpty())
        q.bindValue(QStringLiteral(":project"), f.project);
    if (!f.type.isEmpty())
        q.bindValue(QStringLiteral(":type"), f.type);
    if (f.sinceMs > 0)
        q.bindValue(QStringLiteral(":since"), f.sinceMs);
    if (f.untilMs > 0)
        q.bindValue(QStringLiteral(":until"), f.untilMs);
    q.bindValue(QStringLiteral(":limit"), f.limit);
    QList<Observation> out;
    if (!run(q, error))
        return out;
    while (q.next())
        out << ObservationStore::observationFrom(q);
    return out;
}

QList<Observation> MemoryQueries::byIds(const QList<qint64> &ids, QString *error) const
{
    QList<Observation> out;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM observations o WHERE o.id = ?").arg(ObservationStore::observationColumns()));
    for (const qint64 id : ids) {
        q.addBindValue(id);
        if (!run(q, error))
            return {};
        if (q.next())
            out << ObservationStore::observationFrom(q);
        q.finish();
    }
    return out;
}

QList<MemoryQueries::Moment> MemoryQueries::around(
    const QString &project, qint64 atMs, qint64 anchorId, int before, int after, QString *error) const
{
    QList<Moment> earlier = nearest(observationsNear(project, atMs, anchorId, false, before, error)
            + summariesNear(project, atMs, false, before, error),
        false, before);
    const QList<Moment> later
        = nearest(observationsNear(project, atMs, anchorId, true, after + (anchorId ? 1 : 0), error)
                + summariesNear(project, atMs, true, after, error),
            true, after + (anchorId ? 1 : 0));
    std::reverse(earlier.begin(), earlier.end());
    return earlier + later;
}

// Ordered by (created_at, id): two observations stored in one commit share a moment.
QList<MemoryQueries::Moment> MemoryQueries::observationsNear(
    const QString &project, qint64 atMs, qint64 anchorId, bool later, int limit, QString *error) const
{
    const QString after
        = anchorId ? QStringLiteral("(o.created_at, o.id) >= (:at, :id)") : QStringLiteral("o.created_at >= :at");
    const QString before
        = anchorId ? QStringLiteral("(o.created_at, o.id) < (:at, :id)") : QStringLiteral("o.created_at < :at");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM observations o WHERE o.project = :project AND %2 "
                             "ORDER BY o.created_at %3, o.id %3 LIMIT :limit")
                  .arg(ObservationStore::observationColumns(), later ? after : before,
                      later ? QStringLiteral("ASC") : QStringLiteral("DESC")));
    q.bindValue(QStringLiteral(":project"), project);
    q.bindValue(QStringLiteral(":at"), atMs);
    if (anchorId)
        q.bindValue(QStringLiteral(":id"), anchorId);
    q.bindValue(QStringLiteral(":limit"), limit);
    QList<Moment> out;
    if (limit <= 0 || !run(q, error))
        return out;
    while (q.next()) {
        const Observation o = ObservationStore::observationFrom(q);
        out << Moment { o.createdAt, o, std::nullopt };
    }
    return out;
}

QList<MemoryQueries::Moment> MemoryQueries::summariesNear(
    const QString &project, qint64 atMs, bool later, int limit, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, user_session_id, request, completed, next_steps, created_at FROM summaries "
                       "WHERE project = :project AND created_at %1 :at ORDER BY created_at %2, id %2 LIMIT :limit")
            .arg(later ? QStringLiteral(">=") : QStringLiteral("<"),
                later ? QStringLiteral("ASC") : QStringLiteral("DESC")));
    q.bindValue(QStringLiteral(":project"), project);
    q.bindValue(QStringLiteral(":at"), atMs);
    q.bindValue(QStringLiteral(":limit"), limit);
    QList<Moment> out;
    if (limit <= 0 || !run(q, error))
        return out;
    while (q.next()) {
        SessionSummary s;
        s.id = q.value(0).toLongLong();
        s.userSessionId = q.value(1).toString();
        s.project = project;
        s.request = q.value(2).toString();
        s.completed = q.value(3).toString();
        s.nextSteps = q.value(4).toString();
        s.createdAt = q.value(5).toLongLong();
        out << Moment { s.createdAt, std::nullopt, s };
    }
    return out;
}
