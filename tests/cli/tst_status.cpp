// --status (cli/CommandsStatus): the last known state as JSON, and it runs
// nothing: no database is made by asking. A database it cannot read is said
// in the JSON and with exit 2, and left exactly as it was.
#include "AppRun.h"

#include <QJsonObject>
#include <QtTest>

class TestStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noDatabaseYetCreatesNothing();
    void freshDatabaseHasCountsAndQueue();
    void unusableDatabaseIsReportedAndKept();
};

void TestStatus::noDatabaseYetCreatesNothing()
{
    AppSandbox sandbox;
    const AppRun r = sandbox.run({ QStringLiteral("--status") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("dataDir")).toString(), sandbox.dataDir());
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("unknown"));
    QVERIFY(!json.value(QStringLiteral("version")).toString().isEmpty());
    QVERIFY2(json.value(QStringLiteral("message")).toString().contains(QStringLiteral("No database yet")), r.out);
    QVERIFY(!json.contains(QStringLiteral("counts")));
    QVERIFY(!QFileInfo::exists(sandbox.databasePath()));
}

void TestStatus::freshDatabaseHasCountsAndQueue()
{
    AppSandbox sandbox;
    // One event recorded the way the hook hands it over: the queue shows it.
    const AppRun recorded = sandbox.run({ QStringLiteral("--record-event"), QStringLiteral("post-tool-use") },
        R"({"session_id":"s1","cwd":"/tmp","hook_event_name":"PostToolUse","tool_name":"Bash","tool_input":{}})");
    QCOMPARE(recorded.exitCode, 0);
    QVERIFY2(recorded.err.isEmpty(), recorded.err.constData());

    const AppRun r = sandbox.run({ QStringLiteral("--status") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = r.json();
    for (const char *key : { "version", "dataDir", "state", "message", "counts", "queue" })
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("unknown"));
    QCOMPARE(json.value(QStringLiteral("message")).toString(),
        QStringLiteral("Sign-in not checked yet; run observer-tray --check-auth."));
    const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("total")).toInt(-1), 0);
    QCOMPARE(counts.value(QStringLiteral("today")).toInt(-1), 0);
    QCOMPARE(counts.value(QStringLiteral("perProject")).toObject(), QJsonObject());
    const QJsonObject queue = json.value(QStringLiteral("queue")).toObject();
    QCOMPARE(queue.value(QStringLiteral("pending")).toInt(-1), 1);
    QCOMPARE(queue.value(QStringLiteral("parked")).toInt(-1), 0);
}

void TestStatus::unusableDatabaseIsReportedAndKept()
{
    AppSandbox sandbox;
    QVERIFY(sandbox.putUnusableDatabase());
    const AppRun r = sandbox.run({ QStringLiteral("--status") });
    QCOMPARE(r.exitCode, 2);
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("unknown"));
    QVERIFY2(json.value(QStringLiteral("message")).toString().contains(sandbox.databasePath()), r.out);
    QCOMPARE(sandbox.databaseBytes(), AppSandbox::kNotADatabase);
}

QTEST_GUILESS_MAIN(TestStatus)
#include "tst_status.moc"
