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
} // namespace

AuthState AuthState::cliUnsupported(const QString &version, const QString &why)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("AuthState", s); };
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

QJsonObject AuthState::toJson() const
{
    return QJsonObject {
        { QStringLiteral("state"), kindName(kind) },
        { QStringLiteral("method"), method },
        { QStringLiteral("subscription"), subscription },
        { QStringLiteral("credential"), credential },
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
    s.credential = o.value(QStringLiteral("credential")).toString();
    s.message = o.value(QStringLiteral("message")).toString();
    s.hint = o.value(QStringLiteral("hint")).toString();
    s.detail = o.value(QStringLiteral("detail")).toString();
    s.checkedAt = o.value(QStringLiteral("checkedAt")).toInteger();
    return s;
}
