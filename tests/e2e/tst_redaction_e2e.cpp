// A key printed by a tool never reaches the model: the real hook, the real
// `claude` CLI run by `observer-tray --drain`, and the check is on the request
// bodies the loopback Messages API receives. One event was queued while
// redaction was off (as memory recorded before it existed): the observer
// prompt redacts it again before it is sent.
#include "MessagesApiStandIn.h"
#include "TestEnv.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// Built from pieces: no whole credential in the source.
const QByteArray kGithubToken = QByteArray("ghp") + "_" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7d";
const QByteArray kPassword = "hunter2-" + QByteArray("battery-staple");
} // namespace

class TestRedactionE2e : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void observerRequestsCarryNoKey();

private:
    void setRedaction(bool on);
    int runHook(const QString &kind, const QJsonObject &payload);
    int drain(QByteArray *out);

    MessagesApiStandIn m_api;
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
};

void TestRedactionE2e::initTestCase()
{
    QVERIFY2(QFileInfo::exists(TestEnv::realClaude()), "run tests/e2e/install-cli.sh");
    QVERIFY(m_api.listen());
    const QString home = m_tmp.filePath(QStringLiteral("home"));
    const QString config = home + QStringLiteral("/.claude");
    QVERIFY(QDir().mkpath(config));
    TestEnv::writeCredentials(config, QStringLiteral("sk-ant-oat01-redaction"));
    m_env = TestEnv::userEnvironment(home, config, m_api.baseUrl());
    TestEnv::addAppFolders(&m_env, home);
}

void TestRedactionE2e::setRedaction(bool on)
{
    const QString dir = m_env.value(QStringLiteral("OBSERVER_TRAY_CONFIG_DIR"));
    QVERIFY(QDir().mkpath(dir));
    QFile f(dir + QStringLiteral("/capture.json"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(on ? R"({"redactSecrets": true})" : R"({"redactSecrets": false})");
}

int TestRedactionE2e::runHook(const QString &kind, const QJsonObject &payload)
{
    QProcess hook;
    hook.setProcessEnvironment(m_env);
    hook.start(QStringLiteral(OT_HOOK), { kind });
    hook.write(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    hook.closeWriteChannel();
    if (!hook.waitForFinished(30000))
        return -1;
    return hook.readAllStandardError().isEmpty() ? hook.exitCode() : 100 + hook.exitCode();
}

int TestRedactionE2e::drain(QByteArray *out)
{
    QProcess app;
    app.setProcessEnvironment(m_env);
    QSignalSpy finished(&app, &QProcess::finished); // the stand-in answers from this event loop
    app.start(QStringLiteral(OT_APP), { QStringLiteral("--drain") });
    if (!finished.wait(180000)) {
        app.kill();
        app.waitForFinished(5000);
        return -1;
    }
    *out = app.readAllStandardOutput() + app.readAllStandardError();
    return app.exitCode();
}

void TestRedactionE2e::observerRequestsCarryNoKey()
{
    const QJsonObject base { { QStringLiteral("session_id"), QStringLiteral("user-session-r") },
        { QStringLiteral("cwd"), QStringLiteral("/home/u/proj") } };
    auto toolUse = [&base](const QString &id, const QByteArray &output) {
        QJsonObject o = base;
        o.insert(QStringLiteral("tool_name"), QStringLiteral("Bash"));
        o.insert(QStringLiteral("tool_use_id"), id);
        o.insert(
            QStringLiteral("tool_input"), QJsonObject { { QStringLiteral("command"), QStringLiteral("cat .env") } });
        o.insert(QStringLiteral("tool_response"), QString::fromLatin1(output));
        return o;
    };
    setRedaction(false); // recorded as before redaction existed
    QCOMPARE(runHook(QStringLiteral("post-tool-use"), toolUse(QStringLiteral("toolu_old"), "GH=" + kGithubToken)), 0);
    setRedaction(true);
    QCOMPARE(runHook(QStringLiteral("post-tool-use"),
                 toolUse(QStringLiteral("toolu_new"), "HOST=db\nDB_PASSWORD=" + kPassword + "\n")),
        0);
    QJsonObject stop = base;
    stop.insert(QStringLiteral("stop_hook_active"), false);
    QCOMPARE(runHook(QStringLiteral("stop"), stop), 0);

    const int before = m_api.calls();
    QByteArray out;
    QCOMPARE(drain(&out), 0);
    QVERIFY2(m_api.calls() > before, out.constData());
    QByteArray bodies;
    const QList<MessagesApiStandIn::Request> requests = m_api.messageRequests();
    for (qsizetype i = before; i < requests.size(); ++i)
        bodies += requests.at(i).body;
    QVERIFY(bodies.contains("[redacted:github-token]"));
    QVERIFY(bodies.contains("DB_PASSWORD=[redacted:env-secret]"));
    QVERIFY(!bodies.contains(kGithubToken));
    QVERIFY(!bodies.contains(kPassword));
}

QTEST_GUILESS_MAIN(TestRedactionE2e)
#include "tst_redaction_e2e.moc"
