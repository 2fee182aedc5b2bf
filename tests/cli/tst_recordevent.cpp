// --record-event KIND (cli/CommandsHooks), what observer-tray-hook hands over:
// it always exits 0 (a hook never blocks Claude Code), queues a good event,
// and says what was wrong with a bad one in one line on stderr.
#include "AppRun.h"
#include "hookcore/HookEvent.h"

#include <QtTest>

namespace {
const QByteArray kEvent
    = R"({"session_id":"s1","cwd":"/tmp","hook_event_name":"PostToolUse","tool_name":"Bash","tool_input":{}})";

int pending(const AppSandbox &sandbox)
{
    return sandbox.run({ QStringLiteral("--status") })
        .json()
        .value(QStringLiteral("queue"))
        .toObject()
        .value(QStringLiteral("pending"))
        .toInt(-1);
}
} // namespace

class TestRecordEvent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badEventIsOneLineAndExit0_data();
    void badEventIsOneLineAndExit0();
};

void TestRecordEvent::badEventIsOneLineAndExit0_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not JSON") << QStringLiteral("post-tool-use") << QByteArray("not json {")
                              << QStringLiteral("not a JSON object");
    QTest::newRow("unknown kind") << QStringLiteral("no-such-kind") << kEvent << QStringLiteral("unknown event");
    QTest::newRow("too large") << QStringLiteral("post-tool-use")
                               << QByteArray(qsizetype(HookEvent::kMaxStdinBytes) + 1, ' ')
                               << QStringLiteral("larger than 8 MB");
}

void TestRecordEvent::badEventIsOneLineAndExit0()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, event);
    QFETCH(QString, problem);
    AppSandbox sandbox;
    // A good event first, so the bad one meets a database it could spoil.
    QCOMPARE(sandbox.run({ QStringLiteral("--record-event"), QStringLiteral("post-tool-use") }, kEvent).exitCode, 0);
    QCOMPARE(pending(sandbox), 1);

    const AppRun r = sandbox.run({ QStringLiteral("--record-event"), kind }, event);
    QCOMPARE(r.exitCode, 0);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(QStringLiteral("observer-tray-hook: ")) && err.contains(problem), qPrintable(err));
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(pending(sandbox), 1); // not queued, nothing lost
}

QTEST_GUILESS_MAIN(TestRecordEvent)
#include "tst_recordevent.moc"
