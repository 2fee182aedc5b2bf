// RunTally on real CLI output: what a run's row in observer_runs will say
// (version, usage, API calls, error) from the stream-json lines it printed.
#include "core/observe/RunTally.h"

#include <QFile>
#include <QtTest>

class TestRunTally : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void successfulRunSumsItsTurns();
    void notSignedInRunKeepsTheCliError();
    void exitWithoutWordsKeepsTheLastStderrLine();
};

namespace {
RunTally tallyOf(const QString &fixture)
{
    RunTally tally;
    QFile f(QStringLiteral(OT_FIXTURES_DIR "/stream-json/") + fixture);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(fixture));
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (!line.isEmpty())
            tally.note(StreamJson::classify(line));
    }
    return tally;
}
} // namespace

// Two turns against the stand-in (10 in, 20 out each, the same message id):
// usage and num_turns are per turn, total_cost_usd the session's running total.
void TestRunTally::successfulRunSumsItsTurns()
{
    RunTally tally = tallyOf(QStringLiteral("cli-2.1.330-success.jsonl"));
    tally.finish(0, QStringLiteral("exited"), {}, {});
    QCOMPARE(tally.cliVersion, QStringLiteral("2.1.330"));
    QCOMPARE(tally.usage.inputTokens, 20);
    QCOMPARE(tally.usage.outputTokens, 40);
    QCOMPARE(tally.usage.numTurns, 2);
    QCOMPARE(tally.usage.apiCalls, 2);
    QVERIFY(qFuzzyCompare(tally.usage.costUsd, 0.000022));
    QVERIFY(tally.lastError.isEmpty());
}

void TestRunTally::notSignedInRunKeepsTheCliError()
{
    RunTally tally = tallyOf(QStringLiteral("cli-2.0.77-not-logged-in.jsonl"));
    tally.finish(1, QStringLiteral("exited"), QStringLiteral("some stderr"), {});
    QCOMPARE(tally.exitCode, 1);
    QCOMPARE(tally.lastError, QStringLiteral("Invalid API key · Please run /login"));
    QCOMPARE(tally.usage.apiCalls, 0); // the CLI never reached the API
    QCOMPARE(tally.usage.inputTokens, 0);
}

void TestRunTally::exitWithoutWordsKeepsTheLastStderrLine()
{
    RunTally tally;
    tally.finish(1, QStringLiteral("exited"), QStringLiteral("warming up\nfatal: cannot read config\n"), {});
    QCOMPARE(tally.lastError, QStringLiteral("fatal: cannot read config"));
    tally.finish(0, QStringLiteral("stopped"), {}, {}); // the first end wins
    QCOMPARE(tally.exitCode, 1);
    QCOMPARE(tally.outcome, QStringLiteral("exited"));
}

QTEST_GUILESS_MAIN(TestRunTally)
#include "tst_runtally.moc"
