#include "gui/AppController.h"

#include "gui/CaptureWatcher.h"
#include "gui/SetupChecklist.h"
#include "gui/WindowCloseGuard.h"
#include "gui/WindowMenuBar.h"

#include "core/capture/AppHooks.h"
#include "core/capture/HookInstaller.h"
#include "core/observe/Pipeline.h"
#include "core/platform/AppPaths.h"
#include "core/platform/DataFolderCheck.h"
#include "core/platform/Settings.h"
#include "core/status/StatusModel.h"
#include "gui/ActionFeedback.h"
#include "gui/HiddenSessionsPage.h"
#include "gui/MainWindow.h"
#include "gui/MemoryActions.h"
#include "gui/ObservationsPage.h"
#include "gui/SettingsDialog.h"
#include "gui/SingleInstance.h"
#include "gui/StatusPage.h"
#include "gui/StoreWorker.h"
#include "gui/TrayIcon.h"
#include "gui/UsagePanel.h"

#include <QApplication>
#include <QMessageBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTextStream>

AppController::AppController(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<Settings>())
    , m_instance(new SingleInstance(this))
    , m_model(new StatusModel(this))
{
}

AppController::~AppController()
{
    quit();
}

bool AppController::start()
{
    if (!claimSingleInstance())
        return false;
    loadSavedState();
    startStoreWorker();
    startPipeline();
    createWindow();
    createTrayIcon();
    connectWindowPages();
    refreshHooksStatus();
    createSetup();
    new MemoryActions({ m_store, m_pipeline, m_model, m_window.get(), m_tray, m_setup }); // the window owns it
    refreshWindowData();
    QMetaObject::invokeMethod(m_store, &StoreWorker::planHide, Qt::QueuedConnection);
    // First start: the window opens on the checklist. No tray on this desktop (yet): the window is the app.
    if (!m_model->hooksInstalled())
        openSetup();
    else if (!m_tray->isTrayAvailable())
        openWindow();
    return true;
}

bool AppController::claimSingleInstance()
{
    const bool first = m_instance->claim();
    // Said on stderr and, when this app runs, on the Status page too.
    if (!m_instance->problem().isEmpty())
        QTextStream(stderr) << "observer-tray: " << m_instance->problem() << '\n';
    if (!first)
        return false;
    m_model->setProblem(m_instance->problem());
    connect(m_instance, &SingleInstance::raiseRequested, this, &AppController::openWindow);
    return true;
}

void AppController::loadSavedState()
{
    m_model->setObserving(m_settings->observing());
    m_model->setDataFolderWarning(DataFolderCheck::warning(AppPaths::dataDir()));
}

void AppController::startStoreWorker()
{
    m_store = new StoreWorker;
    m_store->moveToThread(&m_storeThread);
    connect(&m_storeThread, &QThread::finished, m_store, &QObject::deleteLater);
    connect(m_store, &StoreWorker::failed, m_model, &StatusModel::setProblem);
    connect(m_store, &StoreWorker::hidePlanReady, m_model, &StatusModel::setHideCandidates);
    m_storeThread.start();
}

void AppController::startPipeline()
{
    m_pipeline = new Pipeline;
    m_pipeline->moveToThread(&m_pipelineThread);
    connect(&m_pipelineThread, &QThread::finished, m_pipeline, &QObject::deleteLater);
    connect(m_pipeline, &Pipeline::authStateChanged, m_model, &StatusModel::setAuthState);
    connect(m_pipeline, &Pipeline::cliChanged, m_model, &StatusModel::setCli);
    connect(m_pipeline, &Pipeline::countsChanged, m_model, &StatusModel::setCounts);
    connect(m_pipeline, &Pipeline::observersRunningChanged, m_model, &StatusModel::setObserversRunning);
    connect(m_pipeline, &Pipeline::stallChanged, m_model, &StatusModel::setStalled);
    connect(m_pipeline, &Pipeline::problem, m_model, &StatusModel::setProblem);
    connect(m_pipeline, &Pipeline::processingElsewhere, m_model, &StatusModel::setProcessingElsewhere);
    connect(m_pipeline, &Pipeline::rateLimitChanged, m_model, &StatusModel::setRateLimit);
    connect(m_pipeline, &Pipeline::usageVerdictChanged, m_model, &StatusModel::setUsageVerdict);
    connect(m_pipeline, &Pipeline::started, this, [this](bool ok, const QString &error) {
        if (!ok)
            m_model->setProblem(error);
    });
    connect(m_pipeline, &Pipeline::observerSessionFinished, m_store, &StoreWorker::planHide);
    m_pipelineThread.start();
    QMetaObject::invokeMethod(m_pipeline, &Pipeline::start, Qt::QueuedConnection);
}

