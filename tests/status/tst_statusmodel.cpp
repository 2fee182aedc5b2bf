#include "core/status/StatusModel.h"
#include "gui/Notifier.h"

#include <QtTest>

class TestStatusModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void looks_data();
    void looks();
    void tooltipMatchesTheExample();
    void notifiesOnlyOnTransitionsThatNeedTheUser();
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

void TestStatusModel::looks_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("observing");
    QTest::addColumn<bool>("stalled");
    QTest::addColumn<QString>("icon");
    QTest::newRow("signed in") << int(AuthState::SignedIn) << true << false
                               << QStringLiteral(":/icons/state-observing.svg");
    QTest::newRow("paused") << int(AuthState::SignedIn) << false << false << QStringLiteral(":/icons/state-paused.svg");
    QTest::newRow("not signed in") << int(AuthState::NotSignedIn) << true << false
                                   << QStringLiteral(":/icons/state-not-signed-in.svg");
    QTest::newRow("sign-in rejected") << int(AuthState::SignInRejected) << true << false
                                      << QStringLiteral(":/icons/state-not-signed-in.svg");
    QTest::newRow("usage limited") << int(AuthState::UsageLimited) << true << false
                                   << QStringLiteral(":/icons/state-offline.svg");
    QTest::newRow("offline") << int(AuthState::Offline) << true << false << QStringLiteral(":/icons/state-offline.svg");
    QTest::newRow("cli missing") << int(AuthState::CliNotFound) << true << false
                                 << QStringLiteral(":/icons/state-cli-not-found.svg");
    QTest::newRow("stalled") << int(AuthState::SignedIn) << true << true << QStringLiteral(":/icons/state-stalled.svg");
    QTest::newRow("unknown") << int(AuthState::Unknown) << true << false << QStringLiteral(":/icons/state-unknown.svg");
}

void TestStatusModel::looks()
{
    QFETCH(int, kind);
    QFETCH(bool, observing);
    QFETCH(bool, stalled);
    QFETCH(QString, icon);
    StatusModel m;
    m.setAuthState(auth(AuthState::Kind(kind)));
    m.setObserving(observing);
    m.setStalled(stalled, QStringLiteral("no blocks"));
    QCOMPARE(StatusModel::iconName(m.look()), icon);
}

void TestStatusModel::tooltipMatchesTheExample()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    StatusModel m;
    m.setAuthState(auth(AuthState::SignedIn, QString()));
    ObservationCounts c;
    c.total = 1234;
    c.today = 56;
    c.queuePending = 3;
    m.setCounts(c);
    QCOMPARE(m.toolTip(),
        QStringLiteral("Observer Tray — signed in (Claude subscription) · 1,234 observations, 56 today · 3 queued"));
}

void TestStatusModel::notifiesOnlyOnTransitionsThatNeedTheUser()
{
    StatusModel m;
    Notifier n;
    m.setAuthState(auth(AuthState::SignedIn));
    QVERIFY(!n.update(m.look(), m)); // starting signed in: nothing to say
    m.setAuthState(auth(AuthState::NotSignedIn));
    const auto first = n.update(m.look(), m);
    QVERIFY(first);
    QVERIFY(first->warning);
    QVERIFY(!n.update(m.look(), m)); // no repeat while the state holds
    QVERIFY(!n.update(m.look(), m));
    m.setAuthState(auth(AuthState::SignedIn));
    const auto again = n.update(m.look(), m);
    QVERIFY(again);
    QVERIFY(!again->warning);
    m.setObserving(false);
    QVERIFY(!n.update(m.look(), m)); // the user paused: they know
}

QTEST_GUILESS_MAIN(TestStatusModel)
#include "tst_statusmodel.moc"
