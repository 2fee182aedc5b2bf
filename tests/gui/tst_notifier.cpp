// Desktop notifications only on transitions that need the user, never again
// while the state holds.
#include "core/platform/Clock.h"
#include "gui/Notifier.h"

#include <QtTest>

#include <memory>

class TestNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void notifiesOnlyOnTransitionsThatNeedTheUser();
    void standingBySaysNothing();
    void aRejectedLoginThatComesAndGoesIsSaidOnce();
    void neverTwoWithinAMinute();
    void captureProblemsAreSaid();
    void noRawJsonInTheBody();
    void cleanup();

private:
    void advance(qint64 ms) { m_now += ms; }
    qint64 m_now = 1'000'000'000'000;
    std::optional<Notifier::Message> update() { return m_notifier->update(m_model->state(), *m_model); }

    std::unique_ptr<StatusModel> m_model;
    std::unique_ptr<Notifier> m_notifier;
};

namespace {
AuthState auth(AuthState::Kind kind)
{
    AuthState s;
    s.kind = kind;
    s.credential = AuthState::ClaudeSubscription;
    s.subscription = QStringLiteral("max");
    s.message = QStringLiteral("m");
    s.hint = QStringLiteral("h");
    return s;
}
} // namespace

void TestNotifier::init()
{
    m_model = std::make_unique<StatusModel>();
    m_notifier = std::make_unique<Notifier>();
    Clock::set([this] { return m_now; });
}

void TestNotifier::cleanup()
{
    Clock::set({});
}

void TestNotifier::notifiesOnlyOnTransitionsThatNeedTheUser()
{
    m_model->setAuthState(auth(AuthState::SignedIn));
    QVERIFY(!update()); // starting signed in: nothing to say
    m_model->setAuthState(auth(AuthState::NotSignedIn));
    const auto first = update();
    QVERIFY(first);
    QVERIFY(first->warning);
    QCOMPARE(first->body, QStringLiteral("m\nh"));
    QVERIFY(!update()); // no repeat while the state holds
    QVERIFY(!update());
    advance(Notifier::kQuietMs);
    m_model->setAuthState(auth(AuthState::SignedIn));
    const auto again = update();
    QVERIFY(again);
    QVERIFY(!again->warning);
    m_model->setObserving(false);
    QVERIFY(!update()); // the user paused: they know
}

void TestNotifier::standingBySaysNothing()
{
    m_model->setAuthState(auth(AuthState::SignedIn));
    QVERIFY(!update());
    m_model->setProcessingElsewhere(42); // the other app notifies, not this one
    QVERIFY(!update());
    m_model->setProcessingElsewhere(0); // took over
    QVERIFY(!update());
}

// Issue 17, problem 2: a login the server refuses now and then (the CLI's
// answer says so at each turn) flipped the state every minute: 11
// notifications in 5 minutes. Now: the refusal once, the recovery once.
void TestNotifier::aRejectedLoginThatComesAndGoesIsSaidOnce()
{
    m_model->setAuthState(auth(AuthState::SignedIn));
    QVERIFY(!update());
    int said = 0;
    for (int minute = 0; minute < 5; ++minute) {
        advance(30 * 1000);
        m_model->setAuthState(auth(AuthState::SignInRejected));
        said += update() ? 1 : 0;
        advance(30 * 1000);
        m_model->setAuthState(auth(AuthState::SignedIn));
        said += update() ? 1 : 0;
    }
    QCOMPARE(said, 2);
    // A real change long after is said again.
    advance(Notifier::kRepeatMs);
    m_model->setAuthState(auth(AuthState::SignInRejected));
    const auto later = update();
    QVERIFY(later);
    QCOMPARE(later->title, QStringLiteral("Sign-in rejected"));
}

void TestNotifier::neverTwoWithinAMinute()
{
    m_model->setAuthState(auth(AuthState::NotSignedIn));
    QVERIFY(update());
    advance(Notifier::kQuietMs - 1);
    m_model->setAuthState(auth(AuthState::CliNotFound));
    QVERIFY(!update());
    advance(1);
    m_model->setAuthState(auth(AuthState::SignInRejected));
    QVERIFY(update());
}

void TestNotifier::captureProblemsAreSaid()
{
    m_model->setAuthState(auth(AuthState::SignedIn));
    m_model->setHooks(QStringLiteral("broken"), QStringLiteral("The hooks run /gone/observer-tray-hook"));
    const auto broken = update();
    QVERIFY(broken);
    QVERIFY(broken->warning);
    QCOMPARE(broken->body, QStringLiteral("The hooks run /gone/observer-tray-hook"));
    advance(Notifier::kQuietMs);
    m_model->setHooks(QStringLiteral("installed"), QString());
    m_model->setCaptureStalled(true, QStringLiteral("no event since"));
    const auto silent = update();
    QVERIFY(silent);
    QCOMPARE(silent->body, QStringLiteral("no event since"));
}

void TestNotifier::noRawJsonInTheBody()
{
    AuthState rejected = auth(AuthState::SignInRejected);
    rejected.message = QStringLiteral(
        R"(Failed to authenticate. API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"Invalid bearer token"}})");
    m_model->setAuthState(rejected);
    const auto message = update();
    QVERIFY(message);
    QVERIFY2(!message->body.contains(QLatin1Char('{')), qPrintable(message->body));
    QVERIFY(message->body.contains(QStringLiteral("Invalid bearer token")));
}

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
