// --drain and --headless (cli/CommandsPipeline). (Draining events, --wait and
// exit 4 beside another holder are tst_pipeline_e2e's and tst_datafolderlock's.)
// Here: an empty queue drains at once (0) with its JSON line; observers that
// cannot work are 1 with the reason; a pipeline that cannot start is 1 for both.
#include "AppRun.h"

#include <QtTest>

class TestDrain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyQueueDrainsAtOnce();
    void noClaudeIsNotDrained();
    void pipelineThatCannotStart_data();
    void pipelineThatCannotStart();
};

void TestDrain::emptyQueueDrainsAtOnce()
{
    AppSandbox sandbox;
    QVERIFY(sandbox.addFakeClaude());
    const AppRun r = sandbox.run({ QStringLiteral("--drain") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
        QByteArrayLiteral(R"({"drained":true,"observations":0,"parked":0,"pending":0,"reason":""})"
                          "\n"));
}

void TestDrain::noClaudeIsNotDrained()
{
    AppSandbox sandbox; // no `claude` on PATH
    const AppRun r = sandbox.run({ QStringLiteral("--drain") });
    QCOMPARE(r.exitCode, 1);
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("drained")).toBool(), false);
    const QString reason = json.value(QStringLiteral("reason")).toString();
    QVERIFY(!reason.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("observer-tray: not drained: ") + reason), r.err);
}

void TestDrain::pipelineThatCannotStart_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("drain") << QStringLiteral("--drain");
    QTest::newRow("headless") << QStringLiteral("--headless");
}

void TestDrain::pipelineThatCannotStart()
{
    QFETCH(QString, command);
    AppSandbox sandbox;
    QVERIFY(sandbox.addFakeClaude());
    QVERIFY(sandbox.putUnusableDatabase());
    const AppRun r = sandbox.run({ command });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("observer-tray: "))
            && r.err.contains(sandbox.databasePath().toUtf8()),
        r.err.constData());
    QCOMPARE(sandbox.databaseBytes(), AppSandbox::kNotADatabase);
}

QTEST_GUILESS_MAIN(TestDrain)
#include "tst_drain.moc"
