// The one rule for which state wins, as the tray and `--status` read it. How a
// state looks (icons, words) is tested beside the GUI (tst_statuslook).
#include "core/status/StatusModel.h"

#include <QMetaEnum>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

class TestStatusModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void winningState_data();
    void winningState();
    void stateCodesAreStableAndDistinct();
    void everySetterSaysChanged();
    void captureIsPartOfTheState_data();
    void captureIsPartOfTheState();

private:
    std::unique_ptr<StatusModel> m_model;
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

void TestStatusModel::init()
{
    m_model = std::make_unique<StatusModel>();
}

void TestStatusModel::winningState_data()
{
    using S = StatusModel::State;
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("observing");
    QTest::addColumn<bool>("stalled");
    QTest::addColumn<qint64>("elsewherePid");
    QTest::addColumn<S>("state");
    QTest::newRow("signed in") << int(AuthState::SignedIn) << true << false << 0ll << S::Observing;
    QTest::newRow("probably signed in") << int(AuthState::ProbablySignedIn) << true << false << 0ll << S::Observing;
    QTest::newRow("paused") << int(AuthState::SignedIn) << false << false << 0ll << S::Paused;
    QTest::newRow("not signed in") << int(AuthState::NotSignedIn) << true << false << 0ll << S::NotSignedIn;
    QTest::newRow("sign-in rejected") << int(AuthState::SignInRejected) << true << false << 0ll << S::SignInRejected;
    QTest::newRow("usage limited") << int(AuthState::UsageLimited) << true << false << 0ll << S::Offline;
    QTest::newRow("offline") << int(AuthState::Offline) << true << false << 0ll << S::Offline;
    QTest::newRow("cli missing") << int(AuthState::CliNotFound) << true << false << 0ll << S::CliNotFound;
    QTest::newRow("cli unsupported") << int(AuthState::CliUnsupported) << true << false << 0ll << S::Error;
    QTest::newRow("probe error") << int(AuthState::Error) << true << false << 0ll << S::Error;
    QTest::newRow("stalled") << int(AuthState::SignedIn) << true << true << 0ll << S::Stalled;
    QTest::newRow("unknown") << int(AuthState::Unknown) << true << false << 0ll << S::Unknown;
    // What wins when several hold.
    QTest::newRow("elsewhere beats not signed in")
        << int(AuthState::NotSignedIn) << true << false << 42ll << S::ProcessingElsewhere;
    QTest::newRow("elsewhere, pid unknown")
        << int(AuthState::SignedIn) << true << false << -1ll << S::ProcessingElsewhere;
    QTest::newRow("not signed in beats paused")
        << int(AuthState::NotSignedIn) << false << false << 0ll << S::NotSignedIn;
    QTest::newRow("cli missing beats paused") << int(AuthState::CliNotFound) << false << true << 0ll << S::CliNotFound;
    QTest::newRow("paused beats offline") << int(AuthState::Offline) << false << false << 0ll << S::Paused;
    QTest::newRow("paused beats stalled") << int(AuthState::SignedIn) << false << true << 0ll << S::Paused;
    QTest::newRow("offline beats stalled") << int(AuthState::UsageLimited) << true << true << 0ll << S::Offline;
}

void TestStatusModel::winningState()
{
    QFETCH(int, kind);
    QFETCH(bool, observing);
    QFETCH(bool, stalled);
    QFETCH(qint64, elsewherePid);
    QFETCH(StatusModel::State, state);
    m_model->setAuthState(auth(AuthState::Kind(kind)));
    m_model->setObserving(observing);
    m_model->setStalled(stalled, QStringLiteral("no blocks"));
    m_model->setProcessingElsewhere(elsewherePid);
    QCOMPARE(m_model->state(), state);
}

// Scripts read these (`--status` "trayState"); README lists them (tst_readme_table).
void TestStatusModel::stateCodesAreStableAndDistinct()
{
    using S = StatusModel::State;
    QCOMPARE(StatusModel::stateCode(S::Observing), QStringLiteral("observing"));
    QCOMPARE(StatusModel::stateCode(S::Paused), QStringLiteral("paused"));
    QCOMPARE(StatusModel::stateCode(S::ProcessingElsewhere), QStringLiteral("processing_elsewhere"));
    QCOMPARE(StatusModel::stateCode(S::NotSignedIn), QStringLiteral("not_signed_in"));
    QCOMPARE(StatusModel::stateCode(S::Offline), QStringLiteral("offline"));
    QCOMPARE(StatusModel::stateCode(S::CliNotFound), QStringLiteral("cli_not_found"));
    QCOMPARE(StatusModel::stateCode(S::Stalled), QStringLiteral("stalled"));
    QCOMPARE(StatusModel::stateCode(S::Error), QStringLiteral("error"));
    QCOMPARE(StatusModel::stateCode(S::Unknown), QStringLiteral("unknown"));
    QCOMPARE(StatusModel::stateCode(S::SignInRejected), QStringLiteral("sign_in_rejected"));
    QCOMPARE(StatusModel::stateCode(S::HooksNotInstalled), QStringLiteral("hooks_not_installed"));
    QCOMPARE(StatusModel::stateCode(S::HooksBroken), QStringLiteral("hooks_broken"));
    QCOMPARE(StatusModel::stateCode(S::CaptureStalled), QStringLiteral("capture_stalled"));
    const QMetaEnum states = QMetaEnum::fromType<S>();
    QSet<QString> codes;
    for (int i = 0; i < states.keyCount(); ++i)
        codes.insert(StatusModel::stateCode(S(states.value(i))));
    QCOMPARE(codes.size(), states.keyCount());
}

