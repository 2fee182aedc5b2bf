#include "core/store/Forgetting.h"

#include "core/queue/EventQueue.h"
#include "core/store/ObservationStore.h"

#include <QSqlError>
#include <QSqlQuery>

Forgetting::Forgetting(QSqlDatabase db) : m_db(std::move(db))
{
}

template<typename Forget> std::optional<Forgetting::Amount> Forgetting::inTransaction(Forget forget, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    const std::optional<Amount> done = forget();
    if (!done || !q.exec(QStringLiteral("COMMIT"))) {
        if (done)
            *error = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    }
    return done;
}

Forgetting::Amount Forgetting::projectAmount(const QString &project) const
{
    const ObservationStore::Amount memory = ObservationStore(m_db).amountInProject(project);
    return { memory.observations, memory.summaries, EventQueue(m_db).countInProject(project) };
}

std::optional<Forgetting::Amount> Forgetting::forgetProject(const QString &project, QString *error)
{
    return inTransaction(
        [&]() -> std::optional<Amount> {
            const auto memory = ObservationStore(m_db).forgetProject(project, error);
            const int events = memory ? EventQueue(m_db).forgetProject(project, error) : -1;
            if (events < 0)
                return std::nullopt;
            return Amount { memory->observations, memory->summaries, events };
        },
        error);
}

Forgetting::Amount Forgetting::sessionAmount(const QString &userSessionId) const
{
    const ObservationStore::Amount memory = ObservationStore(m_db).amountInSession(userSessionId);
    return { memory.observations, memory.summaries, EventQueue(m_db).countInSession(userSessionId) };
}

std::optional<Forgetting::Amount> Forgetting::forgetSession(const QString &userSessionId, QString *error)
{
    return inTransaction(
        [&]() -> std::optional<Amount> {
            const auto memory = ObservationStore(m_db).forgetSession(userSessionId, error);
            const int events = memory ? EventQueue(m_db).forgetSession(userSessionId, error) : -1;
            if (events < 0)
                return std::nullopt;
            return Amount { memory->observations, memory->summaries, events };
        },
        error);
}

int Forgetting::deleteObservations(const QList<qint64> &ids, QString *error)
{
    return ObservationStore(m_db).deleteObservations(ids, error);
}
