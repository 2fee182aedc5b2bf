#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>

#include <memory>

// One Observer Tray per user: a lock file in the runtime folder, and a local
// socket through which a second launch asks the first to show its window.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QObject *parent = nullptr);
    // True: we are the first. False: another runs (it was asked to raise its window).
    bool claim();
    static QString serverName();

Q_SIGNALS:
    void raiseRequested();

private:
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer m_server;
};