void TestStatusModel::everySetterSaysChanged()
{
    QSignalSpy changed(m_model.get(), &StatusModel::changed);
    m_model->setAuthState(auth(AuthState::SignedIn));
    m_model->setCli(CliInfo());
    m_model->setCounts(ObservationCounts());
    m_model->setObserving(false);
    m_model->setStalled(true, QStringLiteral("d"));
    m_model->setObserversRunning(2);
    m_model->setHooks(QStringLiteral("installed"), QString());
    m_model->setHideCandidates(1, 10);
    m_model->setProblem(QStringLiteral("p"));
    m_model->setProcessingElsewhere(7);
    m_model->setDataFolderWarning(QStringLiteral("w"));
    m_model->setCaptureStalled(true, QStringLiteral("s"));
    QCOMPARE(changed.count(), 12);
    QVERIFY(m_model->hooksInstalled());
    QCOMPARE(m_model->processingElsewherePid(), 7);
}

// Nothing recorded is never the green tick (issue 17, problem 1): hooks
// missing, broken or silent while sessions run each have a state of their own.
void TestStatusModel::captureIsPartOfTheState_data()
{
    using S = StatusModel::State;
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("observing");
    QTest::addColumn<QString>("hooks"); // HookInstaller::statusName, "" = not read yet
    QTest::addColumn<bool>("captureStalled");
    QTest::addColumn<S>("state");
    const int in = AuthState::SignedIn;
    QTest::newRow("first start, no hooks") << in << true << "not_installed" << false << S::HooksNotInstalled;
    QTest::newRow("outdated hooks") << in << true << "outdated" << false << S::HooksNotInstalled;
    QTest::newRow("broken hooks") << in << true << "broken" << false << S::HooksBroken;
    QTest::newRow("unreadable settings.json") << in << true << "unreadable" << false << S::HooksBroken;
    QTest::newRow("installed") << in << true << "installed" << false << S::Observing;
    QTest::newRow("not read yet") << in << true << "" << false << S::Observing;
    QTest::newRow("installed, no events") << in << true << "installed" << true << S::CaptureStalled;
    QTest::newRow("no hooks beats paused") << in << false << "not_installed" << false << S::HooksNotInstalled;
    QTest::newRow("silence beats paused") << in << false << "installed" << true << S::CaptureStalled;
    QTest::newRow("no hooks beats offline")
        << int(AuthState::Offline) << true << "not_installed" << false << S::HooksNotInstalled;
    QTest::newRow("unknown sign-in, no hooks")
        << int(AuthState::Unknown) << true << "not_installed" << false << S::HooksNotInstalled;
    QTest::newRow("not signed in beats no hooks")
        << int(AuthState::NotSignedIn) << true << "not_installed" << false << S::NotSignedIn;
    QTest::newRow("rejected beats broken hooks")
        << int(AuthState::SignInRejected) << true << "broken" << false << S::SignInRejected;
    QTest::newRow("cli missing beats no hooks")
        << int(AuthState::CliNotFound) << true << "not_installed" << false << S::CliNotFound;
    QTest::newRow("broken hooks: a stall is old news") << in << true << "broken" << true << S::HooksBroken;
}

void TestStatusModel::captureIsPartOfTheState()
{
    QFETCH(int, kind);
    QFETCH(bool, observing);
    QFETCH(QString, hooks);
    QFETCH(bool, captureStalled);
    QFETCH(StatusModel::State, state);
    m_model->setAuthState(auth(AuthState::Kind(kind)));
    m_model->setObserving(observing);
    m_model->setHooks(hooks, QStringLiteral("next step"));
    m_model->setCaptureStalled(captureStalled, QStringLiteral("detail"));
    QCOMPARE(m_model->state(), state);
}

QTEST_GUILESS_MAIN(TestStatusModel)
#include "tst_statusmodel.moc"
