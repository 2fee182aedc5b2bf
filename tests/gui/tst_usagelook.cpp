// The login's usage windows where a user sees them — the tray's tooltip and
// menu, the Status page's bars, the notifications — in English and, with the
// language set to Deutsch, in German (the built-in translations, as main.cpp
// loads them). The clock is injected: Thursday 3 Dec 2026, 14:05.
#include "core/platform/Clock.h"
#include "core/status/StatusModel.h"
#include "gui/Notifier.h"
#include "gui/StatusLook.h"
#include "gui/StatusPage.h"
#include "gui/TrayIcon.h"
#include "gui/UsagePanel.h"

#include <QAction>
#include <QDateTime>
#include <QTranslator>
#include <QtTest>

namespace {
qint64 at(int day, int h, int m)
{
    return QDateTime(QDate(2026, 12, day), QTime(h, m)).toMSecsSinceEpoch();
}
const qint64 kNow = at(3, 14, 5); // a Thursday

RateLimitInfo windows(qint64 seenAt)
{
    RateLimitInfo r;
    r.status = QStringLiteral("allowed_warning");
    r.rateLimitType = QStringLiteral("five_hour");
    r.fiveHour = { 0.83, at(3, 17, 42), QStringLiteral("allowed_warning") };
    r.sevenDay = { 0.41, at(4, 9, 0), QStringLiteral("allowed") }; // Friday
    r.resetsAtMs = r.fiveHour.resetsAtMs;
    r.seenAtMs = seenAt;
    return r;
}

AuthState signedIn()
{
    AuthState s;
    s.kind = AuthState::SignedIn;
    s.credential = AuthState::ClaudeSubscription;
    return s;
}

UsageGuard::Verdict held()
{
    UsageGuard::Verdict v;
    v.engaged = true;
    v.reason = QStringLiteral("five_hour");
    v.resumesAtMs = at(3, 17, 42);
    v.figures = UsageGuard::Verdict::Figures::Windows;
    return v;
}
} // namespace

class TestUsageLook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void tooltipInEnglish();
    void staleFigureSaysWhen();
    void tooltipMenuAndPageInGerman();
    void guardStateAndNotificationsOnce();
    void noWindowsNothingShown();
    void guardTextForEachFigures();

private:
    bool loadGerman();
    QTranslator m_translator;
};

