#include "core/hide/HiddenSessionJournal.h"

#include "core/platform/Clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

HiddenSessionJournal::HiddenSessionJournal(QSqlDatabase db) : m_db(std::move(db))
{
}

qint64 HiddenSessionJournal::beginHide(const NewRow &row, QString *error)
{
    QSqlQuery q(m_db);
    // A failed prepare says why (no such table, …); exec would only say "parameter count mismatch".
    if (!q.prepare(QStringLiteral("INSERT INTO hidden_sessions(original_path, hidden_path, project_folder, session_id, "
                                  "reason, size, sha256, mtime, state, hidden_at, updated_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        *error = q.lastError().text();
        return 0;
    }
    const qint64 now = Clock::nowMs();
    for (const QVariant &v : { QVariant(row.originalPath), QVariant(row.hiddenPath), QVariant(row.projectFolder),
             QVariant(row.observerSessionId), QVariant(row.reason), QVariant(row.size), QVariant(row.sha256),
             QVariant(row.mtime), QVariant(int(Hiding)), QVariant(now), QVariant(now) })
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

void HiddenSessionJournal::setState(qint64 id, State state)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE hidden_sessions SET state = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(int(state));
    q.addBindValue(Clock::nowMs());
    q.addBindValue(id);
    q.exec();
}

void HiddenSessionJournal::forget(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM hidden_sessions WHERE id = ?"));
    q.addBindValue(id);
    q.exec();
}

QString HiddenSessionJournal::sha256(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT sha256 FROM hidden_sessions WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QList<HiddenEntry> HiddenSessionJournal::hiddenEntries() const
{
    QList<HiddenEntry> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, original_path, hidden_path, project_folder, reason, size, mtime, hidden_at "
                             "FROM hidden_sessions WHERE state = ? ORDER BY id"));
    q.addBindValue(int(Hidden));
    if (!q.exec())
        return out;
    while (q.next()) {
        out << HiddenEntry { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toLongLong(),
            q.value(7).toLongLong() };
    }
    return out;
}

QList<HiddenSessionJournal::InterruptedMove> HiddenSessionJournal::interruptedMoves() const
{
    QList<InterruptedMove> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, original_path, hidden_path, sha256, state FROM hidden_sessions WHERE state IN (?, ?) ORDER BY id"));
    q.addBindValue(int(Hiding));
    q.addBindValue(int(Restoring));
    if (!q.exec())
        return out;
    while (q.next()) {
        out << InterruptedMove { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), State(q.value(4).toInt()) };
    }
    return out;
}
