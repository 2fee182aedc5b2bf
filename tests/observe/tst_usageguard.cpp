// The usage guard on its own: thresholds, a refusal, "Observe anyway", the
// daily token budget, what survives a restart, and the single-shot timer at
// the reset (the clock is injected; the timer waits the real remaining time).
#include "core/observe/UsageGuard.h"
#include "core/platform/Clock.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// Near noon, so "today" and the next midnight are hours away.
const qint64 kT0 = QDateTime(QDate(2026, 12, 3), QTime(12, 0)).toMSecsSinceEpoch();
qint64 g_now = kT0;

StreamEvent windows(double fiveHour, qint64 fiveResetMs, double week = 0.4, qint64 weekResetMs = kT0 + 86400000LL * 3)
{
    StreamEvent e;
    e.kind = StreamEvent::RateLimit;
    e.rateLimit.status = fiveHour >= 0.75 ? QStringLiteral("allowed_warning") : QStringLiteral("allowed");
    e.rateLimit.rateLimitType = QStringLiteral("five_hour");
    e.rateLimit.resetsAtMs = fiveResetMs;
    e.rateLimit.fiveHour = { fiveHour, fiveResetMs, e.rateLimit.status };
    e.rateLimit.sevenDay = { week, weekResetMs, QStringLiteral("allowed") };
    return e;
}

StreamEvent result(qint64 tokens)
{
    StreamEvent e;
    e.kind = StreamEvent::Result;
    e.usage.inputTokens = tokens / 2;
    e.usage.outputTokens = tokens - tokens / 2;
    return e;
}
} // namespace

class TestUsageGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void belowThresholdHoldsNothing();
    void aboveThresholdHoldsUntilTheReset();
    void weeklyThreshold();
    void refusalHoldsUntilTheReset();
    void refusalWithoutResetFallsBack();
    void observeAnywayLiftsUntilTheReset();
    void noWindowsNothingToGoOn();
    void figuresSayWhatTheGuardGoesOn();
    void dailyTokenBudget();
    void survivesARestart();
    void observeAnywaySurvivesARestartUntilTheReset();
    void resumesByItsTimer();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestUsageGuard::init()
{
    g_now = kT0;
    Clock::set([] { return g_now; });
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("o.db")));
    QVERIFY(m_db->open());
}

void TestUsageGuard::cleanup()
{
    m_db.reset();
    Clock::set({});
}

void TestUsageGuard::belowThresholdHoldsNothing()
{
    UsageGuard guard(m_db->connection());
    guard.setLimits({});
    guard.noteEvent(windows(0.79, kT0 + 3600000));
    QVERIFY(!guard.verdict().engaged);
    QVERIFY(guard.verdict().hasWindows());
    QCOMPARE(guard.rateLimit().fiveHour.utilization, 0.79);
    QCOMPARE(guard.rateLimit().seenAtMs, kT0);
}

void TestUsageGuard::aboveThresholdHoldsUntilTheReset()
{
    UsageGuard guard(m_db->connection());
    guard.setLimits({});
    QSignalSpy changed(&guard, &UsageGuard::verdictChanged);
    guard.noteEvent(windows(0.85, kT0 + 3600000));
    QVERIFY(guard.verdict().engaged);
    QCOMPARE(guard.verdict().reason, QStringLiteral("five_hour"));
    QCOMPARE(guard.verdict().resumesAtMs, kT0 + 3600000);
    guard.noteEvent(windows(0.86, kT0 + 3600000)); // still held: no second "engaged"
    QCOMPARE(changed.count(), 1);
    guard.setLimits({ 90, 90, 0 }); // the user raised the threshold
    QVERIFY(!guard.verdict().engaged);
}

void TestUsageGuard::weeklyThreshold()
{
    UsageGuard guard(m_db->connection());
    guard.setLimits({});
    guard.noteEvent(windows(0.2, kT0 + 3600000, 0.91, kT0 + 86400000));
    QCOMPARE(guard.verdict().reason, QStringLiteral("seven_day"));
    QCOMPARE(guard.verdict().resumesAtMs, kT0 + 86400000);
}

void TestUsageGuard::refusalHoldsUntilTheReset()
{
    UsageGuard guard(m_db->connection());
    guard.setLimits({});
    StreamEvent refused = windows(1.0, kT0 + 7200000);
    refused.rateLimit.status = QStringLiteral("rejected");
    refused.blocker = StreamEvent::UsageLimit;
    guard.noteEvent(refused);
    QCOMPARE(guard.verdict().reason, QStringLiteral("rejected"));
    QCOMPARE(guard.verdict().resumesAtMs, kT0 + 7200000);
    guard.observeAnyway(); // the API said no: a click cannot change that
    QVERIFY(guard.verdict().engaged);
}

void TestUsageGuard::refusalWithoutResetFallsBack()
{
    UsageGuard guard(m_db->connection());
    guard.setLimits({});
    StreamEvent error;
    error.kind = StreamEvent::Result;
    error.isError = true;
    error.blocker = StreamEvent::UsageLimit; // a 429 with no headers
    guard.noteEvent(error);
    QCOMPARE(guard.verdict().reason, QStringLiteral("rejected"));
    QCOMPARE(guard.verdict().resumesAtMs, kT0 + UsageGuard::kRejectedFallbackMs);
}

