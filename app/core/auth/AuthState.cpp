#include "core/auth/AuthState.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<AuthState::Kind, const char *>, 10> kNames { {
    { AuthState::Unknown, "unknown" },
    { AuthState::SignedIn, "signed_in" },
    { AuthState::ProbablySignedIn, "probably_signed_in" },
    { AuthState::NotSignedIn, "not_signed_in" },
    { AuthState::SignInRejected, "sign_in_rejected" },
    { AuthState::UsageLimited, "usage_limited" },
    { AuthState::Offline, "offline" },
    { AuthState::CliNotFound, "cli_not_found" },
    { AuthState::CliUnsupported, "cli_unsupported" },
    { AuthState::Error, "error" },
} };

constexpr std::array<std::pair<AuthState::Credential, const char *>, 5> kCredentialNames { {
    { AuthState::NoCredential, "none" },
    { AuthState::ClaudeSubscription, "claude_subscription" },
    { AuthState::ApiKey, "api_key" },
    { AuthState::OAuthToken, "oauth_token" },
    { AuthState::OtherCredential, "other" },
} };
} // namespace

AuthState AuthState::cliUnsupported(const QString &version, const QString &why)
{
    AuthState s;
    s.kind = CliUnsupported;
    s.message = tr("This Claude Code version (%1) is not supported: %2").arg(version, why);
    s.hint = tr("Update Claude Code (`claude update`, or npm install -g @anthropic-ai/claude-code), or set the path "
                "of a newer one in Settings, then press Check sign-in now.");
    s.detail = why;
    return s;
}

QString AuthState::kindName(Kind k)
{
    for (const auto &[kind, name] : kNames) {
        if (kind == k)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

AuthState::Kind AuthState::kindFromName(const QString &name)
{
    for (const auto &[kind, n] : kNames) {
        if (name == QLatin1String(n))
            return kind;
    }
    return Unknown;
}

QString AuthState::credentialName(Credential c)
{
    for (const auto &[credential, name] : kCredentialNames) {
        if (credential == c)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("none");
}

AuthState::Credential AuthState::credentialFromName(const QString &name, Credential otherwise)
{
    for (const auto &[credential, n] : kCredentialNames) {
        if (name == QLatin1String(n))
            return credential;
    }
    return otherwise;
}

AuthState::Credential AuthState::credentialFor(const QString &method)
{
    if (method == QLatin1String("claude.ai"))
        return ClaudeSubscription;
    if (method == QLatin1String("api_key"))
        return ApiKey;
    if (method == QLatin1String("oauth_token"))
        return OAuthToken;
    if (method.isEmpty() || method == QLatin1String("none"))
        return NoCredential;
    return OtherCredential;
}

QString AuthState::credentialLabel() const
{
    switch (credential) {
    case ClaudeSubscription:
        return subscription.isEmpty() ? tr("Claude subscription") : tr("Claude subscription (%1)").arg(subscription);
    case ApiKey:
        return tr("API key from %1 — billed per token")
            .arg(keySource.isEmpty() ? QStringLiteral("ANTHROPIC_API_KEY") : keySource);
    case OAuthToken:
        return tr("OAuth token");
    case OtherCredential:
        return method; // the CLI's own word for a login this app does not know
    case NoCredential:
        break;
    }
    return tr("not signed in");
}

QJsonObject AuthState::toJson() const
{
    return QJsonObject {
        { QStringLiteral("state"), kindName(kind) },
        { QStringLiteral("method"), method },
        { QStringLiteral("subscription"), subscription },
        { QStringLiteral("credential"), credentialName(credential) },
        { QStringLiteral("keySource"), keySource },
        { QStringLiteral("message"), message },
        { QStringLiteral("hint"), hint },
        { QStringLiteral("detail"), detail },
        { QStringLiteral("checkedAt"), checkedAt },
    };
}

AuthState AuthState::fromJson(const QJsonObject &o)
{
    AuthState s;
    s.kind = kindFromName(o.value(QStringLiteral("state")).toString());
    s.method = o.value(QStringLiteral("method")).toString();
    s.subscription = o.value(QStringLiteral("subscription")).toString();
    // A state stored before credentials had codes holds the English label there: judged from the method.
    s.credential = credentialFromName(o.value(QStringLiteral("credential")).toString(), credentialFor(s.method));
    s.keySource = o.value(QStringLiteral("keySource")).toString();
    s.message = o.value(QStringLiteral("message")).toString();
    s.hint = o.value(QStringLiteral("hint")).toString();
    s.detail = o.value(QStringLiteral("detail")).toString();
    s.checkedAt = o.value(QStringLiteral("checkedAt")).toInteger();
    return s;
}