void AppController::createWindow()
{
    m_window = std::make_unique<MainWindow>(m_model, m_store);
    connect(m_window->statusPage(), &StatusPage::checkSignInRequested, m_pipeline, &Pipeline::checkSignInNow,
        Qt::QueuedConnection);
    connect(m_window->statusPage(), &StatusPage::installHooksRequested, this, &AppController::installHooks);
    connect(m_model, &StatusModel::changed, this, [this] {
        if (m_window) // a change queued before quit() arrives after it
            m_window->observationsPage()->setProjects(
                m_model->counts().perProject.keys(), m_model->counts().perProject, m_settings->projectNames());
    });
}

void AppController::createTrayIcon()
{
    m_tray = new TrayIcon(m_model, this);
    connect(m_tray, &TrayIcon::observingToggled, this, [this](bool on) {
        m_model->setObserving(on);
        QMetaObject::invokeMethod(
            m_pipeline, [p = m_pipeline, on] { p->setObserving(on); }, Qt::QueuedConnection);
    });
    connect(m_tray, &TrayIcon::checkSignInRequested, m_pipeline, &Pipeline::checkSignInNow, Qt::QueuedConnection);
    connect(m_tray, &TrayIcon::hideRequested, m_store, &StoreWorker::hideObserverSessions, Qt::QueuedConnection);
    connect(m_tray, &TrayIcon::installHooksRequested, this, &AppController::installHooks);
    connect(m_tray, &TrayIcon::pauseProjectRequested, m_store, &StoreWorker::findLatestProject, Qt::QueuedConnection);
    connect(m_store, &StoreWorker::latestProjectFound, this, &AppController::pauseProject);
    connect(m_tray, &TrayIcon::openRequested, this, &AppController::openWindow);
    connect(m_tray, &TrayIcon::settingsRequested, this, &AppController::openSettings);
    connect(m_tray, &TrayIcon::quitRequested, this, &AppController::quit);
    connect(m_tray, &TrayIcon::observeAnywayRequested, m_pipeline, &Pipeline::observeAnyway, Qt::QueuedConnection);
    connect(m_tray, &TrayIcon::setupRequested, this, &AppController::openSetup);
    connect(m_tray, &TrayIcon::trayAvailabilityChanged, this, [this](bool available) {
        if (!available)
            openWindow();
    });
    makeWindowWorkAlone();
}

// Everything the tray menu does, from the window too; closing it never leaves an invisible process.
void AppController::makeWindowWorkAlone()
{
    m_window->setMenuBar(new WindowMenuBar(m_tray));
    auto *guard = new WindowCloseGuard(
        m_window.get(), [this] { return m_tray->isTrayAvailable(); }, this);
    connect(guard, &WindowCloseGuard::quitRequested, this, &AppController::quit, Qt::QueuedConnection);
    connect(m_tray, &TrayIcon::messageWithoutTray, this, [this](const QString &title, const QString &body) {
        m_window->statusBar()->showMessage(title + QStringLiteral(" — ") + body);
    });
}

// The pages ask the store worker and show its answers (queued: it has its own thread).
void AppController::connectWindowPages()
{
    StatusPage *status = m_window->statusPage();
    connect(status, &StatusPage::retryRequested, m_store, &StoreWorker::retryParked, Qt::QueuedConnection);
    connect(status, &StatusPage::discardRequested, m_store, &StoreWorker::discardParked, Qt::QueuedConnection);
    connect(m_store, &StoreWorker::parkedReady, status, &StatusPage::setParked);
    connect(status->usagePanel(), &UsagePanel::observeAnywayRequested, m_pipeline, &Pipeline::observeAnyway,
        Qt::QueuedConnection);
    connect(m_pipeline, &Pipeline::spendChanged, status->usagePanel(), &UsagePanel::setSpend);

    HiddenSessionsPage *hidden = m_window->hiddenPage();
    connect(
        hidden, &HiddenSessionsPage::hideRequested, m_store, &StoreWorker::hideObserverSessions, Qt::QueuedConnection);
    connect(hidden, &HiddenSessionsPage::restoreRequested, m_store, &StoreWorker::restoreHidden, Qt::QueuedConnection);
    connect(hidden, &HiddenSessionsPage::deleteRequested, m_store, &StoreWorker::deleteHidden, Qt::QueuedConnection);
    connect(m_store, &StoreWorker::hiddenReady, hidden, &HiddenSessionsPage::setEntries);
    connect(m_store, &StoreWorker::hidePlanReady, hidden, &HiddenSessionsPage::setCandidates);
    auto *feedback = new ActionFeedback(m_model, m_window.get(), m_tray->systemTrayIcon(), this);
    connect(m_store, &StoreWorker::actionDone, feedback, &ActionFeedback::actionDone);
    connect(m_pipeline, &Pipeline::signInChecked, feedback, &ActionFeedback::signInChecked);
}

