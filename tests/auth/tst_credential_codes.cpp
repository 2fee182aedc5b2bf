// Which credential observers spend: people read it in their language ("Claude-Abo
// (max)"), while --check-auth, --status and the stored state carry a stable code
// ("claude_subscription") in any language, so scripts can rely on it.
#include "core/auth/AuthMonitor.h"
#include "core/claude/CliCapabilities.h"
#include "core/platform/AppPaths.h"
#include "core/store/Database.h"
#include "core/store/KeyValue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

namespace {
// The app as a German-speaking user runs it, with the fake `claude` (a
// subscription login, "max") first on PATH.
QJsonObject runGerman(const QString &command, QByteArray *raw = nullptr)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    env.insert(QStringLiteral("PATH"),
        QFileInfo(QStringLiteral(OT_FAKE_CLAUDE)).absolutePath() + QLatin1Char(':')
            + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("FAKE_CLAUDE_MODE"), QStringLiteral("ok"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(OT_APP), { command });
    if (!app.waitForFinished(60000))
        return {};
    const QByteArray out = app.readAllStandardOutput();
    if (raw)
        *raw = out;
    return QJsonDocument::fromJson(out).object();
}

// Words of the German translation that must never reach the JSON.
bool hasGerman(const QByteArray &text)
{
    for (const char *word : { "Abo", "angemeldet", "Beobachter", "Zugang" }) {
        if (text.contains(word))
            return true;
    }
    return false;
}

QJsonObject storedState()
{
    Database db(AppPaths::databasePath());
    return db.open() ? KeyValue::get(db.connection(), QStringLiteral("auth.state")) : QJsonObject();
}
} // namespace

class TestCredentialCodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkAuthPrintsTheCodeInAGermanLocale();
    void germanLabelButStoredCode();
    void codesRoundTripAndOldLabelsAreRead();
};

void TestCredentialCodes::checkAuthPrintsTheCodeInAGermanLocale()
{
    QByteArray raw;
    const QJsonObject json = runGerman(QStringLiteral("--check-auth"), &raw);
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("signed_in"));
    QCOMPARE(json.value(QStringLiteral("credential")).toString(), QStringLiteral("claude_subscription"));
    QCOMPARE(json.value(QStringLiteral("subscription")).toString(), QStringLiteral("max"));
    QVERIFY2(!hasGerman(raw), raw.constData());
    QCOMPARE(storedState().value(QStringLiteral("credential")).toString(), QStringLiteral("claude_subscription"));
    const QJsonObject status = runGerman(QStringLiteral("--status"), &raw);
    QCOMPARE(status.value(QStringLiteral("credential")).toString(), QStringLiteral("claude_subscription"));
    QVERIFY2(!hasGerman(raw), raw.constData());
}

void TestCredentialCodes::germanLabelButStoredCode()
{
    // The tray in German: the same check as the GUI runs it.
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(OT_BINARY_DIR "/translations/observer-tray_de.qm")));
    QCoreApplication::installTranslator(&german);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    AuthMonitor monitor(env);
    monitor.setCli(CliCapabilities::detect(QStringLiteral(OT_FAKE_CLAUDE), env));
    QSignalSpy done(&monitor, &AuthMonitor::checkFinished);
    monitor.checkNow();
    QVERIFY(done.wait(20000));
    const AuthState state = monitor.state();
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(state.kind, AuthState::SignedIn);
    QCOMPARE(state.credentialLabel(), QStringLiteral("Claude subscription (max)")); // translator removed
    QVERIFY2(state.message.contains(QStringLiteral("Claude-Abo (max)")), qPrintable(state.message));

    // Stored as the pipeline stores it; --status reads the code back.
    {
        Database db(AppPaths::databasePath());
        QVERIFY(db.open());
        QVERIFY(KeyValue::put(db.connection(), QStringLiteral("auth.state"), state.toJson()));
    }
    QCOMPARE(storedState().value(QStringLiteral("credential")).toString(), QStringLiteral("claude_subscription"));
    const QJsonObject status = runGerman(QStringLiteral("--status"));
    QCOMPARE(status.value(QStringLiteral("credential")).toString(), QStringLiteral("claude_subscription"));
    QCOMPARE(status.value(QStringLiteral("subscription")).toString(), QStringLiteral("max"));
}

void TestCredentialCodes::codesRoundTripAndOldLabelsAreRead()
{
    AuthState key;
    key.kind = AuthState::SignedIn;
    key.method = QStringLiteral("api_key");
    key.credential = AuthState::ApiKey;
    key.keySource = QStringLiteral("ANTHROPIC_API_KEY");
    QCOMPARE(key.toJson().value(QStringLiteral("credential")).toString(), QStringLiteral("api_key"));
    QCOMPARE(AuthState::fromJson(key.toJson()), key);
    QCOMPARE(key.credentialLabel(), QStringLiteral("API key from ANTHROPIC_API_KEY — billed per token"));
    // A state stored by an older Observer Tray held the English label.
    const AuthState old = AuthState::fromJson(QJsonObject { { QStringLiteral("state"), QStringLiteral("signed_in") },
        { QStringLiteral("method"), QStringLiteral("claude.ai") },
        { QStringLiteral("subscription"), QStringLiteral("pro") },
        { QStringLiteral("credential"), QStringLiteral("Claude subscription (pro)") } });
    QCOMPARE(old.credential, AuthState::ClaudeSubscription);
    QCOMPARE(old.credentialLabel(), QStringLiteral("Claude subscription (pro)"));
}

QTEST_GUILESS_MAIN(TestCredentialCodes)
#include "tst_credential_codes.moc"
