#include "core/auth/AuthMonitor.h"

#include "core/claude/ClaudePaths.h"
#include "core/claude/ObserverCommand.h"
#include "core/claude/ObserverEnvironment.h"

#include "core/platform/Clock.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

QString AuthMonitor::loginHint()
{
    return tr("Run `claude auth login` in a terminal, then press Check now.");
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

void AuthMonitor::runProbe(Step step)
{
    m_probe = std::make_unique<QProcess>();
    // GuardProbe: is there a subscription login once the API keys are left out?
    m_probe->setProcessEnvironment(ObserverEnvironment::build(m_inherited, step == Step::GuardProbe));
    m_probe->setStandardInputFile(QProcess::nullDevice());
    m_probe->setWorkingDirectory(QDir::tempPath());
    QProcess *p = m_probe.get();
    connect(p, &QProcess::finished, this, [this, step, p](int code, QProcess::ExitStatus status) {
        const QByteArray out = p->readAllStandardOutput();
        const QByteArray err = p->readAllStandardError();
        m_probe.release()->deleteLater();
        handleProbeFinished(step, status == QProcess::NormalExit ? code : -1, out, err);
    });
    connect(p, &QProcess::errorOccurred, this, [this, step, p](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        const QByteArray err = p->errorString().toUtf8();
        m_probe.release()->deleteLater();
        handleProbeFinished(step, -1, {}, err);
    });
    m_probe->start(m_cli.path, { QStringLiteral("auth"), QStringLiteral("status") });
}

void AuthMonitor::handleProbeFinished(Step step, int exitCode, const QByteArray &out, const QByteArray &err)
{
    const QJsonObject status = QJsonDocument::fromJson(out).object();
    if (status.isEmpty() || !status.contains(QStringLiteral("loggedIn"))) {
        AuthState s;
        s.kind = AuthState::Error;
        s.message = tr("`claude auth status` gave an answer Observer Tray does not understand.");
        s.hint = tr("Run `claude auth status` in a terminal to see what it says; update Claude Code if it is old.");
        s.detail = QString::fromUtf8(err.right(600) + out.left(600)).trimmed();
        setState(s);
        return;
    }
    const bool loggedIn = status.value(QStringLiteral("loggedIn")).toBool() && exitCode == 0;
    const QString method = status.value(QStringLiteral("authMethod")).toString();
    if (step == Step::GuardProbe) {
        m_dropApiKeys = loggedIn && method == QLatin1String("claude.ai");
        if (!m_dropApiKeys) {
            runProbe(Step::Probe); // no subscription: observers use what the user set
            return;
        }
    } else {
        m_dropApiKeys = false;
    }
    AuthState s;
    s.method = method;
    s.subscription = status.value(QStringLiteral("subscriptionType")).toString();
    s.credential = loggedIn ? AuthState::credentialFor(method) : AuthState::NoCredential;
    if (s.credential == AuthState::ApiKey)
        s.keySource = status.value(QStringLiteral("apiKeySource")).toString();
    if (loggedIn && m_signInBlocked && loginFingerprint() == m_blockedLogin) {
        setState(m_state); // still the login a request saw refused: stay paused
        return;
    }
    m_signInBlocked = false;
    if (loggedIn) {
        s.kind = AuthState::SignedIn;
        s.message = tr("Observers sign in with your %1.").arg(s.credentialLabel());
        if (m_dropApiKeys)
            s.detail = tr("Billing guard: ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN from your environment are "
                          "not passed to observers, so they use your subscription instead of per-token billing.");
    } else {
        s.kind = AuthState::NotSignedIn;
        s.message = tr("Claude Code is not signed in, so observers cannot work.");
        s.hint = loginHint();
    }
    setState(s);
}

AuthState AuthMonitor::judgeWithoutProbe() const
{
    AuthState s;
    s.kind = AuthState::ProbablySignedIn;
    s.message = tr("This Claude Code (%1) has no `auth status`; judged from your configuration. The first "
                   "observer answer will confirm it.")
                    .arg(m_cli.version);
    if (QFileInfo::exists(ClaudePaths::credentialsPath(m_inherited))) {
        s.method = QStringLiteral("claude.ai");
        s.credential = AuthState::ClaudeSubscription;
    } else if (!m_inherited.value(QStringLiteral("ANTHROPIC_API_KEY")).isEmpty()) {
        s.method = QStringLiteral("api_key");
        s.credential = AuthState::ApiKey;
        s.keySource = QStringLiteral("ANTHROPIC_API_KEY");
    } else if (!m_inherited.value(QStringLiteral("CLAUDE_CODE_OAUTH_TOKEN")).isEmpty()
        || !m_inherited.value(QStringLiteral("ANTHROPIC_AUTH_TOKEN")).isEmpty()) {
        s.method = QStringLiteral("oauth_token");
        s.credential = AuthState::OAuthToken;
    } else {
        s.kind = AuthState::NotSignedIn;
        s.message = tr("No Claude Code login found (no credentials file, no API key or token in the environment).");
        s.hint = tr("Run `claude` in a terminal and sign in with /login, then press Check now.");
    }
    return s;
}

void AuthMonitor::reportEvidence(const StreamEvent &event)
{
    // Judged only from what the CLI marks as its own error (StreamJson): an
    // answer that merely quotes a login message is an answer.
    if (event.blocker != StreamEvent::NoBlocker) {
        reportBlocker(event);
        return;
    }
    if (event.kind != StreamEvent::Result || event.isError)
        return; // an error of that request only: the event's, not sign-in's
    AuthState s = m_state;
    s.kind = AuthState::SignedIn;
    s.hint.clear();
    if (m_state.kind != AuthState::SignedIn)
        s.message = tr("Observers are signed in (confirmed by an answer) with your %1.").arg(s.credentialLabel());
    m_signInBlocked = false;
    setState(s);
}

void AuthMonitor::reportBlocker(const StreamEvent &event)
{
    if (event.blocker == StreamEvent::UnsupportedCli) {
        m_refusedCommandLine = event.text.trimmed();
        setState(AuthState::cliUnsupported(m_cli.version, m_refusedCommandLine));
        return;
    }
    AuthState s = m_state;
    const QString words = event.text.trimmed();
    s.detail = words;
    switch (event.blocker) {
    case StreamEvent::NotSignedIn:
        s.kind = AuthState::NotSignedIn;
        s.message = tr("Observers cannot sign in: Claude Code said \"%1\".").arg(words);
        s.hint = loginHint();
        break;
    case StreamEvent::SignInRejected:
        s.kind = AuthState::SignInRejected;
        s.message = tr("The API refused the observers' login (HTTP %1): it may have expired or been revoked.")
                        .arg(event.apiStatus > 0 ? QString::number(event.apiStatus) : QStringLiteral("401"));
        s.hint = loginHint();
        break;
    case StreamEvent::UsageLimit:
        s.kind = AuthState::UsageLimited;
        s.message = tr("The API says the usage limit is reached; observing waits and resumes by itself.");
        s.hint = tr("Nothing to do: queued events are kept and sent once the limit resets.");
        break;
    case StreamEvent::Offline:
        if (m_state.kind == AuthState::NotSignedIn || m_state.kind == AuthState::SignInRejected)
            return; // retrying cannot cure a login
        s.kind = AuthState::Offline;
        s.message = tr("Claude Code cannot reach the API and is retrying (attempt %1).").arg(event.retryAttempt);
        s.hint = tr("Check your network connection; observing resumes by itself.");
        break;
    case StreamEvent::NoBlocker:
    case StreamEvent::UnsupportedCli:
        return;
    }
    if (event.authFailure && !m_signInBlocked) {
        // `auth status` only says a login is configured: until the login
        // changes or the user asks, it must not lift what a real request proved.
        m_signInBlocked = true;
        m_blockedLogin = loginFingerprint();
    }
    setState(s);
}

QString AuthMonitor::loginFingerprint() const
{
    const QFileInfo credentials(ClaudePaths::credentialsPath(m_inherited));
    return credentials.exists()
        ? QStringLiteral("%1:%2").arg(credentials.lastModified().toMSecsSinceEpoch()).arg(credentials.size())
        : QString();
}

void AuthMonitor::setBackoff(int firstMs, int maxMs)
{
    m_firstBackoffMs = std::max(1, firstMs);
    m_maxBackoffMs = std::max(m_firstBackoffMs, maxMs);
    m_backoffMs = m_firstBackoffMs;
}

void AuthMonitor::setState(AuthState s)
{
    s.checkedAt = Clock::nowMs();
    const bool changed = !(s == m_state);
    m_state = s;
    scheduleRecheck();
    if (changed)
        Q_EMIT stateChanged(m_state);
    Q_EMIT checkFinished(m_state);
}

void AuthMonitor::scheduleRecheck()
{
    // Slow when all is well; backing off when not. Never faster than a minute.
    if (m_state.kind == AuthState::SignedIn || m_state.kind == AuthState::ProbablySignedIn) {
        m_backoffMs = m_firstBackoffMs;
        m_recheck.start(kRecheckSignedInMs);
    } else {
        m_recheck.start(m_backoffMs);
        m_backoffMs = std::min(m_backoffMs * 2, m_maxBackoffMs);
    }
}
