#include "gui/ActionFeedback.h"

#include "core/platform/Clock.h"
#include "gui/StatusLook.h"

#include <QDateTime>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>

ActionFeedback::ActionFeedback(StatusModel *model, QMainWindow *window, QSystemTrayIcon *tray, QObject *parent)
    : QObject(parent), m_model(model), m_window(window), m_tray(tray)
{
}

void ActionFeedback::signInChecked(const AuthState &state)
{
    const QString result = !state.canObserve() ? StatusLook::stateText(*m_model)
        : state.kind == AuthState::ProbablySignedIn
        ? StatusLook::tr("probably signed in (%1)").arg(state.credentialLabel())
        : StatusLook::tr("signed in (%1)").arg(state.credentialLabel());
    const QString time
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(Clock::nowMs()).time(), QLocale::ShortFormat);
    say(tr("Sign-in checked at %1: %2.").arg(time, result));
}

void ActionFeedback::actionDone(const QString &message)
{
    const QString time
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(Clock::nowMs()).time(), QLocale::ShortFormat);
    say(tr("At %1: %2").arg(time, message));
}

void ActionFeedback::say(const QString &message)
{
    if (!m_window)
        return;
    m_window->statusBar()->showMessage(message);
    if (!m_window->isVisible() && m_tray && m_tray->isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(tr("Observer Tray"), message, QSystemTrayIcon::Information, 5000);
    Q_EMIT said(message);
}
