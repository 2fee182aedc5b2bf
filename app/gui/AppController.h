#pragma once

#include "core/auth/AuthState.h"

#include <QObject>
#include <QThread>

#include <memory>

class CaptureWatcher;
class MainWindow;
class SetupChecklist;
class Pipeline;
class Settings;
class SingleInstance;
class StatusModel;
class StoreWorker;
class TrayIcon;

// Assembles the desktop app: the pipeline and the store worker on worker
// threads, the StatusModel they feed, and the tray and window that show it.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(QObject *parent = nullptr);
    ~AppController() override;

    // False when another instance runs (it was asked to show its window).
    bool start();
    StatusModel *model() const { return m_model; }
    TrayIcon *tray() const { return m_tray; }
    SetupChecklist *setup() const { return m_setup; }
    MainWindow *window() const { return m_window.get(); }
    Pipeline *pipeline() const { return m_pipeline; }

public Q_SLOTS:
    void openWindow();
    void openSetup(); // the first-start checklist, in front
    void openSettings();
    void installHooks();
    void pauseProject(const QString &project);
    void quit();

private:
    bool claimSingleInstance();
    void loadSavedState();
    void startStoreWorker();
    void startPipeline();
    void createWindow();
    void createTrayIcon();
    void makeWindowWorkAlone();
    void createSetup();
    void connectWindowPages();
    void refreshHooksStatus();
    void refreshWindowData();

    std::unique_ptr<Settings> m_settings;
    SingleInstance *m_instance = nullptr;
    StatusModel *m_model = nullptr;
    TrayIcon *m_tray = nullptr;
    CaptureWatcher *m_capture = nullptr; // hooks and stall, into m_model
    SetupChecklist *m_setup = nullptr; // owned by the window (a tab, or hidden)
    std::unique_ptr<MainWindow> m_window; // a top-level widget has no QObject parent
    QThread m_pipelineThread;
    QThread m_storeThread;
    Pipeline *m_pipeline = nullptr; // lives on m_pipelineThread, deleted when it finishes
    StoreWorker *m_store = nullptr; // lives on m_storeThread
    bool m_quitting = false;
};
