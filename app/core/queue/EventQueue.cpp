#include "core/queue/EventQueue.h"

#include "core/queue/EventQueueSql.h"
#include "hookcore/QueueSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace EventQueueSql;

EventQueue::EventQueue(QSqlDatabase db) : m_db(std::move(db))
{
}

std::optional<qint64> EventQueue::enqueue(const QueuedEvent &event, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(QueueSchema::kInsertSql)); // the hook's fast path runs the same
    q.addBindValue(event.userSessionId);
    q.addBindValue(event.kind);
    q.addBindValue(event.project.isNull() ? QStringLiteral("") : event.project);
    q.addBindValue(QString::fromUtf8(event.payload));
    q.addBindValue(event.createdAt);
    // A single INSERT is its own transaction: the event is either wholly
    // there or not at all.
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

bool EventQueue::ridesAlong(const QString &kind)
{
    const auto k = eventKindNamed(kind.toStdString());
    return k && ::ridesAlong(*k);
}

QStringList EventQueue::readySessions(const QStringList &busySessions, qint64 nowMs, int limit) const
{
    // The oldest ready work event per session decides the order sessions are
    // served; context alone costs no call of its own.
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT session_id, MIN(id) AS first FROM events WHERE state = %1 AND next_attempt_at <= ? "
                       "AND kind NOT IN %2 GROUP BY session_id ORDER BY first")
            .arg(sql(Queued), contextKindsSql()));
    q.addBindValue(nowMs);
    QStringList out;
    if (!q.exec())
        return out;
    while (q.next() && out.size() < limit) {
        const QString userSessionId = q.value(0).toString();
        if (!busySessions.contains(userSessionId))
            out << userSessionId;
    }
    return out;
}

QList<QueuedEvent> EventQueue::claim(const QString &userSessionId, int max, qint64 nowMs, QString *error)
{
    // IMMEDIATE: the write lock first, so no writer comes between reading the
    // run of ready events and marking it claimed.
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = begin.lastError().text();
        return {};
    }
    QList<QueuedEvent> out = readyRun(userSessionId, max, nowMs, error);
    QSqlQuery end(m_db);
    if (!out.isEmpty() && !markClaimed(out, nowMs, error)) {
        end.exec(QStringLiteral("ROLLBACK"));
        return {};
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        *error = end.lastError().text();
        end.exec(QStringLiteral("ROLLBACK"));
        return {};
    }
    return out;
}

QList<QueuedEvent> EventQueue::readyRun(const QString &userSessionId, int max, qint64 nowMs, QString *error) const
{
    QList<QueuedEvent> out;
    QSqlQuery q(m_db);
    // Non-parked events of the session in order; stop at the first one that is
    // not ready yet, so a retried event keeps its place before later ones.
    q.prepare(QStringLiteral("SELECT %1, state, next_attempt_at FROM events WHERE session_id = ? AND state IN (%2, %3) "
                             "ORDER BY id LIMIT ?")
                  .arg(QLatin1String(kColumns), sql(Queued), sql(Claimed)));
    q.addBindValue(userSessionId);
    q.addBindValue(max);
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        if (q.value(8).toInt() != Queued || q.value(9).toLongLong() > nowMs)
            break;
        out << eventFrom(q);
    }
    return out;
}

QList<EventQueue::Waiting> EventQueue::waitingRun(const QString &userSessionId, int max, qint64 nowMs) const
{
    QList<Waiting> out;
    QSqlQuery q(m_db);
    // The same run readyRun() reads, so a claim of out.size() takes these.
    q.prepare(QStringLiteral("SELECT id, kind, created_at, length(payload), state, next_attempt_at FROM events "
                             "WHERE session_id = ? AND state IN (%1, %2) ORDER BY id LIMIT ?")
                  .arg(sql(Queued), sql(Claimed)));
    q.addBindValue(userSessionId);
    q.addBindValue(max);
    if (!q.exec())
        return out;
    while (q.next()) {
        if (q.value(4).toInt() != Queued || q.value(5).toLongLong() > nowMs)
            break;
        out << Waiting { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toLongLong() };
    }
    return out;
}