void TestUsageGuard::observeAnywayLiftsUntilTheReset()
{
    UsageGuard guard(m_db->connection());
    guard.setLimits({});
    guard.noteEvent(windows(0.85, kT0 + 3600000));
    guard.observeAnyway();
    QVERIFY(!guard.verdict().engaged);
    QVERIFY(guard.verdict().overridden);
    guard.noteEvent(windows(0.88, kT0 + 3600000)); // more use in the same window: the user's choice holds
    QVERIFY(!guard.verdict().engaged);
}

void TestUsageGuard::noWindowsNothingToGoOn()
{
    UsageGuard guard(m_db->connection());
    guard.setLimits({});
    StreamEvent bare;
    bare.kind = StreamEvent::RateLimit;
    bare.rateLimit.status = QStringLiteral("allowed");
    guard.noteEvent(bare);
    guard.noteEvent(result(1'000'000));
    QVERIFY(!guard.verdict().engaged);
    QVERIFY(!guard.verdict().hasWindows());
}

// One owner for "nothing seen yet" / "no windows (API key)" / "windows known".
void TestUsageGuard::figuresSayWhatTheGuardGoesOn()
{
    using F = UsageGuard::Verdict::Figures;
    UsageGuard guard(m_db->connection());
    guard.setLimits({});
    QCOMPARE(guard.verdict().figures, F::NotSeenYet);
    guard.noteEvent(result(10)); // a turn's tokens are no window figures
    QCOMPARE(guard.verdict().figures, F::NotSeenYet);
    StreamEvent bare;
    bare.kind = StreamEvent::RateLimit;
    bare.rateLimit.status = QStringLiteral("allowed");
    guard.noteEvent(bare);
    QCOMPARE(guard.verdict().figures, F::NoWindows);
    QCOMPARE(UsageGuard::Verdict::fromJson(guard.verdict().toJson()).figures, F::NoWindows);
    guard.noteEvent(windows(0.2, kT0 + 3600000));
    QCOMPARE(guard.verdict().figures, F::Windows);
    QCOMPARE(guard.verdict().toJson().value(QStringLiteral("figures")).toString(), QStringLiteral("windows"));
    QCOMPARE(UsageGuard::Verdict::fromJson(guard.verdict().toJson()), guard.verdict());
    QCOMPARE(UsageGuard::Verdict::fromJson({}).figures, F::NotSeenYet);
}

void TestUsageGuard::dailyTokenBudget()
{
    UsageGuard guard(m_db->connection());
    guard.setLimits({ 80, 90, 1000 });
    guard.noteEvent(result(600));
    QVERIFY(!guard.verdict().engaged);
    QCOMPARE(guard.verdict().tokensToday, 600);
    guard.noteEvent(result(500));
    QCOMPARE(guard.verdict().reason, QStringLiteral("daily_budget"));
    QCOMPARE(guard.verdict().resumesAtMs, QDateTime(QDate(2026, 12, 4), QTime(0, 0)).toMSecsSinceEpoch());
    g_now = QDateTime(QDate(2026, 12, 4), QTime(0, 1)).toMSecsSinceEpoch(); // a new day
    guard.noteEvent(result(10));
    QVERIFY(!guard.verdict().engaged);
    QCOMPARE(guard.verdict().tokensToday, 10);
}

void TestUsageGuard::survivesARestart()
{
    {
        UsageGuard guard(m_db->connection());
        guard.setLimits({});
        guard.noteEvent(windows(0.85, kT0 + 3600000));
    }
    UsageGuard again(m_db->connection());
    again.setLimits({});
    QVERIFY(again.verdict().engaged);
    QCOMPARE(again.rateLimit().fiveHour.utilization, 0.85);
    g_now = kT0 + 3600000; // the window has reset
    UsageGuard later(m_db->connection());
    later.setLimits({});
    QVERIFY(!later.verdict().engaged);
}

// The user's choice is kept (KeyValue) until the window it overrode resets;
// after that a new window above the threshold holds again.
void TestUsageGuard::observeAnywaySurvivesARestartUntilTheReset()
{
    {
        UsageGuard guard(m_db->connection());
        guard.setLimits({});
        guard.noteEvent(windows(0.85, kT0 + 3600000));
        guard.observeAnyway();
        QVERIFY(!guard.verdict().engaged);
    }
    UsageGuard again(m_db->connection());
    again.setLimits({});
    QVERIFY(!again.verdict().engaged);
    QVERIFY(again.verdict().overridden);
    g_now = kT0 + 3600000 + 1000; // the window reset; the next one is at 85 % again
    UsageGuard later(m_db->connection());
    later.setLimits({});
    later.noteEvent(windows(0.85, g_now + 3600000));
    QVERIFY(later.verdict().engaged);
    QVERIFY(!later.verdict().overridden);
}

// One timer at the reset lifts it; nothing else is needed, nothing repeats.
void TestUsageGuard::resumesByItsTimer()
{
    UsageGuard guard(m_db->connection());
    guard.setLimits({});
    QSignalSpy changed(&guard, &UsageGuard::verdictChanged);
    guard.noteEvent(windows(0.85, kT0 + 300));
    QVERIFY(guard.verdict().engaged);
    g_now = kT0 + 400; // the clock passes the reset; only the timer can notice
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 5000);
    QVERIFY(!guard.verdict().engaged);
    QVERIFY(!changed.wait(1500)); // and nothing more
}

QTEST_GUILESS_MAIN(TestUsageGuard)
#include "tst_usageguard.moc"
