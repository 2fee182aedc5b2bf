// What observing costs on a realistic live session, measured where the user
// pays: a recorded trace (bench/traces, written by bench/tools/live-trace.py)
// replayed through the real hook with its own timing (divided by a factor),
// while `observer-tray --headless` runs the real pinned `claude` against the
// loopback stand-in, which counts calls and request bytes. Two runs from the
// same trace: "immediate" (observeImmediately: every idle tool event is sent
// at once, as before batching) and "batched" (the default settings). Each
// prints one `live-trace …` line that bench row 7 reads.
//
// In the suite: the short trace (bench/traces/live-3turns.jsonl), checking
// that the harness's counts hold together and nothing is lost. Bench row 7:
//   OT_TRACE=trace.jsonl OT_TRACE_FACTOR=20 OT_TRACE_MODES=immediate,batched
#include "MessagesApiStandIn.h"
#include "TestEnv.h"
#include "TraceReplay.h"

#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// The batching settings (app INI, worker `batching`): keep in step with Settings.
const QString kObserveImmediately = QStringLiteral("observer/observeImmediately");
const QString kBatchMaxWaitSeconds = QStringLiteral("observer/batchMaxWaitSeconds");
constexpr int kDefaultBatchMaxWaitSeconds = 90;
constexpr double kDefaultFactor = 20;

int countOf(const QString &text, const QString &what)
{
    return int(text.count(what));
}

// A model's answer of the usual size: one observation per three tool calls
// of the turn (a batch is not one vague observation), a summary on Stop.
QString answerFor(const MessagesApiStandIn::Request &r)
{
    const int tools = countOf(r.lastUserText, QStringLiteral("<tool_use "));
    QString out;
    for (int i = 0; i < (tools + 2) / 3; ++i)
        out += QStringLiteral("<observation><type>change</type><title>Pager work, step %1</title><subtitle>one "
                              "piece of the turn's work</subtitle><facts><fact>the short last page is counted</fact>"
                              "</facts><narrative>The pager rounds the page count up so the last, short page is "
                              "shown; the cache prefetches the page after it.</narrative><concepts><concept>pager"
                              "</concept></concepts><files_modified><file>src/pager/Pager.cpp</file>"
                              "</files_modified></observation>\n")
                   .arg(i + 1);
    if (r.lastUserText.contains(QLatin1String("STOP:")))
        out += QStringLiteral("<summary><request>fix the pager</request><investigated>Pager, PageCache"
                              "</investigated><learned>the count was rounded down</learned><completed>fixed, "
                              "tested</completed><next_steps>none</next_steps></summary>");
    return out.isEmpty() ? QStringLiteral("<skip/>") : out;
}

QString figure(const QList<qint64> &sorted, double quantile)
{
    return sorted.isEmpty() ? QStringLiteral("nan") : QString::number(sorted.at(int(quantile * (sorted.size() - 1))));
}
} // namespace

class TestLiveTrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void replayInEachMode();

private:
    void runMode(const QString &mode);
    QProcessEnvironment sandbox(const QString &mode, const QString &baseUrl);

    QList<TraceEvent> m_trace;
    double m_factor = kDefaultFactor;
    QTemporaryDir m_tmp;
};

void TestLiveTrace::initTestCase()
{
    QVERIFY2(QFileInfo::exists(TestEnv::realClaude()), "run tests/e2e/install-cli.sh");
    const QString path = qEnvironmentVariable("OT_TRACE", QStringLiteral(OT_QUICK_TRACE));
    QString error;
    const auto trace = TraceReplay::load(path, &error);
    QVERIFY2(trace, qPrintable(error));
    m_trace = *trace;
    QVERIFY(!m_trace.isEmpty());
    if (qEnvironmentVariableIsSet("OT_TRACE_FACTOR"))
        m_factor = qEnvironmentVariable("OT_TRACE_FACTOR").toDouble();
    QVERIFY2(m_factor > 0, "OT_TRACE_FACTOR must be a number above 0 (1: real time)");
}

void TestLiveTrace::replayInEachMode()
{
    const QStringList modes
        = qEnvironmentVariable("OT_TRACE_MODES", QStringLiteral("immediate,batched")).split(QLatin1Char(','));
    for (const QString &mode : modes) {
        QVERIFY2(mode == QLatin1String("immediate") || mode == QLatin1String("batched"),
            qPrintable(QStringLiteral("OT_TRACE_MODES: %1 is neither immediate nor batched").arg(mode)));
        runMode(mode);
        if (QTest::currentTestFailed())
            return;
    }
}

