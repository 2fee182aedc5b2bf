#include "gui/WindowCloseGuard.h"

#include "core/platform/AppPaths.h"

#include <QEvent>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>

WindowCloseGuard::WindowCloseGuard(QWidget *window, std::function<bool()> trayAvailable, QObject *parent)
    : QObject(parent), m_window(window), m_trayAvailable(std::move(trayAvailable))
{
    window->installEventFilter(this);
}

bool WindowCloseGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && !m_trayAvailable()) {
        tellOnce();
        Q_EMIT quitRequested();
    }
    return QObject::eventFilter(watched, event); // the window closes either way
}

void WindowCloseGuard::tellOnce()
{
    QSettings settings(AppPaths::settingsPath(), QSettings::IniFormat);
    if (settings.value(toldKey(), false).toBool())
        return;
    QMessageBox::information(m_window, tr("Observer Tray quits"),
        tr("This desktop has no system tray, so Observer Tray quits when its window closes and stops "
           "observing. Start it again from your applications menu (or enable \"Start at login\" in Settings). "
           "This is said only once."));
    settings.setValue(toldKey(), true);
}
