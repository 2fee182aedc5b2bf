#include "core/observe/ObserverProcess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <csignal>
#include <sys/prctl.h>
#include <sys/types.h>
#include <unistd.h>

namespace {
QSet<ObserverProcess *> &registry()
{
    static QSet<ObserverProcess *> live;
    return live;
}
} // namespace

ObserverProcess::ObserverProcess(ObserverLaunch launch, QObject *parent) : QObject(parent), m_launch(std::move(launch))
{
    m_process.setProgram(m_launch.program);
    m_tally.cliVersion = m_launch.cliVersion; // until the CLI's init line names its own
    m_process.setArguments(m_launch.arguments);
    m_process.setProcessEnvironment(m_launch.environment);
    m_process.setWorkingDirectory(m_launch.workingDirectory);
    // Its own session and process group, so stop() reaches grandchildren too.
    // PDEATHSIG: if the app itself is killed (-9), its observers go too.
    m_process.setChildProcessModifier([] {
        ::setsid();
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    for (QTimer *t : { &m_turnTimer, &m_idleTimer, &m_termTimer, &m_killTimer })
        t->setSingleShot(true);
    connect(&m_process, &QProcess::started, this, [this] {
        m_pid = m_process.processId();
        if (!m_pendingWrite.isEmpty())
            m_process.write(std::exchange(m_pendingWrite, {}));
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ObserverProcess::handleStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail += m_process.readAllStandardError();
        if (m_stderrTail.size() > 2048)
            m_stderrTail = m_stderrTail.right(2048);
    });
    connect(&m_process, &QProcess::finished, this, &ObserverProcess::handleFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &ObserverProcess::handleError);
    connect(&m_turnTimer, &QTimer::timeout, this, [this] {
        // A turn that timed out while the CLI said it could not get through
        // (offline, refused login, usage limit) is not the event's fault.
        failTurn(tr("The observer gave no answer within %1 s and was stopped.").arg(m_launch.turnTimeoutMs / 1000),
            m_blocker != StreamEvent::NoBlocker);
        m_timedOut = true;
        killNow();
    });
    connect(&m_idleTimer, &QTimer::timeout, this, &ObserverProcess::stop);
    connect(&m_termTimer, &QTimer::timeout, this, [this] { signalGroup(SIGTERM); });
    connect(&m_killTimer, &QTimer::timeout, this, [this] { signalGroup(SIGKILL); });
    registry().insert(this);
}

ObserverProcess::~ObserverProcess()
{
    registry().remove(this);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        killNow();
        m_process.waitForFinished(2000);
    }
}

void ObserverProcess::start()
{
    m_process.start();
}

bool ObserverProcess::sendTurn(const QString &userMessageText)
{
    if (m_busy || m_stopping || m_stoppedEmitted)
        return false;
    const QJsonObject message { { QStringLiteral("type"), QStringLiteral("user") },
        { QStringLiteral("message"),
            QJsonObject { { QStringLiteral("role"), QStringLiteral("user") },
                { QStringLiteral("content"), userMessageText } } } };
    QByteArray line = QJsonDocument(message).toJson(QJsonDocument::Compact);
    line += '\n';
    m_busy = true;
    m_answer.clear();
    m_blocker = StreamEvent::NoBlocker;
    m_idleTimer.stop();
    m_turnTimer.start(m_launch.turnTimeoutMs);
    if (m_process.state() == QProcess::Running)
        m_process.write(line);
    else
        m_pendingWrite += line;
    return true;
}

void ObserverProcess::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_idleTimer.stop();
    if (m_process.state() == QProcess::NotRunning) {
        if (!m_stoppedEmitted) {
            m_stoppedEmitted = true;
            m_tally.finish(0, QStringLiteral("stopped"), {}, {});
            Q_EMIT stopped(0, tr("stopped"));
        }
        return;
    }
    // Gently first: a CLI that is SIGKILLed leaves sockets and temp files behind.
    m_process.closeWriteChannel();
    m_termTimer.start(m_launch.stopGraceMs);
    m_killTimer.start(2 * m_launch.stopGraceMs);
}

void ObserverProcess::signalGroup(int sig)
{
    if (m_pid > 0)
        ::kill(-pid_t(m_pid), sig); // the whole group: grandchildren too
    if (m_process.state() != QProcess::NotRunning && m_process.processId() > 0)
        ::kill(pid_t(m_process.processId()), sig);
}

void ObserverProcess::killNow()
{
    m_stopping = true;
    signalGroup(SIGKILL);
}

void ObserverProcess::stopAll()
{
    const QSet<ObserverProcess *> live = registry();
    for (ObserverProcess *s : live) {
        if (s->m_process.state() == QProcess::NotRunning)
            continue;
        s->m_stopping = true;
        s->m_process.closeWriteChannel();
    }
    // An idle CLI whose stdin closes ends its session and exits 0 by itself,
    // so its run keeps a clean exit code; one mid-turn (or slow) gets TERM.
    QDeadlineTimer idleGrace(kIdleExitGraceMs);
    for (ObserverProcess *s : live) {
        if (!s->m_busy && s->m_process.state() != QProcess::NotRunning)
            s->m_process.waitForFinished(int(std::max<qint64>(1, idleGrace.remainingTime())));
        if (s->m_process.state() != QProcess::NotRunning)
            s->signalGroup(SIGTERM);
    }
    for (ObserverProcess *s : live) {
        if (s->m_process.state() != QProcess::NotRunning && !s->m_process.waitForFinished(s->m_launch.stopGraceMs))
            s->signalGroup(SIGKILL);
        s->m_process.waitForFinished(1000);
    }
}

