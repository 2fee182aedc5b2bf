// What an observer costs on the older real CLIs of the version matrix
// (tests/e2e/clis): the real CLI, started the way the app starts observers
// (ObserverCommand + AuthMonitor's environment), against the loopback
// stand-in, which counts every call. A refused login on these CLIs is told
// through the real app in tst_signin_rejected_oldcli_<version>.
// Measured (README, "How observers sign in"): 2.0.77 made a 1-token quota
// call and three "Warmup" calls (two to Opus) per observer start; the
// observer environment leaves the quota call only.
#include "MessagesApiStandIn.h"
#include "TestEnv.h"
#include "core/auth/AuthMonitor.h"
#include "core/claude/CliCapabilities.h"
#include "core/claude/ObserverCommand.h"
#include "core/observe/ObserverPrompt.h"
#include "core/observe/Scheduler.h"
#include "core/platform/AppPaths.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

namespace {
const QString kModel = QStringLiteral("haiku");

// One user's machine with an old CLI: sandboxed HOME and config dir, a
// subscription login, the stand-in as the API, and the app's observer pipeline.
struct OldCliRig
{
    QTemporaryDir tmp;
    MessagesApiStandIn api;
    CliInfo cli;
    std::unique_ptr<AuthMonitor> auth;
    std::unique_ptr<Database> db;
    std::unique_ptr<Scheduler> scheduler;

    bool start(const QString &version)
    {
        AppPaths::setDataDirOverride(tmp.filePath(QStringLiteral("data")));
        const QString config = tmp.filePath(QStringLiteral("claude"));
        if (!api.listen() || !TestEnv::writeCredentials(config, QStringLiteral("sk-ant-oat01-old-cli")))
            return false;
        QDir().mkpath(tmp.filePath(QStringLiteral("home")));
        QProcessEnvironment inherited
            = TestEnv::userEnvironment(tmp.filePath(QStringLiteral("home")), config, api.baseUrl());
        // The user's machine, not the tests' shortcut: the CLI's own retry count.
        inherited.remove(QStringLiteral("CLAUDE_CODE_MAX_RETRIES"));
        cli = CliCapabilities::detect(TestEnv::realClaude(version), inherited);
        if (!cli.usable())
            return false;
        auth = std::make_unique<AuthMonitor>(inherited);
        auth->setCli(cli);
        db = std::make_unique<Database>(AppPaths::databasePath());
        if (!db->open())
            return false;
        Scheduler::Options options;
        options.maxTurnEvents = 1; // one turn per event, so turns can be counted
        options.batchMaxEvents = 1; // observe immediately: no batching
        scheduler = std::make_unique<Scheduler>(
            db->connection(),
            [this](const QString &userSessionId, QString *) {
                ObserverLaunch l;
                l.observerSessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                l.userSessionId = userSessionId;
                const QString cwd = tmp.filePath(QStringLiteral("cwd"));
                QDir().mkpath(cwd);
                const ObserverCommand c
                    = ObserverCommand::build(cli, kModel, ObserverPrompt::systemPrompt(), l.observerSessionId, cwd);
                l.program = cli.path;
                l.arguments = c.arguments;
                l.workingDirectory = c.workingDirectory;
                l.environment = auth->observerEnvironment(kModel);
                return std::optional(l);
            },
            options);
        QObject::connect(scheduler.get(), &Scheduler::evidence, auth.get(), &AuthMonitor::reportEvidence);
        return true;
    }
    bool enqueue(int events)
    {
        EventQueue queue(db->connection());
        QString error;
        for (int i = 0; i < events; ++i) {
            const QByteArray payload
                = QStringLiteral(R"({"tool_name":"Edit","tool_input":{"file_path":"src/f%1.cpp"}})").arg(i).toUtf8();
            if (!queue.enqueue({ 0, QStringLiteral("old-cli-session"), QStringLiteral("post-tool-use"),
                                   QStringLiteral("/p"), payload, i, 0, {} },
                    &error))
                return false;
        }
        return true;
    }
    ~OldCliRig()
    {
        if (scheduler)
            scheduler->shutdown();
        AppPaths::setDataDirOverride({});
    }
};

bool isQuotaCall(const MessagesApiStandIn::Request &r)
{
    return r.lastUserText == QLatin1String("quota");
}
} // namespace

class TestOldCliCost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void callsPerObserverStart_data();
    void callsPerObserverStart();
};

void TestOldCliCost::callsPerObserverStart_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("startCalls"); // calls of an observer start besides its turns
    QTest::newRow("1.0.128") << QStringLiteral("1.0.128") << 1; // the 1-token quota call
    QTest::newRow("2.0.77") << QStringLiteral("2.0.77") << 1; // the 1-token quota call
}

// One observer, two turns: the calls are the start's extra calls plus one per
// turn, and none goes to Opus (the observer asked for haiku).
void TestOldCliCost::callsPerObserverStart()
{
    QFETCH(QString, version);
    QFETCH(int, startCalls);
    QVERIFY2(QFileInfo::exists(TestEnv::realClaude(version)), "run tests/e2e/install-cli.sh");
    OldCliRig rig;
    QVERIFY(rig.start(version));
    QCOMPARE(rig.cli.version, version);
    const int kTurns = 2;
    QVERIFY(rig.enqueue(kTurns));
    rig.scheduler->setAuthReady(true);
    EventQueue queue(rig.db->connection());
    QTRY_COMPARE_WITH_TIMEOUT(queue.pendingCount(), 0, 120000);
    // Start-up side calls go out with the first turn (measured): by the time the
    // second turn is stored, every one of them has reached the stand-in.

    const auto requests = rig.api.messageRequests();
    qint64 bytes = 0;
    QStringList models;
    for (const MessagesApiStandIn::Request &r : requests) {
        bytes += r.body.size();
        models << QJsonDocument::fromJson(r.body).object().value(QStringLiteral("model")).toString()
                + (r.lastUserText == QLatin1String("Warmup") ? QStringLiteral("(Warmup)") : QString());
    }
    qInfo("%s: %d calls for %d turns, %lld request bytes, models %s", qPrintable(version), int(requests.size()), kTurns,
        bytes, qPrintable(models.join(QLatin1Char(' '))));
    for (const QString &model : std::as_const(models)) {
        QVERIFY2(!model.contains(QLatin1String("opus")), qPrintable(QStringLiteral("a call to %1").arg(model)));
        QVERIFY2(!model.endsWith(QLatin1String("(Warmup)")), "a Warmup call");
    }
    QCOMPARE(int(std::count_if(requests.cbegin(), requests.cend(), isQuotaCall)), startCalls);
    QCOMPARE(int(requests.size()), startCalls + kTurns);
}

QTEST_GUILESS_MAIN(TestOldCliCost)
#include "tst_old_cli_cost.moc"
