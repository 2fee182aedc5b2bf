#include "gui/WindowMenuBar.h"

#include "gui/TrayIcon.h"

#include <QAction>

WindowMenuBar::WindowMenuBar(TrayIcon *tray, QWidget *parent) : QMenuBar(parent)
{
    QMenu *app = addMenu(tr("&Observer Tray"));
    app->addAction(tray->observingAction());
    app->addAction(tray->observeAnywayAction());
    app->addAction(tray->checkAction());
    app->addAction(tray->hideAction());
    app->addAction(tray->hooksAction());
    app->addAction(tray->pauseProjectAction());
    app->addSeparator();
    app->addAction(tray->settingsAction());
    app->addAction(tray->setupAction());
    app->addSeparator();
    app->addAction(tray->quitAction());
}

void WindowMenuBar::addMemoryMenu(const QList<QAction *> &actions)
{
    addMenu(tr("&Memory"))->addActions(actions);
}
