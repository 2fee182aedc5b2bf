// A credential never reaches a command line (visible to every user through
// /proc/<pid>/cmdline), and still reaches where it belongs. Given for real:
// a sign-in in the credentials file, or an API key in the environment; the
// real app runs the real `claude` against the loopback stand-in, which holds
// the answer so the observer is alive while its argv is read.
#include "MessagesApiStandIn.h"
#include "TestEnv.h"
#include "core/platform/AppPaths.h"
#include "core/platform/Settings.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <csignal>

class TestCredentialsArgv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void credentialsNeverOnTheCommandLine_data();
    void credentialsNeverOnTheCommandLine();
};

namespace {
QByteArray procFile(qint64 pid, const char *name)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

void TestCredentialsArgv::credentialsNeverOnTheCommandLine_data()
{
    QTest::addColumn<bool>("inFile");
    QTest::newRow("credentials file") << true;
    QTest::newRow("ANTHROPIC_API_KEY") << false;
}

void TestCredentialsArgv::credentialsNeverOnTheCommandLine()
{
    QFETCH(bool, inFile);
    QVERIFY2(QFileInfo::exists(TestEnv::realClaude()), "run tests/e2e/install-cli.sh");
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home"));
    const QString config = home + QStringLiteral("/.claude");
    const QString secret = (inFile ? QStringLiteral("sk-ant-oat01-") : QStringLiteral("sk-ant-api03-"))
        + QUuid::createUuid().toString(QUuid::Id128);
    MessagesApiStandIn api;
    QVERIFY(api.listen());
    api.setHoldObserverAnswers(true);
    QProcessEnvironment env = TestEnv::userEnvironment(home, config, api.baseUrl());
    QDir().mkpath(config);
    if (inFile)
        QVERIFY(TestEnv::writeCredentials(config, secret));
    else
        env.insert(QStringLiteral("ANTHROPIC_API_KEY"), secret);
    env.insert(QStringLiteral("OBSERVER_TRAY_DATA_DIR"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("OBSERVER_TRAY_CONFIG_DIR"), dir.filePath(QStringLiteral("config")));
    qputenv("OBSERVER_TRAY_DATA_DIR", env.value(QStringLiteral("OBSERVER_TRAY_DATA_DIR")).toUtf8());
    qputenv("OBSERVER_TRAY_CONFIG_DIR", env.value(QStringLiteral("OBSERVER_TRAY_CONFIG_DIR")).toUtf8());
    {
        Settings settings;
        settings.setClaudePath(TestEnv::realClaude());
        settings.sync();
        Database db(AppPaths::databasePath());
        QVERIFY(db.open());
        QString error;
        QVERIFY(EventQueue(db.connection())
                    .enqueue({ 0, QStringLiteral("s"), QStringLiteral("post-tool-use"), QStringLiteral("/p"),
                                 R"({"tool_name":"Read","tool_input":{"file_path":"/p/a"}})", 1, 0, {} },
                        &error));
    }

    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(OT_APP), { QStringLiteral("--headless") });
    QVERIFY(app.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(api.heldCount(), 1, 120000); // the observer waits for its answer

    int observers = 0;
    bool keyInAnObserversEnvironment = false;
    const QList<qint64> processes = TestEnv::descendantsOf(app.processId()) << app.processId();
    for (qint64 pid : processes) {
        const QByteArray cmdline = procFile(pid, "cmdline");
        QVERIFY2(!cmdline.contains(secret.toUtf8()), QByteArray(cmdline).replace('\0', ' ').constData());
        if (cmdline.contains("claude"))
            ++observers;
        keyInAnObserversEnvironment |= procFile(pid, "environ").contains(secret.toUtf8());
    }
    QVERIFY(observers >= 1);
    // And where it belongs: the request that reached the API carries it.
    const MessagesApiStandIn::Request request = api.messageRequests().constLast();
    if (inFile) {
        QCOMPARE(request.headers.value(QStringLiteral("authorization")), QStringLiteral("Bearer ") + secret);
    } else {
        QCOMPARE(request.headers.value(QStringLiteral("x-api-key")), secret);
        QVERIFY(keyInAnObserversEnvironment); // inherited, as the user's own Claude Code gets it
    }

    api.setHoldObserverAnswers(false);
    api.releaseHeld();
    ::kill(pid_t(app.processId()), SIGTERM);
    QVERIFY(app.waitForFinished(30000));
    // Nothing left running (observers stop with the app).
    for (qint64 pid : processes)
        QTRY_VERIFY_WITH_TIMEOUT(procFile(pid, "cmdline").isEmpty(), 15000);
}

QTEST_GUILESS_MAIN(TestCredentialsArgv)
#include "tst_credentials_argv.moc"
