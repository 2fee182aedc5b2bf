#include "gui/MemoryActions.h"

#include "core/observe/Pipeline.h"
#include "gui/ActionFeedback.h"
#include "gui/ClaudeMemOffer.h"
#include "gui/ForgetMenu.h"
#include "gui/MainWindow.h"
#include "gui/MemoryWorker.h"
#include "gui/ObservationsPage.h"
#include "gui/SecretScan.h"
#include "gui/SetupChecklist.h"
#include "gui/TrayIcon.h"
#include "gui/WindowMenuBar.h"

MemoryActions::MemoryActions(const Places &places)
    : QObject(places.window)
    , m_worker(new MemoryWorker)
    , m_claudeMem(new ClaudeMemOffer(m_worker, places.window))
    , m_secretScan(new SecretScan(m_worker, places.window))
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    placeActions(places);
    reportTo(places);
    m_claudeMem->lookForPeer();
}

MemoryActions::~MemoryActions()
{
    m_thread.quit();
    m_thread.wait();
}

void MemoryActions::placeActions(const Places &places)
{
    places.setup->addLine(m_claudeMem->panel());
    places.tray->addMemoryAction(m_claudeMem->offerAction());
    if (auto *menuBar = qobject_cast<WindowMenuBar *>(places.window->menuBar()))
        menuBar->addMemoryMenu({ m_claudeMem->offerAction(), m_claudeMem->importAction(), m_secretScan->action() });
}

void MemoryActions::reportTo(const Places &places)
{
    auto *feedback = new ActionFeedback(places.model, places.window, places.tray->systemTrayIcon(), this);
    connect(m_claudeMem, &ClaudeMemOffer::said, feedback, &ActionFeedback::actionDone);
    connect(m_secretScan, &SecretScan::said, feedback, &ActionFeedback::actionDone);
    ObservationsPage *page = places.window->observationsPage();
    auto *forget = new ForgetMenu(page->table(), page->model(), places.store);
    connect(forget, &ForgetMenu::forgotten, page, &ObservationsPage::reload);
    connect(forget, &ForgetMenu::forgotten, places.pipeline, &Pipeline::refreshCounts);
    connect(m_claudeMem, &ClaudeMemOffer::imported, page, &ObservationsPage::reload);
    connect(m_claudeMem, &ClaudeMemOffer::imported, places.pipeline, &Pipeline::refreshCounts, Qt::QueuedConnection);
    connect(m_secretScan, &SecretScan::redacted, page, &ObservationsPage::reload);
}
