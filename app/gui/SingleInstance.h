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
    // True: run (we are the first, or the runtime folder is unusable and we
    // cannot tell: problem() says so). False: another runs (it was asked to
    // raise its window).
    bool claim();
    // What a person should know when claim() could not do all of its job
    // (no lock, no socket, no answer from the other instance); empty when it did.
    QString problem() const { return m_problem; }
    static QString serverName();

Q_SIGNALS:
    void raiseRequested();

private:
    bool lock();
    void listen();
    void askTheOtherToRaise();

    std::unique_ptr<QLockFile> m_lock;
    QLocalServer m_server;
    QString m_problem;
};
