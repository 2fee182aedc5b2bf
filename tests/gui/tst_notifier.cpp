// Desktop notifications only on transitions that need the user, never again
// while the state holds.
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

private:
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

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
