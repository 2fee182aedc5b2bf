// How each state looks: the tray's icon (one compiled-in shape per state) and
// the words of the tooltip, the menu and the Status page.
#include "gui/StatusLook.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QMetaEnum>
#include <QPainter>
#include <QtTest>

#include <memory>

class TestStatusLook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void icons_data();
    void icons();
    void everyStateHasACompiledInIcon();
    void pausedForLimitsHasItsOwnImage();
    void tooltipMatchesTheExample();
    void processingElsewhereNamesTheHolder();
    void countsLeaveOutAnEmptyQueue();
    void heldBatchSaysUntilWhen();
    void captureStatesSayNothingIsRecorded();
    void errorWordsHaveNoJson();

private:
    std::unique_ptr<StatusModel> m_model;
};

namespace {
AuthState auth(AuthState::Kind kind, const QString &subscription = QStringLiteral("max"))
{
    AuthState s;
    s.kind = kind;
    s.credential = AuthState::ClaudeSubscription;
    s.subscription = subscription;
    s.message = QStringLiteral("m");
    s.hint = QStringLiteral("h");
    return s;
}
} // namespace

void TestStatusLook::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_model = std::make_unique<StatusModel>();
}

void TestStatusLook::icons_data()
{
    using S = StatusModel::State;
    QTest::addColumn<S>("state");
    QTest::addColumn<QString>("icon");
    QTest::newRow("observing") << S::Observing << QStringLiteral(":/icons/state-observing.svg");
    QTest::newRow("paused") << S::Paused << QStringLiteral(":/icons/state-paused.svg");
    QTest::newRow("paused for your limits")
        << S::PausedForLimits << QStringLiteral(":/icons/state-paused-for-limits.svg");
    QTest::newRow("elsewhere: nothing runs here")
        << S::ProcessingElsewhere << QStringLiteral(":/icons/state-paused.svg");
    QTest::newRow("not signed in") << S::NotSignedIn << QStringLiteral(":/icons/state-not-signed-in.svg");
    QTest::newRow("error") << S::Error << QStringLiteral(":/icons/state-not-signed-in.svg");
    QTest::newRow("offline") << S::Offline << QStringLiteral(":/icons/state-offline.svg");
    QTest::newRow("cli missing") << S::CliNotFound << QStringLiteral(":/icons/state-cli-not-found.svg");
    QTest::newRow("stalled") << S::Stalled << QStringLiteral(":/icons/state-stalled.svg");
    QTest::newRow("unknown") << S::Unknown << QStringLiteral(":/icons/state-unknown.svg");
    QTest::newRow("sign-in rejected") << S::SignInRejected << QStringLiteral(":/icons/state-sign-in-rejected.svg");
    QTest::newRow("no hooks") << S::HooksNotInstalled << QStringLiteral(":/icons/state-hooks-not-installed.svg");
    QTest::newRow("broken hooks") << S::HooksBroken << QStringLiteral(":/icons/state-hooks-broken.svg");
    QTest::newRow("no events") << S::CaptureStalled << QStringLiteral(":/icons/state-capture-stalled.svg");
}

void TestStatusLook::icons()
{
    QFETCH(StatusModel::State, state);
    QFETCH(QString, icon);
    QCOMPARE(StatusLook::iconName(state), icon);
}

void TestStatusLook::everyStateHasACompiledInIcon()
{
    const QMetaEnum states = QMetaEnum::fromType<StatusModel::State>();
    for (int i = 0; i < states.keyCount(); ++i) {
        const QString icon = StatusLook::iconName(StatusModel::State(states.value(i)));
        QVERIFY2(QFile::exists(icon), qPrintable(QStringLiteral("%1: %2 missing").arg(states.key(i), icon)));
    }
}

namespace {
QImage rendered(StatusModel::State state, int px, qreal dpr)
{
    return QIcon(StatusLook::iconName(state)).pixmap(QSize(px, px), dpr).toImage();
}

// How the icons read in a panel: 16 and 22 px at 1x and 2x, on light and dark
// (build/screenshots/state-icons.png, one column per state in enum order).
void saveIconSheet(const QList<StatusModel::State> &states)
{
    QImage sheet(int(states.size()) * 100, 160, QImage::Format_ARGB32);
    QPainter p(&sheet);
    p.fillRect(0, 0, sheet.width(), 80, QColor(0xf0, 0xf0, 0xf0));
    p.fillRect(0, 80, sheet.width(), 80, QColor(0x20, 0x20, 0x20));
    for (int i = 0; i < states.size(); ++i) {
        for (int y : { 0, 80 }) {
            p.drawImage(i * 100 + 4, y + 4, rendered(states[i], 16, 1));
            p.drawImage(i * 100 + 28, y + 4, rendered(states[i], 22, 1));
            p.drawImage(i * 100 + 4, y + 32, rendered(states[i], 32, 1));
            p.drawImage(i * 100 + 44, y + 32, rendered(states[i], 44, 1));
        }
    }
    p.end();
    QDir().mkpath(QStringLiteral(OT_BINARY_DIR "/screenshots"));
    QVERIFY(sheet.save(QStringLiteral(OT_BINARY_DIR "/screenshots/state-icons.png")));
}
} // namespace

