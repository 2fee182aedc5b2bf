#pragma once

#include <QObject>
#include <QPointer>

class MemoryWorker;
class QAction;
class QWidget;

// "Scan stored memory for secrets…" (the window's Memory menu), what
// `--redact-existing` does: a dry run on the MemoryWorker counts the
// observations, summaries and queued events that hold a credential, a
// question names them, and only a yes rewrites them; the result is said.
class SecretScan : public QObject
{
    Q_OBJECT
public:
    SecretScan(MemoryWorker *worker, QWidget *window);

    QAction *action() const { return m_action; }

Q_SIGNALS:
    void redacted(); // memory changed: pages reload
    void said(const QString &message);

private:
    void start();
    void confirm(int observations, int summaries, int events, int replacements);
    void finish(const QString &message);

    MemoryWorker *m_worker;
    QPointer<QWidget> m_window;
    QAction *m_action;
};
