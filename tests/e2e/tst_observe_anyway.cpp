// "Observe anyway" across a real restart: the tray app (in this process, as
// a user runs it) is held by the usage guard at 85 % of the 5-hour window,
// the user clicks "Observe anyway" in the tray menu and quits; a new
// `observer-tray --drain` still observes, and `--status` says so, until the
// window it overrode resets (`--status` names it in the user's locale). After
// the reset the guard works normally again.
// The real Claude Code CLI against the stand-in that sends the rate-limit headers.
#include "MessagesApiStandIn.h"
#include "TestEnv.h"
#include "core/platform/AppPaths.h"
#include "core/platform/Settings.h"
#include "core/status/StatusModel.h"
#include "gui/AppController.h"
#include "gui/TrayIcon.h"

#include <QAction>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

class TestObserveAnyway : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void survivesARestartUntilTheReset();

private:
    void recordTool(const QString &marker);
    int drain();
    QJsonObject status(const QString &lang = {});
    void setWindow(double fiveHour, qint64 resetSecs);

    MessagesApiStandIn m_api;
};

void TestObserveAnyway::initTestCase()
{
    QVERIFY2(QFileInfo::exists(TestEnv::realClaude()), "run tests/e2e/install-cli.sh");
    QVERIFY(m_api.listen());
    // A fresh user each run, signed in to a subscription, the real CLI first
    // on PATH; the app and every program it starts share this environment.
    const QString home = qEnvironmentVariable("HOME");
    for (const QString &dir :
        { AppPaths::dataDir(), AppPaths::configDir(), AppPaths::runtimeDir(), home + QStringLiteral("/.claude") })
        QDir(dir).removeRecursively();
    QVERIFY(TestEnv::writeCredentials(home + QStringLiteral("/.claude"), QStringLiteral("sk-ant-oat01-anyway")));
    const QProcessEnvironment user = TestEnv::userEnvironment(home, home + QStringLiteral("/.claude"), m_api.baseUrl());
    for (const QString &key : user.keys())
        qputenv(key.toLocal8Bit(), user.value(key).toLocal8Bit());
    // Each held event goes as soon as the user overrides the guard, not at the end of a batch.
    Settings settings(AppPaths::settingsPath());
    settings.setObserveImmediately(true);
    settings.sync();
    // The hooks name the built hook program (the app in this process looks for it beside itself otherwise).
    qputenv("OBSERVER_TRAY_HOOK_PATH", OT_HOOK);
    QProcess install;
    install.start(QStringLiteral(OT_APP), { QStringLiteral("--install-hooks") });
    QVERIFY(install.waitForFinished(60000));
    QCOMPARE(install.exitCode(), 0);
}

void TestObserveAnyway::setWindow(double fiveHour, qint64 resetSecs)
{
    m_api.setRateLimit(MessagesApiStandIn::RateLimit {
        fiveHour, resetSecs, 0.41, QDateTime::currentSecsSinceEpoch() + 4 * 86400, QStringLiteral("allowed_warning") });
}

void TestObserveAnyway::recordTool(const QString &marker)
{
    QProcess hook;
    hook.start(QStringLiteral(OT_HOOK), { QStringLiteral("post-tool-use") });
    const QJsonObject payload { { QStringLiteral("session_id"), QStringLiteral("user-session-anyway") },
        { QStringLiteral("cwd"), QStringLiteral("/home/u/proj") },
        { QStringLiteral("tool_name"), QStringLiteral("Edit") },
        { QStringLiteral("tool_input"), QJsonObject { { QStringLiteral("file_path"), QStringLiteral("src/a.cpp") } } },
        { QStringLiteral("tool_response"), marker } };
    hook.write(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    hook.closeWriteChannel();
    QVERIFY(hook.waitForFinished(30000));
    QCOMPARE(hook.exitCode(), 0);
}

int TestObserveAnyway::drain()
{
    QProcess app;
    QSignalSpy finished(&app, &QProcess::finished); // an event loop: the stand-in lives here
    app.start(QStringLiteral(OT_APP), { QStringLiteral("--drain") });
    if (!finished.wait(180000)) {
        app.kill();
        app.waitForFinished(5000);
        return -1;
    }
    return app.exitCode();
}

QJsonObject TestObserveAnyway::status(const QString &lang)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!lang.isEmpty())
        env.insert(QStringLiteral("LANG"), lang);
    return TestEnv::statusOf(QStringLiteral(OT_APP), env);
}