int ObserverProcess::liveCount()
{
    int n = 0;
    for (ObserverProcess *s : std::as_const(registry()))
        n += s->isRunning() ? 1 : 0;
    return n;
}

void ObserverProcess::handleStdout()
{
    const QByteArray chunk = m_process.readAllStandardOutput();
    m_sawOutput = m_sawOutput || !chunk.isEmpty();
    qsizetype start = 0;
    while (start < chunk.size()) {
        const qsizetype nl = chunk.indexOf('\n', start);
        const qsizetype end = nl < 0 ? chunk.size() : nl;
        if (!m_discardingLine)
            m_stdoutBuffer.append(chunk.constData() + start, end - start);
        if (m_stdoutBuffer.size() > kMaxLineBytes) {
            // An over-long line is garbage: drop it instead of holding it.
            m_stdoutBuffer.clear();
            m_discardingLine = true;
        }
        if (nl < 0)
            break;
        if (m_discardingLine) {
            m_discardingLine = false;
            Q_EMIT evidence(StreamEvent {});
        } else {
            handleLine(m_stdoutBuffer);
        }
        m_stdoutBuffer.clear();
        start = nl + 1;
    }
}

void ObserverProcess::handleLine(QByteArrayView line)
{
    if (line.trimmed().isEmpty())
        return;
    const StreamEvent e = StreamJson::classify(line);
    m_tally.note(e);
    switch (e.kind) {
    case StreamEvent::AssistantText:
        m_answer += e.text;
        break;
    case StreamEvent::CliError:
    case StreamEvent::ApiRetry:
    case StreamEvent::RateLimit: // the usage windows; "rejected" blocks the turn
        // The CLI's own trouble; the result line that follows ends the turn.
        if (e.blocker != StreamEvent::NoBlocker)
            m_blocker = e.blocker;
        Q_EMIT evidence(e);
        break;
    case StreamEvent::Result:
        Q_EMIT evidence(e);
        if (!m_busy)
            break;
        if (e.isError) {
            failTurn(e.text.isEmpty() ? tr("The observer reported an error.") : e.text,
                e.blocker != StreamEvent::NoBlocker || m_blocker != StreamEvent::NoBlocker);
        } else {
            m_busy = false;
            m_turnTimer.stop();
            m_idleTimer.start(m_launch.idleTimeoutMs);
            Q_EMIT turnFinished(m_answer.isEmpty() ? e.text : m_answer);
        }
        break;
    case StreamEvent::Garbage:
        Q_EMIT evidence(e);
        break;
    case StreamEvent::Init:
    case StreamEvent::OtherJson:
        break;
    }
}

void ObserverProcess::failTurn(const QString &reason, bool blocked)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_turnTimer.stop();
    Q_EMIT turnFailed(reason, blocked);
}

void ObserverProcess::handleFinished(int exitCode, QProcess::ExitStatus status)
{
    for (QTimer *t : { &m_turnTimer, &m_idleTimer, &m_termTimer, &m_killTimer })
        t->stop();
    // Whatever is left of the group goes too.
    if (m_pid > 0)
        ::kill(-pid_t(m_pid), SIGKILL);
    const QString reason = status == QProcess::CrashExit ? tr("crashed") : tr("exit code %1").arg(exitCode);
    m_stderrTail += m_process.readAllStandardError();
    // Before any signal: a slot that reacts may stop() this process, which must
    // not overwrite how it really ended.
    const QString outcome = m_timedOut  ? QStringLiteral("timed_out")
        : m_stopping                    ? QStringLiteral("stopped")
        : status == QProcess::CrashExit ? QStringLiteral("crashed")
                                        : QStringLiteral("exited");
    m_tally.finish(exitCode, outcome, lastStderr(), StreamJson::usageError(m_stderrTail));
    if (const QString usage = m_sawOutput ? QString() : StreamJson::usageError(m_stderrTail); !usage.isEmpty()) {
        // It refused our command line before saying anything: this CLI cannot
        // observe, which no retry cures and no event is to blame for.
        StreamEvent e;
        e.kind = StreamEvent::CliError;
        e.blocker = StreamEvent::UnsupportedCli;
        e.text = usage;
        Q_EMIT evidence(e);
        failTurn(tr("This Claude Code version is not supported: %1").arg(usage), true);
    }
    if (m_busy) {
        const QString detail
            = m_stderrTail.isEmpty() ? QString() : QStringLiteral(": ") + lastStderr().trimmed().right(300);
        failTurn(tr("The observer exited mid-turn (%1)%2").arg(reason, detail), m_blocker != StreamEvent::NoBlocker);
    }
    if (!m_stoppedEmitted) {
        m_stoppedEmitted = true;
        Q_EMIT stopped(exitCode, m_stopping ? tr("stopped") : reason);
    }
}

void ObserverProcess::handleError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // the others end in finished()
    failTurn(tr("Could not start %1: %2").arg(m_launch.program, m_process.errorString()), false);
    if (!m_stoppedEmitted) {
        m_stoppedEmitted = true;
        m_tally.finish(-1, QStringLiteral("failed_to_start"), m_process.errorString(), {});
        Q_EMIT stopped(-1, tr("could not start: %1").arg(m_process.errorString()));
    }
}