// A user of their own per mode: home, Claude Code's config (signed in), the
// app's folders, and the settings file with the mode's batching keys.
QProcessEnvironment TestLiveTrace::sandbox(const QString &mode, const QString &baseUrl)
{
    const QString home = m_tmp.filePath(mode);
    const QString config = home + QStringLiteral("/.claude");
    TestEnv::writeCredentials(config, QStringLiteral("sk-ant-oat01-live-trace"));
    QProcessEnvironment env = TestEnv::userEnvironment(home, config, baseUrl);
    TestEnv::addAppFolders(&env, home);
    QSettings settings(env.value(QStringLiteral("OBSERVER_TRAY_CONFIG_DIR")) + QStringLiteral("/observer-tray.conf"),
        QSettings::IniFormat);
    settings.setValue(kObserveImmediately, mode == QLatin1String("immediate"));
    // The trace's clock runs `factor` times faster: so does the batch's
    // longest wait, or batches would form that real time never makes.
    settings.setValue(kBatchMaxWaitSeconds, std::max(1, qRound(kDefaultBatchMaxWaitSeconds / m_factor)));
    settings.sync();
    return env;
}

void TestLiveTrace::runMode(const QString &mode)
{
    MessagesApiStandIn api;
    QVERIFY(api.listen());
    api.setAnswer(answerFor);
    const QProcessEnvironment env = sandbox(mode, api.baseUrl());
    const QString data = env.value(QStringLiteral("OBSERVER_TRAY_DATA_DIR"));

    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.start(QStringLiteral(OT_APP), { QStringLiteral("--headless") });
    QVERIFY(app.waitForStarted(10000));
    QByteArray out;
    // It prints the sign-in verdict after its first look at the queue.
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     out += app.readAll();
                     return out.contains("sign in") || app.state() == QProcess::NotRunning;
                 },
                 60000),
        out.constData());
    QVERIFY2(app.state() == QProcess::Running, out.constData());
    const int callsBefore = api.calls();

    TraceReplay replay(m_trace, env, QStringLiteral(OT_HOOK), data + QStringLiteral("/observer-tray.db"), m_factor);
    replay.replay();
    // SessionEnd flushes any batch at once; the slack covers a slow machine.
    const bool drained = replay.waitUntilDrained(120000);
    const TraceReplay::Figures f = replay.figures();

    QSignalSpy finished(&app, &QProcess::finished);
    app.terminate();
    QVERIFY(finished.wait(30000));
    out += app.readAll();

    const QList<MessagesApiStandIn::Request> requests = api.messageRequests().mid(callsBefore);
    qint64 bytes = 0, smallestCall = 0;
    int toolUsesSent = 0, stopsSent = 0;
    for (const MessagesApiStandIn::Request &r : requests) {
        bytes += r.body.size();
        smallestCall = smallestCall ? std::min<qint64>(smallestCall, r.body.size()) : r.body.size();
        toolUsesSent += countOf(r.lastUserText, QStringLiteral("<tool_use "));
        stopsSent += countOf(r.lastUserText, QStringLiteral("STOP:"));
    }
    const int lost = f.hookFailures + (f.toolEvents - f.acknowledged) + f.parked;
    // One line of name=value pairs: what bench/rows/07-live-trace.sh reads.
    QStringList line { QStringLiteral("live-trace mode=") + mode };
    const auto add = [&line](const char *name, const QVariant &value) {
        line << QStringLiteral("%1=%2").arg(QLatin1String(name), value.toString());
    };
    add("factor", m_factor);
    add("events", f.events);
    add("tool_events", f.toolEvents);
    add("calls", int(requests.size()));
    add("request_bytes", bytes);
    add("smallest_call_bytes", smallestCall);
    add("tool_uses_sent", toolUsesSent);
    add("stops_sent", stopsSent);
    add("lost", lost);
    add("hook_failures", f.hookFailures);
    add("still_queued", f.stillQueued);
    add("delay_ms_median", figure(f.delaysMs, 0.5));
    add("delay_ms_min", figure(f.delaysMs, 0));
    add("delay_ms_max", figure(f.delaysMs, 1));
    add("replay_s", QString::number(f.replaySeconds, 'f', 1));
    add("late_ms_max", f.maxLateMs);
    qInfo().noquote() << line.join(QLatin1Char(' '));

    QVERIFY2(drained,
        qPrintable(QStringLiteral("%1 of %2 tool events acknowledged, %3 rows still queued; app: %4")
                       .arg(f.acknowledged)
                       .arg(f.toolEvents)
                       .arg(f.stillQueued)
                       .arg(QString::fromUtf8(out.right(2000)))));
    QCOMPARE(f.hookFailures, 0);
    QCOMPARE(f.events, int(m_trace.size()));
    QCOMPARE(lost, 0);
    // Every tool event reached an observer exactly once (no retries on a
    // healthy run), and each call carried work.
    QCOMPARE(toolUsesSent, f.toolEvents);
    QCOMPARE(stopsSent, int(std::count_if(m_trace.cbegin(), m_trace.cend(), [](const TraceEvent &e) {
        return e.kind == QLatin1String("stop");
    })));
    QVERIFY(requests.size() >= 1);
    QVERIFY(requests.size() <= f.toolEvents + stopsSent);
    QCOMPARE(f.delaysMs.size(), f.toolEvents);
    QVERIFY(f.delaysMs.constFirst() >= 0);
}

QTEST_GUILESS_MAIN(TestLiveTrace)
#include "tst_live_trace.moc"
