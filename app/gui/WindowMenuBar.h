#pragma once

#include <QMenuBar>

class TrayIcon;

// The window's menu bar: the tray menu's own actions (the same QActions, so
// texts and check marks agree), for desktops without a tray where the window
// is the whole app.
class WindowMenuBar : public QMenuBar
{
    Q_OBJECT
public:
    explicit WindowMenuBar(TrayIcon *tray, QWidget *parent = nullptr);
    // The window's own memory tools (MemoryActions): importing, the secret scan.
    void addMemoryMenu(const QList<QAction *> &actions);
};
