// AuthMonitor's sign-in probe: `claude auth status` where the CLI has it (no
// tokens spent), else a judgement from the configuration alone.
#include "core/auth/AuthMonitor.h"

#include "core/claude/ClaudePaths.h"
#include "core/claude/ObserverEnvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

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
        setState(probeNotUnderstood(out, err));
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
    if (loggedIn && m_signInBlocked && loginFingerprint() == m_blockedLogin) {
        setState(m_state); // still the login a request saw refused: stay paused
        return;
    }
    m_signInBlocked = false;
    setState(probedState(status, loggedIn));
}

AuthState AuthMonitor::probeNotUnderstood(const QByteArray &out, const QByteArray &err)
{
    AuthState s;
    s.kind = AuthState::Error;
    s.message = tr("`claude auth status` gave an answer Observer Tray does not understand.");
    s.hint = tr("Run `claude auth status` in a terminal to see what it says; update Claude Code if it is old.");
    s.detail = QString::fromUtf8(err.right(600) + out.left(600)).trimmed();
    return s;
}

AuthState AuthMonitor::probedState(const QJsonObject &status, bool loggedIn) const
{
    AuthState s;
    s.method = status.value(QStringLiteral("authMethod")).toString();
    s.subscription = status.value(QStringLiteral("subscriptionType")).toString();
    s.credential = loggedIn ? AuthState::credentialFor(s.method) : AuthState::NoCredential;
    if (s.credential == AuthState::ApiKey)
        s.keySource = status.value(QStringLiteral("apiKeySource")).toString();
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
    return s;
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
        s.hint = loginHint();
    }
    return s;
}
