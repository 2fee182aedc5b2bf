#pragma once

#include <QObject>
#include <QString>

class QSocketNotifier;
class QTimer;

// The one owner of "one pipeline per data folder". Whoever runs the pipeline
// (tray, --headless, --drain) holds an exclusive flock on <data>/pipeline.lock;
// the kernel drops it when the process dies, however it dies, so a stale lock
// cannot outlive its holder. The file carries the holder's pid for the message
// a second process shows. Only the holder may hand back claimed events or
// finish an interrupted hide: anything else would take another process's work.
class DataFolderLock : public QObject
{
    Q_OBJECT
public:
    explicit DataFolderLock(QString path = defaultPath(), QObject *parent = nullptr);
    ~DataFolderLock() override; // releases

    static QString defaultPath(); // <data folder>/pipeline.lock

    // Takes the lock if it is free. False either because another process holds
    // it (error left empty, holderPid() names it) or with an error a person
    // can act on (the file cannot be created).
    bool tryAcquire(QString *error);
    bool isHeld() const { return m_held; }
    // The pid the holder wrote; 0 when not known (yet).
    qint64 holderPid() const;
    void release();

    // Waits for the holder to go, then takes the lock and emits acquired().
    // No polling: inotify wakes this when a process that opened the lock file
    // for writing closes it (every holder does, on exit or death); each
    // wake-up costs one non-blocking flock, and a few more within 2 s when
    // the lock is still held then (see retryAfterClose). Falls back to a 2 s
    // poll where inotify is unavailable.
    void acquireWhenFree();

Q_SIGNALS:
    void acquired();

private:
    static constexpr int kFirstRecheckMs = 20; // then 200, 2000
    static constexpr int kLastRecheckMs = 2000;

    bool openFile(QString *error);
    bool retry(); // true: acquired (and said so)
    void retryAfterClose();
    void stopWaiting();

    QString m_path;
    int m_fd = -1;
    bool m_held = false;
    int m_inotify = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_poll = nullptr;
    QTimer *m_recheck = nullptr; // after a wake-up that came before the unlock
    int m_recheckMs = kFirstRecheckMs;
};
