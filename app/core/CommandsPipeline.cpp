#include "Commands.h"
#include "EventQueue.h"
#include "Pipeline.h"
#include "Scheduler.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

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
} // namespace

int Commands::headless(QTextStream &out, QTextStream &err)
{
    quitOnSignals();
    Pipeline pipeline;
    QObject::connect(&pipeline, &Pipeline::authStateChanged, &pipeline, [&out](const AuthState &s) {
        out << "observer-tray: " << s.message << (s.hint.isEmpty() ? QString() : QStringLiteral(" ") + s.hint) << '\n';
        out.flush();
    });
    QObject::connect(&pipeline, &Pipeline::problem, &pipeline, [&err](const QString &m) {
        err << "observer-tray: " << m << '\n';
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

int Commands::drain(QTextStream &out, QTextStream &err)
{
    quitOnSignals();
    Pipeline pipeline;
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
    if (!pipeline.start()) {
        err << "observer-tray: " << pipeline.error() << '\n';
        return 1;
    }
    QObject::connect(pipeline.scheduler(), &Scheduler::quiescent, &pipeline, [&] {
        if (!pipeline.auth()->state().canObserve())
            return; // wait for the auth verdict
        const ObservationCounts c = pipeline.counts();
        // A prompt whose session has done nothing since waits for that work:
        // it stays queued, and is no work a drain could do now.
        const int waiting = pipeline.scheduler()->waitingContextCount();
        if (c.queuePending - waiting == 0 && c.queueParked == 0)
            finish(0, {});
        else if (!pipeline.scheduler()->hasWorkInFlight())
            finish(3,
                QStringLiteral("%1 events remain queued (waiting for a retry) and %2 are parked.")
                    .arg(c.queuePending)
                    .arg(c.queueParked));
    });
    if (rc < 0)
        QCoreApplication::exec();
    pipeline.shutdown();
    const ObservationCounts c = pipeline.counts();
    out << QJsonDocument(QJsonObject { { QStringLiteral("drained"), rc == 0 }, { QStringLiteral("reason"), reason },
                             { QStringLiteral("observations"), c.total }, { QStringLiteral("pending"), c.queuePending },
                             { QStringLiteral("parked"), c.queueParked } })
               .toJson(QJsonDocument::Compact)
        << '\n';
    if (rc != 0)
        err << "observer-tray: not drained: " << reason << '\n';
    return rc < 0 ? 1 : rc;
}
