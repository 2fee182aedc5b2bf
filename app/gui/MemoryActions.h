#pragma once

#include <QObject>
#include <QThread>

class ClaudeMemOffer;
class MainWindow;
class MemoryWorker;
class Pipeline;
class SecretScan;
class SetupChecklist;
class StatusModel;
class StoreWorker;
class TrayIcon;

// The window's memory tools in one place: forgetting on the Observations page
// (ForgetMenu), and, on a MemoryWorker with a thread of its own (an import of
// thousands of rows takes seconds; the window's searches do not wait for it),
// the claude-mem offer (a line on the Setup tab, an item in the tray menu) and
// the secret scan, both under the window's Memory menu.
// What they say reaches the status bar or a notification; what they change
// reloads the Observations page and the counts. Lives as long as the window.
class MemoryActions : public QObject
{
    Q_OBJECT
public:
    struct Places
    {
        StoreWorker *store;
        Pipeline *pipeline;
        StatusModel *model;
        MainWindow *window;
        TrayIcon *tray;
        SetupChecklist *setup;
    };
    explicit MemoryActions(const Places &places);
    ~MemoryActions() override; // waits for a running import or scan: it finishes its transaction

    ClaudeMemOffer *claudeMem() const { return m_claudeMem; }
    SecretScan *secretScan() const { return m_secretScan; }

private:
    void placeActions(const Places &places);
    void reportTo(const Places &places);

    QThread m_thread;
    MemoryWorker *m_worker; // on m_thread, deleted when it finishes
    ClaudeMemOffer *m_claudeMem;
    SecretScan *m_secretScan;
};
