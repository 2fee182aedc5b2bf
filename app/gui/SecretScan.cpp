#include "gui/SecretScan.h"

#include "gui/MemoryWorker.h"

#include <QAction>
#include <QMessageBox>

SecretScan::SecretScan(MemoryWorker *worker, QWidget *window)
    : QObject(window)
    , m_worker(worker)
    , m_window(window)
    , m_action(new QAction(tr("Scan stored memory for secrets…"), this))
{
    connect(m_action, &QAction::triggered, this, &SecretScan::start);
    connect(m_worker, &MemoryWorker::secretsCounted, this, &SecretScan::confirm);
    connect(m_worker, &MemoryWorker::secretsRedacted, this, [this](const QString &message) {
        finish(message);
        Q_EMIT redacted();
    });
    connect(m_worker, &MemoryWorker::scanFailed, this, &SecretScan::finish);
}

void SecretScan::start()
{
    m_action->setEnabled(false);
    Q_EMIT said(tr("Scanning stored memory for secrets…"));
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->scanForSecrets(true); }, Qt::QueuedConnection);
}

void SecretScan::confirm(int observations, int summaries, int events, int replacements)
{
    if (observations + summaries + events == 0) {
        finish(tr("No secrets found in stored memory."));
        return;
    }
    const QPointer<SecretScan> alive(this); // the question waits in an event loop the window may close in
    const auto answer = QMessageBox::question(m_window, tr("Scan stored memory for secrets"),
        tr("Found %1 secrets in %2 observations, %3 summaries and %4 queued events. Replace them with "
           "[redacted:…] now? This cannot be undone.")
            .arg(replacements)
            .arg(observations)
            .arg(summaries)
            .arg(events));
    if (!alive)
        return;
    if (answer != QMessageBox::Yes) {
        finish(tr("Nothing was changed."));
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->scanForSecrets(false); }, Qt::QueuedConnection);
}

void SecretScan::finish(const QString &message)
{
    m_action->setEnabled(true);
    Q_EMIT said(message);
}
