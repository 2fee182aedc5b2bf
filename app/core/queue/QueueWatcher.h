#pragma once

#include <QFileSystemWatcher>
#include <QObject>

// The hook's "something was queued" signal to a running app, without polling:
// the hook touches a file (notify), the app watches it (wakeUp).
class QueueWatcher : public QObject
{
    Q_OBJECT
public:
    explicit QueueWatcher(QObject *parent = nullptr);
    // Called by the hook after an enqueue: updates the wake file's times.
    // Failing to wake is harmless (the app also drains at start), so it only
    // reports whether it worked.
    static bool notify();

Q_SIGNALS:
    void wakeUp();

private:
    void watch();
    QFileSystemWatcher m_watcher;
};
