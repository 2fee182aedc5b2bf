#pragma once

#include "core/status/StatusModel.h"
#include "gui/Notifier.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QMenu;
class QSystemTrayIcon;

// The tray icon and its menu, a view of StatusModel. The menu is built once;
// only texts, enabled and checked states change (some trays do not notice a
// menu that changes shape). Everything is reachable from the menu, since some
// desktops never deliver left clicks.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(StatusModel *model, QObject *parent = nullptr);
    ~TrayIcon() override;

    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu.get(); }
    QAction *observingAction() const { return m_observing; }
    QAction *hooksAction() const { return m_hooks; }
    QAction *usageAction() const { return m_usage; }
    QAction *observeAnywayAction() const { return m_observeAnyway; }
    QAction *pauseProjectAction() const { return m_pauseProject; }
    QAction *checkAction() const { return m_check; }
    QAction *hideAction() const { return m_hide; }
    QAction *settingsAction() const { return m_settings; }
    QAction *setupAction() const { return m_setup; }
    QAction *quitAction() const { return m_quit; }
    QString iconName() const { return m_iconName; }
    bool isTrayAvailable() const;
    // Below "Pause memory for this project"; added before the menu is first shown.
    void addMemoryAction(QAction *action);

Q_SIGNALS:
    void observingToggled(bool on);
    void checkSignInRequested();
    void hideRequested();
    void installHooksRequested();
    void pauseProjectRequested(); // "Pause memory for this project"
    void openRequested();
    void settingsRequested();
    void setupRequested();
    void quitRequested();
    void observeAnywayRequested();
    // A tray appeared or went away (the app opens its window when there is none).
    void trayAvailabilityChanged(bool available);
    // A notification with no tray to show it: the window shows it instead.
    void messageWithoutTray(const QString &title, const QString &body);

public Q_SLOTS:
    // Looks whether a tray host is there now (a panel started or quit).
    void recheckTray();

private:
    void createActions();
    void createTrayIcon();
    void watchForTray();
    void refresh();
    void notify(const Notifier::Message &message);
    void showHeldMessage();

    StatusModel *m_model;
    std::unique_ptr<QMenu> m_menu; // no QObject parent: QSystemTrayIcon does not own its menu
    QSystemTrayIcon *m_tray = nullptr;
    QAction *m_status = nullptr;
    QAction *m_counts = nullptr;
    QAction *m_usage = nullptr; // the login's usage windows
    QAction *m_observeAnyway = nullptr;
    QAction *m_observing = nullptr;
    QAction *m_check = nullptr;
    QAction *m_hide = nullptr;
    QAction *m_hooks = nullptr;
    QAction *m_pauseProject = nullptr;
    QString m_iconName;
    Notifier m_notifier;
    QAction *m_settings = nullptr;
    QAction *m_setup = nullptr;
    QAction *m_quit = nullptr;
    QTimer m_trayRecheck; // slow (X11 trays say nothing); an SNI host is seen at once over D-Bus
    bool m_trayWasAvailable = false;
    std::optional<Notifier::Message> m_held; // until the icon is embedded
    QTimer m_heldRetry;
    int m_heldTries = 0;
};