void AppController::refreshWindowData()
{
    QMetaObject::invokeMethod(m_store, &StoreWorker::loadParked, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_store, &StoreWorker::loadHidden, Qt::QueuedConnection);
    m_window->observationsPage()->reload();
}

void AppController::refreshHooksStatus()
{
    if (!m_capture)
        m_capture = new CaptureWatcher(m_model, this);
    m_capture->refresh();
}

// The checklist: a tab of its own in front while something is missing, gone once all is green.
void AppController::createSetup()
{
    m_setup = new SetupChecklist(m_model, m_window.get());
    m_setup->hide();
    m_setup->setProbe(m_capture->lastProbe());
    connect(m_capture, &CaptureWatcher::probed, m_setup, &SetupChecklist::setProbe);
    connect(m_setup, &SetupChecklist::settingsRequested, this, &AppController::openSettings);
    connect(
        m_setup, &SetupChecklist::checkSignInRequested, m_pipeline, &Pipeline::checkSignInNow, Qt::QueuedConnection);
    connect(m_setup, &SetupChecklist::installHooksRequested, this, &AppController::installHooks);
    connect(m_setup, &SetupChecklist::testHooksRequested, m_capture, &CaptureWatcher::probeHooks);
    connect(m_setup, &SetupChecklist::allDoneChanged, this, [this](bool done) {
        if (const int tab = m_window->tabs()->indexOf(m_setup); done && tab >= 0)
            m_window->tabs()->removeTab(tab);
    });
    // Nothing captured yet (known once the pipeline counted; imported memory
    // does not count): still a first start.
    auto *once = new QObject(this);
    connect(m_pipeline, &Pipeline::countsChanged, once, [this, once](const ObservationCounts &counts) {
        if (!counts.anyCaptured && !m_setup->allDone())
            openSetup();
        once->deleteLater();
    });
}

void AppController::openSetup()
{
    if (!m_window)
        return;
    QTabWidget *tabs = m_window->tabs();
    if (tabs->indexOf(m_setup) < 0)
        tabs->insertTab(0, m_setup, tr("Setup"));
    tabs->setCurrentWidget(m_setup);
    openWindow();
}

void AppController::openWindow()
{
    if (!m_window)
        return;
    refreshWindowData();
    m_window->raiseAndShow();
}

void AppController::openSettings()
{
    SettingsDialog dialog(m_settings.get(), m_window.get());
    connect(&dialog, &SettingsDialog::saved, m_pipeline, &Pipeline::checkSignInNow, Qt::QueuedConnection);
    connect(&dialog, &SettingsDialog::projectsChanged, m_pipeline, &Pipeline::refileProjects, Qt::QueuedConnection);
    dialog.setProjectCounts(m_model->counts().perProject);
    dialog.exec();
}

// "Pause memory for this project": excluded like an entry typed in Settings.
void AppController::pauseProject(const QString &project)
{
    QStringList excluded = m_settings->excludedProjects();
    if (project.isEmpty() || excluded.contains(project))
        return;
    m_settings->setExcludedProjects(excluded << project);
    m_tray->systemTrayIcon()->showMessage(tr("Memory paused"),
        tr("Nothing from %1 is recorded now. Remove it from Settings → Excluded projects to resume.").arg(project));
}

void AppController::installHooks()
{
    const HookInstaller::Result r = AppHooks::install();
    refreshHooksStatus();
    if (!r.ok)
        QMessageBox::warning(m_window.get(), tr("Install Claude Code hooks"), r.message);
}

void AppController::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    if (m_pipeline && m_pipelineThread.isRunning()) {
        // Observers stop as whole process groups; events stay queued.
        QMetaObject::invokeMethod(m_pipeline, &Pipeline::shutdown, Qt::BlockingQueuedConnection);
    }
    m_pipelineThread.quit();
    m_pipelineThread.wait();
    m_storeThread.quit();
    m_storeThread.wait();
    m_window.reset();
    QCoreApplication::quit();
}
