#include "TrayIcon.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
    , m_tray(new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/observer-tray.svg")), this))
{
    m_status = m_menu->addAction(tr("Status: not checked yet"));
    m_status->setEnabled(false);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    m_tray->setContextMenu(m_menu.get());
    m_tray->setToolTip(tr("Observer Tray — not checked yet"));
    m_tray->show();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::setStatusText(const QString &text)
{
    m_status->setText(text);
    m_tray->setToolTip(QStringLiteral("Observer Tray — ") + text);
}
