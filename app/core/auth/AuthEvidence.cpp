// AuthMonitor reading observers' answers: what the CLI marks as its own error
// (a blocker: not signed in, login refused, usage limit, offline, a command
// line it refuses) outweighs the probe; an answer confirms the login.
#include "core/auth/AuthMonitor.h"

#include "core/claude/ClaudePaths.h"

#include <QDateTime>
#include <QFileInfo>

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
    switch (blockerOf(event)) {
    case StreamEvent::NotSignedIn:
        s.kind = AuthState::NotSignedIn;
        s.message = tr("Observers cannot sign in: Claude Code said \"%1\".").arg(words);
        s.hint = loginHint();
        break;
    case StreamEvent::SignInRejected:
        s.kind = AuthState::SignInRejected;
        m_rejectedMessage
            = tr("The API refused the observers' login (HTTP %1): it may have expired or been revoked. One queued "
                 "turn is retried from time to time; only its answer clears this.")
                  .arg(event.apiStatus > 0 ? QString::number(event.apiStatus) : QStringLiteral("401"));
        s.message = m_rejectedMessage;
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

StreamEvent::Blocker AuthMonitor::blockerOf(const StreamEvent &event) const
{
    if (event.blocker != StreamEvent::NotSignedIn)
        return event.blocker;
    // The CLI tells a server's 401 again as its own text, marked
    // authentication_failed like a missing login: it is the same refusal, and
    // counting it as "not signed in" would restart the rejected back-off.
    if (event.text.trimmed().startsWith(QLatin1String("Failed to authenticate. API Error: 40")))
        return StreamEvent::SignInRejected;
    // Before 2.1 the CLI says "Invalid API key · Please run /login" both with
    // no login and with one the API refused (measured: 2.0.77, 1.0.128). With
    // a login configured it is a refusal: as "not signed in", the next look at
    // the configuration would say "probably signed in" again, on and on.
    if (m_cli.found() && !m_cli.hasAuthCommand && judgeWithoutProbe().kind != AuthState::NotSignedIn)
        return StreamEvent::SignInRejected;
    return StreamEvent::NotSignedIn;
}

QString AuthMonitor::loginFingerprint() const
{
    const QFileInfo credentials(ClaudePaths::credentialsPath(m_inherited));
    return credentials.exists()
        ? QStringLiteral("%1:%2").arg(credentials.lastModified().toMSecsSinceEpoch()).arg(credentials.size())
        : QString();
}
