// Before 2.1 the CLI has no `auth status`, and it says "Invalid API key ·
// Please run /login" both with no login at all (the fixture, recorded from
// 2.0.77) and with a login the API refused (measured on 2.0.77 and 1.0.128
// against the stand-in answering 401). With a login configured that answer is
// a refused login: "sign-in rejected", which the configuration cannot lift,
// not "not signed in", which the next look at the configuration turned back
// into "probably signed in" (the flip seen through `observer-tray --headless`).
#include "TestEnv.h"
#include "core/auth/AuthMonitor.h"
#include "core/claude/CliCapabilities.h"
#include "core/claude/StreamJson.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestOldCliLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invalidApiKeyAnswer_data();
    void invalidApiKeyAnswer();

private:
    static QByteArray resultLine();
};

QByteArray TestOldCliLogin::resultLine()
{
    QFile f(QStringLiteral(OT_FIXTURES_DIR "/stream-json/cli-2.0.77-not-logged-in.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.contains(R"("type":"result")"))
            return line;
    }
    return {};
}

void TestOldCliLogin::invalidApiKeyAnswer_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("loginConfigured");
    QTest::addColumn<int>("expected");
    for (const QString &v : { QStringLiteral("2.0.77"), QStringLiteral("1.0.128") }) {
        QTest::newRow(qPrintable(v + QStringLiteral(" login refused"))) << v << true << int(AuthState::SignInRejected);
        QTest::newRow(qPrintable(v + QStringLiteral(" no login"))) << v << false << int(AuthState::NotSignedIn);
    }
}

void TestOldCliLogin::invalidApiKeyAnswer()
{
    QFETCH(QString, version);
    QFETCH(bool, loginConfigured);
    QFETCH(int, expected);
    qRegisterMetaType<AuthState>();
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("claude"));
    QDir().mkpath(config);
    if (loginConfigured)
        QVERIFY(TestEnv::writeCredentials(config, QStringLiteral("sk-ant-oat01-revoked")));
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), config);
    CliInfo cli;
    cli.path = QStringLiteral("/opt/claude-") + version; // never run: no auth command to probe with
    cli.version = version;
    cli.flags = CliCapabilities::observerFlags();
    AuthMonitor auth(env);
    auth.setCli(cli);
    auth.setBackoff(20, 40); // the rechecks, in milliseconds
    auth.checkNow();
    QCOMPARE(auth.state().kind,
        loginConfigured ? AuthState::ProbablySignedIn : AuthState::NotSignedIn); // from the configuration

    const StreamEvent answer = StreamJson::classify(resultLine());
    QVERIFY2(answer.text.startsWith(QLatin1String("Invalid API key")), qPrintable(answer.text));
    auth.reportEvidence(answer);
    QCOMPARE(int(auth.state().kind), expected);
    QVERIFY(auth.state().hint.contains(QLatin1String("/login")));

    // Rechecks on the back-off do not turn it back into "probably signed in".
    QSignalSpy changes(&auth, &AuthMonitor::stateChanged);
    QSignalSpy rechecks(&auth, &AuthMonitor::checkFinished); // looked at the configuration
    QSignalSpy tries(&auth, &AuthMonitor::trialTurnWanted); // rejected: asked for a turn instead
    QTRY_VERIFY(rechecks.count() + tries.count() >= 3);
    QCOMPARE(tries.isEmpty(), expected != AuthState::SignInRejected);
    for (const QList<QVariant> &change : std::as_const(changes))
        QCOMPARE(int(change.at(0).value<AuthState>().kind), expected);
    QCOMPARE(int(auth.state().kind), expected);
}

QTEST_GUILESS_MAIN(TestOldCliLogin)
#include "tst_old_cli_login.moc"
