#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Forgets what the user asks to: a project's memory (observations, summaries
// and the events still queued for it), a user session's, or chosen
// observations. Each is one transaction: all of it goes, or nothing. count()
// first tells the confirmation how much that is.
class Forgetting
{
public:
    struct Amount
    {
        qint64 observations = 0;
        qint64 summaries = 0;
        qint64 events = 0;
        bool isEmpty() const { return observations == 0 && summaries == 0 && events == 0; }
    };

    explicit Forgetting(QSqlDatabase db);

    Amount projectAmount(const QString &project) const;
    std::optional<Amount> forgetProject(const QString &project, QString *error);
    Amount sessionAmount(const QString &userSessionId) const;
    std::optional<Amount> forgetSession(const QString &userSessionId, QString *error);
    // How many of these observations existed (and are gone), -1 on error.
    int deleteObservations(const QList<qint64> &ids, QString *error);

private:
    template<typename Forget> std::optional<Amount> inTransaction(Forget forget, QString *error);
    QSqlDatabase m_db;
};
