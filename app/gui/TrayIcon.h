#pragma once

#include <QObject>

#include <memory>

class QMenu;
class QSystemTrayIcon;
class QAction;

// The tray icon and its menu. Thin: it shows what it is told and forwards
// the user's choices as signals.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    void setStatusText(const QString &text);
    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu.get(); }

Q_SIGNALS:
    void quitRequested();

private:
    std::unique_ptr<QMenu> m_menu; // QMenu has no QObject parent here: the tray does not own it
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_status = nullptr;
};
