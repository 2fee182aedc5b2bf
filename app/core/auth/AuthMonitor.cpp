#include "core/auth/AuthMonitor.h"

#include "core/claude/ObserverCommand.h"
#include "core/claude/ObserverEnvironment.h"
#include "core/platform/Clock.h"

QString AuthMonitor::loginHint() const
{
    if (m_cli.found() && !m_cli.hasAuthCommand)
        return tr("Run `claude` in a terminal and sign in with /login, then press Check sign-in now.");
    return tr("Run `claude auth login` in a terminal, then press Check sign-in now.");
}

AuthMonitor::AuthMonitor(QProcessEnvironment inherited, QObject *parent)
    : QObject(parent), m_inherited(std::move(inherited))
{
    m_recheck.setSingleShot(true);
    connect(&m_recheck, &QTimer::timeout, this, &AuthMonitor::recheck);
}

AuthMonitor::~AuthMonitor()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->kill();
        m_probe->waitForFinished(1000);
    }
}

void AuthMonitor::setCli(const CliInfo &cli)
{
    if (cli.path != m_cli.path || cli.version != m_cli.version)
        m_refusedCommandLine.clear(); // another CLI: let it try
    m_cli = cli;
}

void AuthMonitor::setBillingGuard(bool on)
{
    m_billingGuard = on;
}

QProcessEnvironment AuthMonitor::observerEnvironment(const QString &model) const
{
    return ObserverEnvironment::build(m_inherited, m_billingGuard && m_dropApiKeys, m_cli.version, model);
}

void AuthMonitor::checkNow()
{
    m_signInBlocked = false; // the user asked (or the app starts): try the login again
    if (m_state.kind == AuthState::SignInRejected)
        m_backoffMs = m_firstBackoffMs; // a try now, then the back-off from its start
    recheck();
}

void AuthMonitor::recheck()
{
    if (m_probe)
        return; // one probe at a time
    m_recheck.stop();
    if (!m_cli.found()) {
        AuthState s;
        s.kind = AuthState::CliNotFound;
        s.message = tr("Claude Code CLI not found.");
        s.hint = tr("Install Claude Code (npm install -g @anthropic-ai/claude-code) or set its path in Settings.");
        s.detail = tr("Looked in: ") + m_cli.searched.join(QStringLiteral(", "));
        setState(s);
        return;
    }
    if (!m_cli.error.isEmpty()) {
        AuthState s;
        s.kind = AuthState::Error;
        s.message = m_cli.error;
        s.hint = tr("Check that `%1 --version` works in a terminal.").arg(m_cli.path);
        setState(s);
        return;
    }
    // Not a retry loop: a CLI that cannot observe stays refused until it changes.
    const QString unsupported
        = m_refusedCommandLine.isEmpty() ? ObserverCommand::whyUnsupported(m_cli) : m_refusedCommandLine;
    if (!unsupported.isEmpty()) {
        setState(AuthState::cliUnsupported(m_cli.version, unsupported));
        return;
    }
    if (m_state.kind == AuthState::SignInRejected) {
        // A request proved the login refused; neither `auth status` nor the
        // configuration can say otherwise. Only a turn's answer can.
        scheduleRecheck(false);
        Q_EMIT trialTurnWanted();
        return;
    }
    if (!m_cli.hasAuthCommand) {
        // Older CLIs take "auth status" as a prompt and would spend tokens on
        // it: judge from what costs nothing, and let the first answer confirm.
        m_dropApiKeys = false;
        setState(judgeWithoutProbe());
        return;
    }
    const bool guard = m_billingGuard && ObserverEnvironment::hasApiCredentials(m_inherited);
    runProbe(guard ? Step::GuardProbe : Step::Probe);
}

void AuthMonitor::setBackoff(int firstMs, int maxMs)
{
    m_firstBackoffMs = std::max(1, firstMs);
    m_maxBackoffMs = std::max(m_firstBackoffMs, maxMs);
    m_backoffMs = m_firstBackoffMs;
}

void AuthMonitor::setSignedInRecheck(int ms)
{
    m_signedInRecheckMs = std::max(1, ms);
}

void AuthMonitor::noTurnToTry()
{
    if (m_state.kind != AuthState::SignInRejected)
        return;
    AuthState s = m_state;
    s.message = m_rejectedMessage + QLatin1Char(' ') + tr("No event is waiting: it is rechecked with the next event.");
    setState(s);
    m_recheck.stop(); // the next event is the try (Scheduler), not a timer
}

void AuthMonitor::setState(AuthState s)
{
    s.checkedAt = Clock::nowMs();
    const bool changed = !(s == m_state);
    const bool kindChanged = s.kind != m_state.kind;
    m_state = s;
    scheduleRecheck(kindChanged);
    if (changed)
        Q_EMIT stateChanged(m_state);
    Q_EMIT checkFinished(m_state);
}

void AuthMonitor::scheduleRecheck(bool kindChanged)
{
    // Slow when all is well; backing off when not. Never faster than a minute.
    if (m_state.kind == AuthState::SignedIn || m_state.kind == AuthState::ProbablySignedIn) {
        m_backoffMs = m_firstBackoffMs;
        m_recheck.start(m_signedInRecheckMs);
    } else if (m_state.kind == AuthState::SignInRejected && !kindChanged && m_recheck.isActive()) {
        return; // a try's answer: the back-off it runs on goes on growing
    } else {
        if (kindChanged && m_state.kind == AuthState::SignInRejected)
            m_backoffMs = m_firstBackoffMs;
        m_recheck.start(m_backoffMs);
        m_backoffMs = std::min(m_backoffMs * 2, m_maxBackoffMs);
    }
}