bool EventQueue::markClaimed(const QList<QueuedEvent> &events, qint64 nowMs, QString *error)
{
    QList<qint64> ids;
    for (const QueuedEvent &e : events)
        ids << e.id;
    QSqlQuery u(m_db);
    u.prepare(
        QStringLiteral("UPDATE events SET state = ?, claimed_at = ? WHERE state = ? AND id IN (%1)").arg(idList(ids)));
    u.addBindValue(Claimed);
    u.addBindValue(nowMs);
    u.addBindValue(Queued);
    if (!u.exec()) {
        *error = u.lastError().text();
        return false;
    }
    // Fewer rows than read: someone else has the others. Claim none of them
    // (no error: it is theirs to send, not a fault to report).
    return u.numRowsAffected() == ids.size();
}

bool EventQueue::acknowledge(QSqlDatabase &db, const QList<qint64> &ids, QString *error)
{
    if (ids.isEmpty())
        return true;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM events WHERE id IN (%1)").arg(idList(ids)))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

qint64 EventQueue::backoffMs(int attempts)
{
    // 5 s, 20 s, 80 s, 320 s, capped at 15 min.
    qint64 ms = 5000;
    for (int i = 1; i < attempts; ++i)
        ms *= 4;
    return std::min<qint64>(ms, 15 * 60 * 1000);
}

bool EventQueue::fail(const QList<qint64> &ids, const QString &reason, qint64 nowMs, QString *error)
{
    if (ids.isEmpty())
        return true;
    // IMMEDIATE: take the write lock first (waiting up to the busy timeout).
    // A deferred transaction that reads, then writes, fails at once with
    // "database is locked" when a hook wrote in between.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = q.lastError().text();
        return false;
    }
    bool ok = q.exec(QStringLiteral("SELECT id, attempts FROM events WHERE id IN (%1)").arg(idList(ids)));
    QList<QPair<qint64, int>> rows;
    while (ok && q.next())
        rows.append({ q.value(0).toLongLong(), q.value(1).toInt() + 1 });
    q.finish();
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE events SET attempts = ?, state = ?, next_attempt_at = ?, last_error = ?, "
                             "claimed_at = NULL WHERE id = ?"));
    for (const auto &[id, attempts] : std::as_const(rows)) {
        if (!ok)
            break;
        const bool park = attempts >= kMaxAttempts;
        u.addBindValue(attempts);
        u.addBindValue(park ? Parked : Queued);
        u.addBindValue(park ? 0 : nowMs + backoffMs(attempts));
        u.addBindValue(reason);
        u.addBindValue(id);
        ok = u.exec();
    }
    QSqlQuery end(m_db);
    if (!ok || !end.exec(QStringLiteral("COMMIT"))) {
        *error = (ok ? end.lastError() : u.lastError()).text();
        end.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

int EventQueue::endBackoffs(qint64 nowMs, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE events SET next_attempt_at = ? WHERE state = ? AND next_attempt_at > ?"));
    q.addBindValue(nowMs);
    q.addBindValue(Queued);
    q.addBindValue(nowMs);
    if (!q.exec()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.numRowsAffected();
}

bool EventQueue::releaseAllExcept(const QList<qint64> &inFlight, QString *error)
{
    QSqlQuery q(m_db);
    const QString keep = inFlight.isEmpty() ? QString() : QStringLiteral(" AND id NOT IN (%1)").arg(idList(inFlight));
    if (!q.exec(QStringLiteral("UPDATE events SET state = %1, claimed_at = NULL WHERE state = %2")
                    .arg(sql(Queued), sql(Claimed))
            + keep)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool EventQueue::release(const QList<qint64> &ids, QString *error)
{
    if (ids.isEmpty())
        return true;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("UPDATE events SET state = %1, claimed_at = NULL WHERE state = %2 AND id IN (%3)")
                    .arg(sql(Queued), sql(Claimed), idList(ids)))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

int EventQueue::releaseClaims(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("UPDATE events SET state = %1, claimed_at = NULL WHERE state = %2")
                    .arg(sql(Queued), sql(Claimed)))) {
        *error = q.lastError().text();
        return -1;
    }
    return q.numRowsAffected();
}

qint64 EventQueue::nextRetryAt() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT MIN(next_attempt_at) FROM events WHERE state = ? AND next_attempt_at > 0"));
    q.addBindValue(Queued);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}