namespace {
QJsonObject guardOf(const QJsonObject &status)
{
    return status.value(QStringLiteral("usage")).toObject().value(QStringLiteral("guard")).toObject();
}
} // namespace

void TestObserveAnyway::survivesARestartUntilTheReset()
{
    // Room for the app's turns and a restart before the window resets.
    const qint64 reset = QDateTime::currentSecsSinceEpoch() + 90;
    setWindow(0.85, reset);
    recordTool(QStringLiteral("anyway-1"));
    {
        AppController app;
        QVERIFY(app.start());
        StatusModel *model = app.model();
        QTRY_COMPARE_WITH_TIMEOUT(m_api.timesSent(QStringLiteral("anyway-1")), 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(model->state(), StatusModel::State::PausedForLimits, 20000);
        QCOMPARE(app.tray()->iconName(), QStringLiteral(":/icons/state-paused-for-limits.svg"));
        recordTool(QStringLiteral("anyway-2"));
        QTRY_COMPARE_WITH_TIMEOUT(model->counts().queuePending, 1, 20000); // held
        QVERIFY(app.tray()->observeAnywayAction()->isVisible());
        app.tray()->observeAnywayAction()->trigger(); // the user's click in the tray menu
        QTRY_COMPARE_WITH_TIMEOUT(m_api.timesSent(QStringLiteral("anyway-2")), 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(model->state(), StatusModel::State::Observing, 20000);
        app.quit();
    }
    QTRY_COMPARE_WITH_TIMEOUT(TestEnv::descendantsOf(QCoreApplication::applicationPid()).size(), 0, 15000);

    // The app starts again (a new process): the user's choice still holds.
    QVERIFY(QDateTime::currentSecsSinceEpoch() < reset - 5); // else the test proves nothing
    recordTool(QStringLiteral("anyway-3"));
    QCOMPARE(drain(), 0);
    QCOMPARE(m_api.timesSent(QStringLiteral("anyway-3")), 1);
    QJsonObject s = status();
    QCOMPARE(s.value(QStringLiteral("trayState")).toString(), QStringLiteral("observing"));
    QCOMPARE(guardOf(s).value(QStringLiteral("overridden")).toBool(), true);
    QCOMPARE(guardOf(s).value(QStringLiteral("resumesAt")).toInteger(), reset * 1000);
    // The reset as a German user reads it.
    QCOMPARE(guardOf(status(QStringLiteral("de_DE.UTF-8"))).value(QStringLiteral("resumesAtLocal")).toString(),
        QLocale(QLocale::German, QLocale::Germany)
            .toString(QDateTime::fromMSecsSinceEpoch(reset * 1000), QLocale::ShortFormat));

    // The window it overrode resets; the next one is at 85 % again: held as usual.
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() > reset * 1000 + 500, 120000);
    setWindow(0.85, QDateTime::currentSecsSinceEpoch() + 3600);
    recordTool(QStringLiteral("anyway-4"));
    drain(); // that turn goes (the old window is past); the guard holds after it
    QCOMPARE(m_api.timesSent(QStringLiteral("anyway-4")), 1);
    recordTool(QStringLiteral("anyway-5"));
    QCOMPARE(drain(), 1); // paused for your limits
    QCOMPARE(m_api.timesSent(QStringLiteral("anyway-5")), 0);
    s = status();
    QCOMPARE(s.value(QStringLiteral("trayState")).toString(), QStringLiteral("paused_for_limits"));
    QCOMPARE(guardOf(s).value(QStringLiteral("overridden")).toBool(), false);
}

QTEST_MAIN(TestObserveAnyway)
#include "tst_observe_anyway.moc"
