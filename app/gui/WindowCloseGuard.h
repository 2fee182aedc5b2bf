#pragma once

#include <QObject>

#include <functional>

class QWidget;

// What closing the window means. With a tray it hides there (the app keeps
// observing); without one it would leave a process nobody can see or stop,
// so the app quits, saying so the first time.
class WindowCloseGuard : public QObject
{
    Q_OBJECT
public:
    WindowCloseGuard(QWidget *window, std::function<bool()> trayAvailable, QObject *parent = nullptr);

    static QString toldKey() { return QStringLiteral("window/toldQuitsWithoutTray"); }

Q_SIGNALS:
    void quitRequested(); // connect queued: the window is mid-event

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tellOnce();

    QWidget *m_window;
    std::function<bool()> m_trayAvailable;
};
