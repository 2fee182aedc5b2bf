#pragma once

#include "core/hide/HiddenEntry.h"
#include "core/queue/QueuedEvent.h"
#include "core/store/Observation.h"

#include <QObject>

#include <memory>

class Database;

// Database work for the window, on a worker thread with its own connection:
// the GUI thread never waits on SQLite. Requests are slots (call them through
// queued connections), results come back as signals.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    explicit StoreWorker(QObject *parent = nullptr);
    ~StoreWorker() override;

public Q_SLOTS:
    void search(int requestId, const QString &query, const QString &project, qint64 beforeId, int limit);
    void loadParked();
    void retryParked(qint64 id);
    void discardParked(qint64 id);
    void loadHidden();
    void planHide();
    void hideObserverSessions();
    void restoreHidden(const QList<qint64> &ids);
    void deleteHidden(const QList<qint64> &ids);
    // Forgetting (ForgetMenu): what would go, then forgetting it. scope is
    // "project" or "session", key the project or user session id.
    void measureForget(const QString &scope, const QString &key);
    void forget(const QString &scope, const QString &key);
    void deleteObservations(const QList<qint64> &ids);
    // The project of the most recent event (queued, else already observed).
    void findLatestProject();

Q_SIGNALS:
    void searchReady(int requestId, const QList<Observation> &page, bool more);
    void parkedReady(const QList<QueuedEvent> &events);
    void hiddenReady(const QList<HiddenEntry> &entries);
    void hidePlanReady(int count, qint64 bytes);
    void actionDone(const QString &message);
    void failed(const QString &message);
    void forgetMeasured(const QString &scope, const QString &key, qint64 observations, qint64 summaries, qint64 events);
    void memoryForgotten(const QString &message);
    void latestProjectFound(const QString &project);

private:
    bool ensureOpen();
    std::unique_ptr<Database> m_db;
};
