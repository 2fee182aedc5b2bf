#include "gui/MainWindow.h"

#include "core/status/StatusModel.h"
#include "gui/ElidedToolTips.h"
#include "gui/HiddenSessionsPage.h"
#include "gui/ObservationsPage.h"
#include "gui/StatusPage.h"
#include "gui/WindowShortcuts.h"

#include <QIcon>
#include <QTabWidget>

MainWindow::MainWindow(StatusModel *model, StoreWorker *store, QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_status(new StatusPage(model, m_tabs))
    , m_observations(new ObservationsPage(store, m_tabs))
    , m_hidden(new HiddenSessionsPage(m_tabs))
{
    setWindowTitle(tr("Observer Tray"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/observer-tray.svg")));
    m_tabs->addTab(m_status, tr("Status"));
    m_tabs->addTab(m_observations, tr("Observations"));
    m_tabs->addTab(m_hidden, tr("Hidden sessions"));
    setCentralWidget(m_tabs);
    new WindowShortcuts(this, m_tabs, m_observations);
    ElidedToolTips::installOnEveryView(this);
    resize(900, 620);
}

void MainWindow::raiseAndShow()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}
