#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Whether observers can sign in, and with what. Produced by AuthMonitor
// (probe + live evidence from observers); read by the tray, the window and
// --check-auth / --status.
struct AuthState
{
    Q_DECLARE_TR_FUNCTIONS(AuthState)

public:
    enum Kind {
        Unknown, // not checked yet
        SignedIn, // probe or an observer's answer confirmed it
        ProbablySignedIn, // old CLI without `auth status`: judged from files/env that cost nothing
        NotSignedIn,
        SignInRejected, // a login is configured but the API refused it (HTTP 401/403)
        UsageLimited, // the API said the usage limit is reached (HTTP 429) or billing failed
        Offline, // the CLI is retrying the API (system/api_retry)
        CliNotFound, // no `claude` where we looked
        CliUnsupported, // this CLI cannot run an observer (detected, or it refused our command line)
        Error, // unexpected output; detail holds the last stderr lines
    };
    Kind kind = Unknown;
    // "claude.ai", "api_key", "oauth_token", "none", ... as the CLI says it.
    QString method;
    QString subscription; // "max", "pro", ... for claude.ai logins
    // Which credential observers spend. Stored and printed (JSON) as a stable
    // code, shown to people as credentialLabel() in their language.
    enum Credential { NoCredential, ClaudeSubscription, ApiKey, OAuthToken, OtherCredential };
    Credential credential = NoCredential;
    QString keySource; // ApiKey: where the key comes from, as the CLI says ("ANTHROPIC_API_KEY", ...)
    QString message; // what happened, one sentence
    QString hint; // what to do about it ("run `claude auth login` in a terminal, then press Check sign-in now")
    QString detail; // e.g. the CLI's own words or last stderr lines
    qint64 checkedAt = 0;

    // CliUnsupported, in the CLI's words where it gave them.
    static AuthState cliUnsupported(const QString &version, const QString &why);
    static QString kindName(Kind k); // stable ids for JSON: "signed_in", "not_signed_in", ...
    static Kind kindFromName(const QString &name);
    static QString credentialName(Credential c); // stable ids for JSON: "claude_subscription", "api_key", ...
    static Credential credentialFromName(const QString &name, Credential otherwise = NoCredential);
    static Credential credentialFor(const QString &method); // the CLI's authMethod
    // "Claude subscription (max)", "API key from ANTHROPIC_API_KEY — billed per token", ... translated.
    QString credentialLabel() const;
    bool canObserve() const { return kind == SignedIn || kind == ProbablySignedIn; }

    QJsonObject toJson() const;
    static AuthState fromJson(const QJsonObject &o);
    bool operator==(const AuthState &o) const
    {
        return kind == o.kind && method == o.method && subscription == o.subscription && credential == o.credential
            && keySource == o.keySource && message == o.message && hint == o.hint && detail == o.detail;
    }
};
