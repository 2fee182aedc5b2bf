#include "cli/Commands.h"
#include "core/capture/AppHooks.h"
#include "core/observe/Pipeline.h"
#include "core/observe/Scheduler.h"
#include "core/queue/EventQueue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace {
int g_signalFd[2] = { -1, -1 };

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[1], &c, 1);
}

// SIGTERM/SIGINT end the event loop cleanly (observers stopped, events kept).
void quitOnSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFd[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalFd[0], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa
    {
    };
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
}

QString remainingText(const ObservationCounts &c)
{
    return QStringLiteral("%1 events remain queued (waiting for a retry) and %2 are parked.")
        .arg(c.queuePending)
        .arg(c.queueParked);
}

QString usageHeldText(const UsageGuard::Verdict &usage, const ObservationCounts &c)
{
    return QStringLiteral("observers are paused for your usage limits (%1) until %2; %3 events stay queued.")
        .arg(usage.reason, QDateTime::fromMSecsSinceEpoch(usage.resumesAtMs).toString(Qt::ISODate))
        .arg(c.queuePending);
}

void printDrainResult(int rc, const QString &reason, const ObservationCounts &c, QTextStream &out, QTextStream &err)
{
    out << QJsonDocument(QJsonObject { { QStringLiteral("drained"), rc == 0 }, { QStringLiteral("reason"), reason },
                             { QStringLiteral("observations"), c.total }, { QStringLiteral("pending"), c.queuePending },
                             { QStringLiteral("parked"), c.queueParked } })
               .toJson(QJsonDocument::Compact)
        << '\n';
    if (rc != 0)
        err << "observer-tray: not drained: " << reason << '\n';
}

QString elsewhere(qint64 pid)
{
    return pid > 0 ? QStringLiteral("processing in another Observer Tray (pid %1)").arg(pid)
                   : QStringLiteral("processing in another Observer Tray");
}
} // namespace

int Commands::headless(QTextStream &out, QTextStream &err)
{
    quitOnSignals();
    if (const QString step = AppHooks::nextStep(); !step.isEmpty()) {
        err << "observer-tray: " << step << '\n';
        err.flush(); // seen now, not when the pipeline stops
    }
    Pipeline pipeline;
    QObject::connect(&pipeline, &Pipeline::authStateChanged, &pipeline, [&out](const AuthState &s) {
        out << "observer-tray: " << s.message << (s.hint.isEmpty() ? QString() : QStringLiteral(" ") + s.hint) << '\n';
        out.flush();
    });
    QObject::connect(&pipeline, &Pipeline::problem, &pipeline, [&err](const QString &m) {
        err << "observer-tray: " << m << '\n';
        err.flush();
    });
    QObject::connect(&pipeline, &Pipeline::processingElsewhere, &pipeline, [&err](qint64 pid) {
        err << "observer-tray: "
            << (pid ? elsewhere(pid) + QStringLiteral("; this one takes over when it exits.")
                    : QStringLiteral("took over processing."))
            << '\n';
        err.flush();
    });
    if (!pipeline.start()) {
        err << "observer-tray: " << pipeline.error() << '\n';
        return 1;
    }
    const int rc = QCoreApplication::exec();
    pipeline.shutdown();
    return rc;
}

int Commands::drain(bool wait, QTextStream &out, QTextStream &err)
{
    quitOnSignals();
    Pipeline pipeline;
    pipeline.setFlushBatches(true); // a drain sends what batching would hold
    int rc = -1;
    QString reason;
    auto finish = [&](int code, const QString &why) {
        if (rc >= 0)
            return;
        rc = code;
        reason = why;
        QCoreApplication::quit();
    };
    QObject::connect(&pipeline, &Pipeline::authStateChanged, &pipeline, [&](const AuthState &s) {
        if (s.kind != AuthState::Unknown && !s.canObserve())
            finish(1, s.message + (s.hint.isEmpty() ? QString() : QStringLiteral(" ") + s.hint));
    });
    bool watching = false;
    auto finishWhenQuiet = [&] {
        if (std::exchange(watching, true))
            return; // the takeover can come during start()
        QObject::connect(pipeline.scheduler(), &Scheduler::quiescent, &pipeline, [&] {
            if (!pipeline.auth()->state().canObserve())
                return; // wait for the auth verdict
            const ObservationCounts c = pipeline.counts();
            const UsageGuard::Verdict usage = pipeline.usageVerdict();
            if (c.queuePending - pipeline.waitingPrompts() == 0 && c.queueParked == 0)
                finish(0, {});
            else if (usage.engaged && !pipeline.scheduler()->hasWorkInFlight())
                finish(1, usageHeldText(usage, c));
            else if (!pipeline.scheduler()->hasWorkInFlight())
                finish(3, remainingText(c));
        });
    };
    QObject::connect(&pipeline, &Pipeline::processingElsewhere, &pipeline, [&](qint64 pid) {
        if (pid == 0)
            finishWhenQuiet(); // the holder exited; this one drains the rest
    });
    if (!pipeline.start()) {
        err << "observer-tray: " << pipeline.error() << '\n';
        return 1;
    }
    QTimer standbyCheck;
    if (pipeline.isProcessing()) {
        finishWhenQuiet();
    } else if (!wait) {
        finish(kDrainElsewhere,
            elsewhere(pipeline.holderPid())
                + QStringLiteral("; nothing was drained. Add --wait to wait until it has emptied the queue."));
    } else {
        // The holder empties the queue; its acknowledgements wake nothing here,
        // so look once a second (a short-lived command, not a resident loop).
        QObject::connect(&standbyCheck, &QTimer::timeout, &pipeline, [&] {
            const ObservationCounts c = pipeline.counts();
            if (pipeline.isProcessing() || c.queuePending - pipeline.waitingPrompts() > 0)
                return;
            finish(c.queueParked == 0 ? 0 : 3, c.queueParked == 0 ? QString() : remainingText(c));
        });
        standbyCheck.start(1000);
    }
    if (rc < 0)
        QCoreApplication::exec();
    standbyCheck.stop();
    pipeline.shutdown();
    rc = rc < 0 ? 1 : rc;
    printDrainResult(rc, reason, pipeline.counts(), out, err);
    return rc;
}
