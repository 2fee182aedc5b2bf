// The tray app under a real X display with a real tray host (trayer), run by
// with-tray-host.sh. Screenshots of what a person sees go to
// <build>/screenshots/ (tray menu, each window page, German menu).
#include "TestEnv.h"
#include "core/capture/AppHooks.h"
#include "core/platform/AppPaths.h"
#include "core/platform/Settings.h"
#include "core/queue/EventQueue.h"
#include "core/status/StatusModel.h"
#include "core/store/Database.h"
#include "gui/AppController.h"
#include "gui/HiddenSessionsPage.h"
#include "gui/MainWindow.h"
#include "gui/ObservationsModel.h"
#include "gui/ObservationsPage.h"
#include "gui/StatusPage.h"
#include "gui/TrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QScreen>
#include <QSqlQuery>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTranslator>
#include <QtTest>

#include <unistd.h>

namespace {
QString shotPath(const QString &name)
{
    const QString dir = QStringLiteral(OT_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name + QStringLiteral(".png");
}

bool screenshot(const QString &name)
{
    QCoreApplication::processEvents();
    return QGuiApplication::primaryScreen()->grabWindow(0).save(shotPath(name));
}

void seed(int observations, int queued)
{
    Database db(AppPaths::databasePath());
    QVERIFY(db.open());
    QSqlDatabase c = db.connection();
    c.transaction();
    QSqlQuery q(c);
    q.prepare(QStringLiteral(
        "INSERT INTO observations(user_session_id, project, type, title, narrative, created_at, content_hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QStringList projects { QStringLiteral("/home/u/webshop"), QStringLiteral("/home/u/observer-tray"),
        QStringLiteral("/home/u/notes") };
    const QStringList types { QStringLiteral("bugfix"), QStringLiteral("decision"), QStringLiteral("discovery") };
    for (int i = 0; i < observations; ++i) {
        q.addBindValue(QStringLiteral("s%1").arg(i / 10));
        q.addBindValue(projects[i % 3]);
        q.addBindValue(types[i % 3]);
        q.addBindValue(i % 2 ? QStringLiteral("Fixed pagination bug in checkout %1").arg(i)
                             : QStringLiteral("Chose WAL mode for the queue %1").arg(i));
        q.addBindValue(QStringLiteral("What happened and why it matters, number %1.").arg(i));
        q.addBindValue(now - qint64(observations - i) * 60000); // stored oldest first, as in life
        q.addBindValue(QStringLiteral("hash-%1").arg(i));
        QVERIFY(q.exec());
    }
    c.commit();
    EventQueue queue(c);
    QString error;
    for (int i = 0; i < queued; ++i)
        QVERIFY(queue.enqueue({ 0, QStringLiteral("live-session"), QStringLiteral("post-tool-use"),
                                  QStringLiteral("/home/u/webshop"), R"({"tool_name":"Read"})", now, 0, {} },
            &error));
}
} // namespace

class TestTrayGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void iconAndTooltipFollowTheState_data();
    void iconAndTooltipFollowTheState();
    void appShowsCountsAndToggleStopsObservers();
    void germanMenu();
};

void TestTrayGui::initTestCase()
{
    // A fresh user each run: no database, settings or lock from a previous one.
    for (const QString &dir : { AppPaths::dataDir(), AppPaths::configDir(), AppPaths::runtimeDir() })
        QDir(dir).removeRecursively();
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTrayGui::iconAndTooltipFollowTheState_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("observing");
    QTest::addColumn<QString>("icon");
    QTest::addColumn<QString>("words");
    QTest::newRow("signed in") << int(AuthState::SignedIn) << true << QStringLiteral(":/icons/state-observing.svg")
                               << QStringLiteral("signed in (Claude subscription (max))");
    QTest::newRow("paused") << int(AuthState::SignedIn) << false << QStringLiteral(":/icons/state-paused.svg")
                            << QStringLiteral("paused");
    QTest::newRow("not signed in") << int(AuthState::NotSignedIn) << true
                                   << QStringLiteral(":/icons/state-not-signed-in.svg")
                                   << QStringLiteral("not signed in");
    QTest::newRow("offline") << int(AuthState::Offline) << true << QStringLiteral(":/icons/state-offline.svg")
                             << QStringLiteral("offline");
    QTest::newRow("cli not found") << int(AuthState::CliNotFound) << true
                                   << QStringLiteral(":/icons/state-cli-not-found.svg")
                                   << QStringLiteral("CLI not found");
}

void TestTrayGui::iconAndTooltipFollowTheState()
{
    QFETCH(int, kind);
    QFETCH(bool, observing);
    QFETCH(QString, icon);
    QFETCH(QString, words);
    StatusModel model;
    TrayIcon tray(&model);
    AuthState s;
    s.kind = AuthState::Kind(kind);
    s.credential = AuthState::ClaudeSubscription;
    s.subscription = QStringLiteral("max");
    model.setAuthState(s);
    model.setObserving(observing);
    QCOMPARE(tray.iconName(), icon);
    QVERIFY(!tray.systemTrayIcon()->icon().isNull());
    QVERIFY2(tray.systemTrayIcon()->toolTip().contains(words), qPrintable(tray.systemTrayIcon()->toolTip()));
    QVERIFY(tray.systemTrayIcon()->toolTip().startsWith(QStringLiteral("Observer Tray — ")));
    // Embedded in the real tray host: it has a place on screen.
    QTRY_VERIFY_WITH_TIMEOUT(tray.systemTrayIcon()->geometry().isValid(), 10000);
    screenshot(QStringLiteral("tray-")
        + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
}

void TestTrayGui::appShowsCountsAndToggleStopsObservers()
{
    seed(1234, 1);
    // A user who installed the hooks (without them the tray says "nothing is recorded", not "observing").
    qputenv("OBSERVER_TRAY_HOOK_PATH", OT_BINARY_DIR "/app/hook/observer-tray-hook");
    QVERIFY(AppHooks::install().ok);
    Settings settings;
    settings.setClaudePath(QStringLiteral(OT_FAKE_CLAUDE));
    settings.setObserveImmediately(true); // the seeded event goes now, not in 90 s with its batch
    settings.sync();
    qputenv("FAKE_CLAUDE_MODE", "hang"); // an observer that stays busy, so it can be seen running
    {
        AppController app;
        QVERIFY(app.start());
        StatusModel *model = app.model();
        QTRY_COMPARE_WITH_TIMEOUT(model->auth().kind, AuthState::SignedIn, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->observersRunning(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->counts().total, 1234, 10000);
        QVERIFY(app.tray()->systemTrayIcon()->toolTip().contains(QStringLiteral("1,234 observations")));

        // The menu, as a person opens it.
        QMenu *menu = app.tray()->menu();
        QTRY_VERIFY_WITH_TIMEOUT(app.tray()->systemTrayIcon()->geometry().isValid(), 10000);
        menu->popup(app.tray()->systemTrayIcon()->geometry().bottomLeft());
        QTRY_VERIFY(menu->isVisible());
        QVERIFY(screenshot(QStringLiteral("menu")));
        menu->hide();

        // "Observing" off: observers stop, the event stays queued.
        QAction *observing = app.tray()->observingAction();
        QVERIFY(observing->isChecked());
        observing->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->observersRunning(), 0, 15000);
        QCOMPARE(model->state(), StatusModel::State::Paused);
        QCOMPARE(app.tray()->iconName(), QStringLiteral(":/icons/state-paused.svg"));
        QTRY_COMPARE_WITH_TIMEOUT(model->counts().queuePending, 1, 10000);
        QTRY_VERIFY(!Settings().observing()); // remembered across restarts
        // On again: the observer comes back for the queued event.
        observing->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->observersRunning(), 1, 15000);

        // The window shows the seeded database.
        app.openWindow();
        MainWindow *window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY(window->statusPage()->countsLabelText().contains(QStringLiteral("1,234 observations")));
        QVERIFY(screenshot(QStringLiteral("window-status")));
        window->tabs()->setCurrentIndex(1);
        ObservationsModel *observations = window->observationsPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(observations->rowCount() >= ObservationsModel::kPageSize, 10000);
        QVERIFY(observations->rowCount() < 1234); // fetched lazily, a page at a time
        QCOMPARE(observations->observation(0).title,
            QStringLiteral("Fixed pagination bug in checkout 1233")); // newest first
        QVERIFY(screenshot(QStringLiteral("window-observations")));
        window->tabs()->setCurrentIndex(2);
        QVERIFY(screenshot(QStringLiteral("window-hidden-sessions")));
        // With a tray, closing the window hides it there; the app keeps observing.
        window->close();
        QVERIFY(!window->isVisible());
        QCOMPARE(app.window(), window);
        QCOMPARE(model->observersRunning(), 1);
        app.quit();
    }
    qunsetenv("FAKE_CLAUDE_MODE");
    // Quitting stopped every observer's process group.
    QTRY_COMPARE_WITH_TIMEOUT(TestEnv::descendantsOf(::getpid()).size(), 0, 10000);
}

void TestTrayGui::germanMenu()
{
    QTranslator translator;
    QVERIFY(translator.load(
        QLocale(QLocale::German), QStringLiteral("observer-tray"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::German));
    StatusModel model;
    TrayIcon tray(&model);
    AuthState s;
    s.kind = AuthState::NotSignedIn;
    model.setAuthState(s);
    QCOMPARE(tray.observingAction()->text(), QStringLiteral("Beobachten"));
    QVERIFY(tray.systemTrayIcon()->toolTip().contains(QStringLiteral("nicht angemeldet")));
    QTRY_VERIFY_WITH_TIMEOUT(tray.systemTrayIcon()->geometry().isValid(), 10000);
    tray.menu()->popup(tray.systemTrayIcon()->geometry().bottomLeft());
    QTRY_VERIFY(tray.menu()->isVisible());
    QVERIFY(screenshot(QStringLiteral("menu-de")));
    tray.menu()->hide();
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(TestTrayGui)
#include "tst_tray_gui.moc"