// The guard's state is a warning of its own (issue 14): not the user's pause
// sign in other words, and unlike every other state's image at tray sizes.
void TestStatusLook::pausedForLimitsHasItsOwnImage()
{
    using S = StatusModel::State;
    const QMetaEnum states = QMetaEnum::fromType<S>();
    QList<S> all;
    for (int i = 0; i < states.keyCount(); ++i)
        all << S(states.value(i));
    saveIconSheet(all);
    for (int px : { 16, 22 }) {
        for (qreal dpr : { 1.0, 2.0 }) {
            const QImage guard = rendered(S::PausedForLimits, px, dpr);
            QVERIFY(!guard.isNull());
            QVERIFY(guard.pixelColor(guard.width() / 2, guard.height() / 2).alpha() > 0); // drawn, not blank
            for (S other : all) {
                if (other != S::PausedForLimits)
                    QVERIFY2(rendered(other, px, dpr) != guard,
                        qPrintable(QStringLiteral("%1 px: looks like %2").arg(px).arg(states.valueToKey(int(other)))));
            }
        }
    }
}

void TestStatusLook::tooltipMatchesTheExample()
{
    m_model->setAuthState(auth(AuthState::SignedIn, QString()));
    ObservationCounts c;
    c.total = 1234;
    c.today = 56;
    c.queuePending = 3;
    m_model->setCounts(c);
    QCOMPARE(StatusLook::toolTip(*m_model),
        QStringLiteral("Observer Tray — signed in (Claude subscription) · 1,234 observations, 56 today · 3 queued"));
}

void TestStatusLook::processingElsewhereNamesTheHolder()
{
    m_model->setAuthState(auth(AuthState::NotSignedIn));
    m_model->setProcessingElsewhere(4242);
    QCOMPARE(StatusLook::stateText(*m_model), QStringLiteral("processing in another Observer Tray (pid 4242)"));
    m_model->setProcessingElsewhere(-1);
    QCOMPARE(StatusLook::stateText(*m_model), QStringLiteral("processing in another Observer Tray"));
    m_model->setProcessingElsewhere(0);
    QCOMPARE(StatusLook::stateText(*m_model), QStringLiteral("not signed in"));
}

void TestStatusLook::countsLeaveOutAnEmptyQueue()
{
    ObservationCounts c;
    c.total = 2;
    c.today = 1;
    m_model->setCounts(c);
    QCOMPARE(StatusLook::countsText(*m_model), QStringLiteral("2 observations, 1 today"));
    c.queueParked = 4;
    m_model->setCounts(c);
    QCOMPARE(StatusLook::countsText(*m_model), QStringLiteral("2 observations, 1 today · 4 parked"));
}

// Batching holds a turn's events until it ends: the count says so and by
// when at the latest, so "3 queued" does not read as stuck. Only while
// observing: otherwise the state says why they wait.
void TestStatusLook::heldBatchSaysUntilWhen()
{
    m_model->setAuthState(auth(AuthState::SignedIn, QString()));
    ObservationCounts c;
    c.total = 2;
    c.queuePending = 3;
    c.queueHeldUntil = QDateTime::currentMSecsSinceEpoch() + 60 * 1000;
    m_model->setCounts(c);
    const QString by
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.queueHeldUntil).time(), QLocale::ShortFormat);
    QCOMPARE(StatusLook::queuedText(*m_model), QStringLiteral("3 queued until their turn ends (by %1)").arg(by));
    QVERIFY2(StatusLook::toolTip(*m_model).endsWith(QStringLiteral("· 3 queued until their turn ends (by %1)").arg(by)),
        qPrintable(StatusLook::toolTip(*m_model)));
    m_model->setAuthState(auth(AuthState::NotSignedIn));
    QCOMPARE(StatusLook::queuedText(*m_model), QStringLiteral("3 queued"));
    m_model->setAuthState(auth(AuthState::SignedIn, QString()));
    c.queueHeldUntil = 0; // none held: sent, or being sent
    m_model->setCounts(c);
    QCOMPARE(StatusLook::queuedText(*m_model), QStringLiteral("3 queued"));
}

void TestStatusLook::captureStatesSayNothingIsRecorded()
{
    using S = StatusModel::State;
    m_model->setAuthState(auth(AuthState::SignedIn));
    m_model->setHooks(QStringLiteral("not_installed"), QStringLiteral("run observer-tray --install-hooks"));
    QCOMPARE(StatusLook::stateText(*m_model), QStringLiteral("Claude Code hooks not installed: nothing is recorded"));
    QVERIFY(StatusLook::toolTip(*m_model).contains(QStringLiteral("nothing is recorded")));
    m_model->setHooks(QStringLiteral("broken"), QString());
    QCOMPARE(StatusLook::stateText(*m_model), QStringLiteral("Claude Code hooks broken: nothing is recorded"));
    for (S s : { S::HooksNotInstalled, S::HooksBroken, S::CaptureStalled }) {
        QVERIFY(StatusLook::hooksFixHelps(s));
        QVERIFY(StatusLook::needsAttention(s));
        QVERIFY(StatusLook::iconName(s) != StatusLook::iconName(S::Observing));
    }
    QVERIFY(!StatusLook::hooksFixHelps(S::Observing));
    QVERIFY(!StatusLook::needsAttention(S::Observing));
}

void TestStatusLook::errorWordsHaveNoJson()
{
    AuthState error = auth(AuthState::Error);
    error.message = QStringLiteral(R"(API Error: 500 {"type":"error","error":{"message":"Overloaded"}})");
    m_model->setAuthState(error);
    QCOMPARE(StatusLook::stateText(*m_model), QStringLiteral("error: API Error: 500 — Overloaded"));
}

QTEST_MAIN(TestStatusLook) // a QGuiApplication: the icons are rendered
#include "tst_statuslook.moc"
