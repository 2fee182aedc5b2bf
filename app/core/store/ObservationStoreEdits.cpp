// ObservationStore: observations and summaries moved to another project or
// forgotten. Deleting a row also takes it out of the full-text index (the
// observations_fts_ad trigger), so a search never finds it again.
#include "core/store/ObservationStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {
QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

constexpr const char *kTables[] = { "observations", "summaries" };

qint64 countWhere(const QSqlDatabase &db, const char *table, const char *column, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?").arg(QLatin1String(table), QLatin1String(column)));
    q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

// Rows deleted, -1 with *error on failure.
qint64 deleteWhere(const QSqlDatabase &db, const char *table, const char *column, const QString &value, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(QLatin1String(table), QLatin1String(column)));
    q.addBindValue(value);
    if (!q.exec()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.numRowsAffected();
}

ObservationStore::Amount amountWhere(const QSqlDatabase &db, const char *column, const QString &value)
{
    return { countWhere(db, "observations", column, value), countWhere(db, "summaries", column, value) };
}

std::optional<ObservationStore::Amount> forgetWhere(
    const QSqlDatabase &db, const char *column, const QString &value, QString *error)
{
    const qint64 observations = deleteWhere(db, "observations", column, value, error);
    const qint64 summaries = observations < 0 ? -1 : deleteWhere(db, "summaries", column, value, error);
    if (summaries < 0)
        return std::nullopt;
    return ObservationStore::Amount { observations, summaries };
}
} // namespace

int ObservationStore::refileProject(const QString &from, const QString &to, int limit, QString *error)
{
    int moved = 0;
    for (const char *table : kTables) {
        if (moved >= limit)
            break;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE %1 SET project = ? WHERE id IN (SELECT id FROM %1 WHERE project = ? LIMIT ?)")
                      .arg(QLatin1String(table)));
        q.addBindValue(to);
        q.addBindValue(from);
        q.addBindValue(limit - moved);
        if (!q.exec()) {
            *error = q.lastError().text();
            return -1;
        }
        moved += q.numRowsAffected();
    }
    return moved;
}

ObservationStore::Amount ObservationStore::amountInProject(const QString &project) const
{
    return amountWhere(m_db, "project", project);
}

ObservationStore::Amount ObservationStore::amountInSession(const QString &userSessionId) const
{
    return amountWhere(m_db, "user_session_id", userSessionId);
}

std::optional<ObservationStore::Amount> ObservationStore::forgetProject(const QString &project, QString *error)
{
    return forgetWhere(m_db, "project", project, error);
}

std::optional<ObservationStore::Amount> ObservationStore::forgetSession(const QString &userSessionId, QString *error)
{
    return forgetWhere(m_db, "user_session_id", userSessionId, error);
}

int ObservationStore::deleteObservations(const QList<qint64> &ids, QString *error)
{
    if (ids.isEmpty())
        return 0;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM observations WHERE id IN (%1)").arg(idList(ids)))) {
        *error = q.lastError().text();
        return -1;
    }
    return q.numRowsAffected(); // a single statement: all of them or none
}

QString ObservationStore::newestProject() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT project FROM observations ORDER BY id DESC LIMIT 1")) && q.next()
        ? q.value(0).toString()
        : QString();
}
