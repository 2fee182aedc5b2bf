#pragma once

#include "core/store/Observation.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QSqlDatabase>

class QSqlQuery;

struct ObservationCounts
{
    qint64 total = 0;
    qint64 today = 0;
    // Any observation written here (not brought from claude-mem): what proves
    // that capture works on a first start, which an import alone does not.
    bool anyCaptured = false;
    QMap<QString, qint64> perProject;
    // The queue's, filled in by whoever combines them (Pipeline::countsIn):
    // the events table is EventQueue's to read.
    int queuePending = 0;
    int queueParked = 0;
    // The latest a batch held for its turn's end goes out (ms since the
    // epoch; 0: none held): Scheduler::heldUntil.
    qint64 queueHeldUntil = 0;
};
Q_DECLARE_METATYPE(ObservationCounts)

// Storage of observations and summaries: dedup, counts and full-text search.
class ObservationStore
{
public:
    explicit ObservationStore(QSqlDatabase db);

    struct CommitResult
    {
        int observationsStored = 0; // new rows (duplicates are skipped)
        int summariesStored = 0;
    };
    // Stores the results of one observer answer and acknowledges the events
    // that produced them, in one transaction: all or nothing. Events that are
    // all gone (forgotten meanwhile) store nothing.
    std::optional<CommitResult> commitAnswer(const QList<Observation> &observations,
        const QList<SessionSummary> &summaries, const QList<qint64> &acknowledgedEventIds, qint64 observerRunId,
        QString *error);

    // startOfToday: local midnight in ms since the epoch (injected for tests).
    ObservationCounts counts(qint64 startOfTodayMs = startOfTodayLocalMs()) const;

    // Newest first. An empty query lists everything; project filters when set.
    QList<Observation> search(const QString &query, const QString &project = {}, int limit = 100, qint64 beforeId = 0,
        QString *error = nullptr) const;
    QList<Observation> recent(const QString &project, int limit) const;
    std::optional<SessionSummary> lastSummary(const QString &project) const;

    // --- Moving and forgetting (ObservationStoreEdits.cpp) ---
    struct Amount
    {
        qint64 observations = 0;
        qint64 summaries = 0;
    };
    // Files up to `limit` rows of `from` (observations, then summaries) under
    // `to`, inside the caller's transaction; rows moved, -1 on error.
    int refileProject(const QString &from, const QString &to, int limit, QString *error);
    Amount amountInProject(const QString &project) const;
    Amount amountInSession(const QString &userSessionId) const;
    // Inside the caller's transaction; nullopt on error.
    std::optional<Amount> forgetProject(const QString &project, QString *error);
    std::optional<Amount> forgetSession(const QString &userSessionId, QString *error);
    // In its own transaction: the observations with these ids that existed,
    // -1 on error (nothing deleted).
    int deleteObservations(const QList<qint64> &ids, QString *error);
    QString newestProject() const; // of the newest observation; empty when none

    static qint64 startOfTodayLocalMs();
    // For readers with their own filters (the MCP server): the columns an
    // observation is read from (table alias o), and the observation a row of them makes.
    static QString observationColumns();
    static Observation observationFrom(const QSqlQuery &row);
    // Turns what a person types into a safe FTS5 query (every word a prefix term).
    static QString ftsQuery(const QString &text);

private:
    QSqlDatabase m_db;
};
