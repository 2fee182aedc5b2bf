#pragma once

#include "core/auth/AuthState.h"

#include <QObject>
#include <QPointer>

class QMainWindow;
class QSystemTrayIcon;
class StatusModel;

// Says that an action the user asked for has run, also when it changed
// nothing ("Sign-in checked at 10:42: signed in (…)", "Nothing to hide"):
// in the window's status bar, and as a notification while the window is
// hidden (the action came from the tray menu).
class ActionFeedback : public QObject
{
    Q_OBJECT
public:
    ActionFeedback(StatusModel *model, QMainWindow *window, QSystemTrayIcon *tray, QObject *parent = nullptr);

public Q_SLOTS:
    void signInChecked(const AuthState &state);
    void actionDone(const QString &message);

Q_SIGNALS:
    void said(const QString &message);

private:
    void say(const QString &message);

    StatusModel *m_model;
    QPointer<QMainWindow> m_window; // gone after AppController::quit(); late answers are dropped
    QSystemTrayIcon *m_tray;
};