void TestUsageLook::init()
{
    Clock::set([] { return kNow; });
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestUsageLook::cleanup()
{
    QCoreApplication::removeTranslator(&m_translator);
    Clock::set({});
}

bool TestUsageLook::loadGerman()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    return m_translator.load(
               QLocale(QLocale::German), QStringLiteral("observer-tray"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && QCoreApplication::installTranslator(&m_translator);
}

void TestUsageLook::tooltipInEnglish()
{
    StatusModel model;
    model.setAuthState(signedIn());
    model.setRateLimit(windows(kNow - 60000));
    QVERIFY2(StatusLook::toolTip(model).endsWith(
                 QStringLiteral("\n5-hour window: 83 % · resets 17:42 — week: 41 % · resets Fri")),
        qPrintable(StatusLook::toolTip(model)));
}

void TestUsageLook::staleFigureSaysWhen()
{
    StatusModel model;
    model.setRateLimit(windows(at(3, 11, 30)));
    QVERIFY2(StatusLook::toolTip(model).endsWith(QStringLiteral("resets Fri (as of 11:30)")),
        qPrintable(StatusLook::toolTip(model)));
}

void TestUsageLook::tooltipMenuAndPageInGerman()
{
    QVERIFY(loadGerman());
    StatusModel model;
    model.setAuthState(signedIn());
    model.setRateLimit(windows(kNow - 60000));
    UsageGuard::Verdict below;
    below.figures = UsageGuard::Verdict::Figures::Windows;
    model.setUsageVerdict(below);
    const QString line
        = QStringLiteral("5-Stunden-Fenster: 83 % · zurückgesetzt 17:42 — Woche: 41 % · zurückgesetzt Fr.");
    QVERIFY2(StatusLook::toolTip(model).endsWith(QLatin1Char('\n') + line), qPrintable(StatusLook::toolTip(model)));
    TrayIcon tray(&model);
    QCOMPARE(tray.usageAction()->text(), line);
    QVERIFY(tray.usageAction()->isVisible());
    StatusPage page(&model);
    UsagePanel *usage = page.usagePanel();
    QCOMPARE(usage->fiveHourValue(), 83);
    QCOMPARE(usage->weekValue(), 41);
    QCOMPARE(usage->fiveHourText(), QStringLiteral("5-Stunden-Fenster: 83 % · zurückgesetzt 17:42"));
    QCOMPARE(usage->weekText(), QStringLiteral("Woche: 41 % · zurückgesetzt Fr."));
    QCOMPARE(usage->guardText(), QStringLiteral("Die Beobachtung bleibt unter Ihren Schwellen."));
    RunUsage today;
    today.numTurns = 12;
    today.inputTokens = 3400;
    today.outputTokens = 1200;
    today.costUsd = 0.0123;
    usage->setSpend(today, today);
    QVERIFY2(usage->spendText().contains(QStringLiteral("Heute: 12 Durchgänge, 3.400 Eingabe-")),
        qPrintable(usage->spendText()));
    QVERIFY2(usage->spendText().contains(QStringLiteral("0,0123 US$ zu API-Preisen")), qPrintable(usage->spendText()));
    // The guard's state in the tooltip names its reset the German way.
    UsageGuard::Verdict untilFriday = held();
    untilFriday.resumesAtMs = at(4, 9, 0);
    model.setUsageVerdict(untilFriday);
    QVERIFY2(
        StatusLook::toolTip(model).startsWith(QStringLiteral("Observer Tray — pausiert wegen Ihrer Limits bis Fr. · ")),
        qPrintable(StatusLook::toolTip(model)));
}

void TestUsageLook::guardStateAndNotificationsOnce()
{
    StatusModel model;
    model.setAuthState(signedIn());
    model.setRateLimit(windows(kNow));
    Notifier notifier;
    QVERIFY(!notifier.update(model.state(), model)); // observing from the start: nothing to say
    model.setUsageVerdict(held());
    QCOMPARE(model.state(), StatusModel::State::PausedForLimits);
    QCOMPARE(StatusModel::stateCode(model.state()), QStringLiteral("paused_for_limits"));
    QCOMPARE(StatusLook::stateText(model), QStringLiteral("paused for your limits until 17:42"));
    const auto engaged = notifier.update(model.state(), model);
    QVERIFY(engaged);
    QCOMPARE(engaged->title, QStringLiteral("Observers paused for your limits"));
    QVERIFY2(
        engaged->body.contains(QStringLiteral("5-hour window is above your threshold")), qPrintable(engaged->body));
    QVERIFY(!notifier.update(model.state(), model)); // never repeated while it holds
    TrayIcon tray(&model);
    QVERIFY(tray.observeAnywayAction()->isVisible());
    Clock::set([] { return kNow + 2 * 60 * 1000; }); // past the Notifier's quiet minute
    model.setUsageVerdict({});
    const auto lifted = notifier.update(model.state(), model);
    QVERIFY(lifted);
    QCOMPARE(lifted->title, QStringLiteral("Observers resumed"));
    QVERIFY(!notifier.update(model.state(), model));
    QVERIFY(!tray.observeAnywayAction()->isVisible());
    // Not signed in outranks the guard: signing in is what the user must do first.
    AuthState out;
    out.kind = AuthState::NotSignedIn;
    model.setAuthState(out);
    model.setUsageVerdict(held());
    QCOMPARE(model.state(), StatusModel::State::NotSignedIn);
}

void TestUsageLook::noWindowsNothingShown()
{
    StatusModel model;
    model.setAuthState(signedIn());
    RateLimitInfo bare;
    bare.status = QStringLiteral("allowed");
    bare.seenAtMs = kNow;
    model.setRateLimit(bare);
    QVERIFY(!StatusLook::toolTip(model).contains(QLatin1Char('\n')));
    TrayIcon tray(&model);
    QVERIFY(!tray.usageAction()->isVisible());
    StatusPage page(&model);
    UsageGuard::Verdict v;
    v.figures = UsageGuard::Verdict::Figures::NoWindows;
    model.setUsageVerdict(v);
    QCOMPARE(page.usagePanel()->guardText(),
        QStringLiteral("This login reports no usage windows (API key): the usage guard has nothing to go on."));
    QCOMPARE(page.usagePanel()->fiveHourText(), QStringLiteral("5-hour window: no figure yet"));
    // Seen on a screenshot: an unknown window's bar said "0%", a figure nobody measured.
    QCOMPARE(page.usagePanel()->fiveHourBarText(), QString());
    model.setRateLimit(windows(kNow));
    QCOMPARE(page.usagePanel()->fiveHourBarText(), QStringLiteral("83%"));
}

// The verdict alone says which: nothing seen yet, no windows (API key), or windows.
void TestUsageLook::guardTextForEachFigures()
{
    using F = UsageGuard::Verdict::Figures;
    StatusModel model;
    model.setAuthState(signedIn());
    StatusPage page(&model);
    QCOMPARE(page.usagePanel()->guardText(),
        QStringLiteral("The windows appear with the first observer turn (a Claude subscription reports them; an API "
                       "key does not)."));
    UsageGuard::Verdict v;
    v.figures = F::NoWindows;
    v.dailyTokenBudget = 5000;
    model.setUsageVerdict(v);
    QCOMPARE(page.usagePanel()->guardText(),
        QStringLiteral(
            "This login reports no usage windows (API key): the guard goes by the daily token budget only."));
    v.figures = F::Windows;
    model.setUsageVerdict(v);
    QCOMPARE(page.usagePanel()->guardText(), QStringLiteral("Observing stays below your thresholds."));
    v.figures = F::NotSeenYet; // a refusal before any figure: the guard's words, not "appear with the first turn"
    v.engaged = true;
    v.reason = QStringLiteral("rejected");
    v.resumesAtMs = at(3, 17, 42);
    model.setUsageVerdict(v);
    QVERIFY2(
        page.usagePanel()->guardText().startsWith(QStringLiteral("Observing is paused for your limits until 17:42")),
        qPrintable(page.usagePanel()->guardText()));
}

QTEST_MAIN(TestUsageLook)
#include "tst_usagelook.moc"
