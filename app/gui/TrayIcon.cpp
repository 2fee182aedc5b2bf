#include "gui/TrayIcon.h"

#include "core/platform/Clock.h"
#include "gui/StatusLook.h"
#include "gui/UsageLook.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusServiceWatcher>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

TrayIcon::TrayIcon(StatusModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_menu(std::make_unique<QMenu>()), m_tray(new QSystemTrayIcon(this))
{
    createActions();
    createTrayIcon();
    watchForTray();
    connect(m_model, &StatusModel::changed, this, &TrayIcon::refresh);
    refresh();
    // The icon is created even without a tray; Qt shows it once a tray appears.
    m_tray->show();
}

void TrayIcon::createActions()
{
    m_status = m_menu->addAction(QString());
    m_status->setEnabled(false);
    m_counts = m_menu->addAction(QString());
    m_counts->setEnabled(false);
    m_usage = m_menu->addAction(QString());
    m_usage->setEnabled(false);
    m_menu->addSeparator();
    m_observing = m_menu->addAction(tr("Observing"));
    m_observing->setCheckable(true);
    connect(m_observing, &QAction::toggled, this, &TrayIcon::observingToggled);
    m_observeAnyway = m_menu->addAction(tr("Observe anyway"), this, &TrayIcon::observeAnywayRequested);
    m_check = m_menu->addAction(tr("Check sign-in now"), this, &TrayIcon::checkSignInRequested);
    m_hide = m_menu->addAction(QString(), this, &TrayIcon::hideRequested);
    m_hooks = m_menu->addAction(tr("Install Claude Code hooks"), this, &TrayIcon::installHooksRequested);
    m_pauseProject = m_menu->addAction(tr("Pause memory for this project"), this, &TrayIcon::pauseProjectRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Open Observer Tray…"), this, &TrayIcon::openRequested);
    m_settings = m_menu->addAction(tr("Settings…"), this, &TrayIcon::settingsRequested);
    m_setup = m_menu->addAction(tr("Setup…"), this, &TrayIcon::setupRequested);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
}

void TrayIcon::addMemoryAction(QAction *action)
{
    const QList<QAction *> all = m_menu->actions();
    m_menu->insertAction(all.value(all.indexOf(m_pauseProject) + 1), action);
}

void TrayIcon::createTrayIcon()
{
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
}

// A panel that starts or quits after us. An SNI host registers on D-Bus (seen
// at once); an X11 tray says nothing we can hear, so a slow look covers it.
void TrayIcon::watchForTray()
{
    m_trayRecheck.setInterval(2 * 60 * 1000);
    m_trayRecheck.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_trayRecheck, &QTimer::timeout, this, &TrayIcon::recheckTray);
    m_trayRecheck.start();
    auto *sni = new QDBusServiceWatcher(QStringLiteral("org.kde.StatusNotifierWatcher"), QDBusConnection::sessionBus(),
        QDBusServiceWatcher::WatchForRegistration | QDBusServiceWatcher::WatchForUnregistration, this);
    connect(sni, &QDBusServiceWatcher::serviceRegistered, this, &TrayIcon::recheckTray);
    connect(sni, &QDBusServiceWatcher::serviceUnregistered, this, &TrayIcon::recheckTray);
    m_trayWasAvailable = isTrayAvailable();
    m_heldRetry.setInterval(500);
    connect(&m_heldRetry, &QTimer::timeout, this, &TrayIcon::showHeldMessage);
}

void TrayIcon::recheckTray()
{
    const bool available = isTrayAvailable();
    if (available == m_trayWasAvailable)
        return;
    m_trayWasAvailable = available;
    m_tray->show();
    Q_EMIT trayAvailabilityChanged(available);
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isTrayAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::refresh()
{
    const StatusModel::State state = m_model->state();
    const QString icon = StatusLook::iconName(state);
    if (icon != m_iconName) {
        m_iconName = icon;
        m_tray->setIcon(QIcon(icon));
    }
    m_tray->setToolTip(StatusLook::toolTip(*m_model));
    m_status->setText(tr("Status: %1").arg(StatusLook::stateText(*m_model)));
    m_counts->setText(StatusLook::countsText(*m_model));
    m_usage->setText(UsageLook::windowsLine(m_model->rateLimit(), Clock::nowMs()));
    m_usage->setVisible(!m_usage->text().isEmpty());
    const UsageGuard::Verdict verdict = m_model->usageVerdict();
    m_observeAnyway->setVisible(verdict.engaged && verdict.reason != QLatin1String("rejected"));
    {
        const QSignalBlocker block(m_observing); // reflect, don't re-emit
        m_observing->setChecked(m_model->observing());
    }
    const QLocale locale;
    m_hide->setText(m_model->hideCandidates() > 0 ? tr("Hide observer sessions from resume list (%1, %2)")
                                                        .arg(m_model->hideCandidates())
                                                        .arg(locale.formattedDataSize(m_model->hideCandidateBytes()))
                                                  : tr("Hide observer sessions from resume list (0)"));
    m_hide->setEnabled(m_model->hideCandidates() > 0);
    m_hooks->setCheckable(m_model->hooksInstalled());
    m_hooks->setChecked(m_model->hooksInstalled());
    m_hooks->setText(m_model->hooksInstalled()                   ? tr("Claude Code hooks installed")
            : m_model->hooksState() == QLatin1String("broken")   ? tr("Repair Claude Code hooks (broken)")
            : m_model->hooksState() == QLatin1String("outdated") ? tr("Update Claude Code hooks")
                                                                 : tr("Install Claude Code hooks"));
    if (const auto message = m_notifier.update(state, *m_model))
        notify(*message);
}

// Without a tray the window says it; an XEmbed icon not yet embedded would
// show the bubble at the screen's corner, so it waits (a few seconds at most).
void TrayIcon::notify(const Notifier::Message &message)
{
    if (!isTrayAvailable() || !QSystemTrayIcon::supportsMessages()) {
        Q_EMIT messageWithoutTray(message.title, message.body);
        return;
    }
    m_held = message;
    m_heldTries = 0;
    showHeldMessage();
}

void TrayIcon::showHeldMessage()
{
    if (!m_held)
        return;
    const bool xembed = QGuiApplication::platformName() == QLatin1String("xcb");
    if (xembed && !m_tray->geometry().isValid() && ++m_heldTries < 20) {
        m_heldRetry.start();
        return;
    }
    m_heldRetry.stop();
    m_tray->showMessage(
        m_held->title, m_held->body, m_held->warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 10000);
    m_held.reset();
}
