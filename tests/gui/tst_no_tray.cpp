// Some desktops have no system tray: the window opens at start and the app
// keeps working. (Offscreen platform: there is no tray at all.)
#include "core/platform/AppPaths.h"
#include "core/platform/Clock.h"
#include "core/status/StatusModel.h"
#include "gui/AppController.h"
#include "gui/MainWindow.h"
#include "gui/StatusLook.h"
#include "gui/TrayIcon.h"
#include "gui/WindowCloseGuard.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QtTest>

class TestNoTray : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void windowOpensWithoutATray();
    void secondTrayOnTheSameDataFolderStandsBy();
    void windowCarriesEveryTrayAction();
    void closingTheWindowQuitsSayingSoOnce();
    void notificationsGoToTheWindow();
};

void TestNoTray::windowOpensWithoutATray()
{
    for (const QString &dir : { AppPaths::dataDir(), AppPaths::runtimeDir() })
        QDir(dir).removeRecursively();
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
    AppController app;
    QVERIFY(app.start());
    QVERIFY(app.window()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(app.model()->auth().kind != AuthState::Unknown, 30000); // the app works on
    app.quit();
}

// A second tray the single-instance check cannot see (another runtime dir)
// on the same data folder: it processes nothing, says who does, and takes
// over when that one quits.
void TestNoTray::secondTrayOnTheSameDataFolderStandsBy()
{
    const QByteArray runtime = qgetenv("OBSERVER_TRAY_RUNTIME_DIR");
    AppController first;
    QVERIFY(first.start());
    QTRY_VERIFY_WITH_TIMEOUT(first.model()->auth().kind != AuthState::Unknown, 30000); // it holds the lock
    qputenv("OBSERVER_TRAY_RUNTIME_DIR", runtime + "-second");
    AppController second;
    QVERIFY(second.start());
    qputenv("OBSERVER_TRAY_RUNTIME_DIR", runtime);
    const QString elsewhere
        = QStringLiteral("processing in another Observer Tray (pid %1)").arg(QCoreApplication::applicationPid());
    QTRY_COMPARE_WITH_TIMEOUT(StatusLook::stateText(*second.model()), elsewhere, 10000);
    QCOMPARE(second.tray()->menu()->actions().constFirst()->text(), QStringLiteral("Status: ") + elsewhere);
    QVERIFY(!first.model()->processingElsewhere());

    first.quit();
    QTRY_VERIFY_WITH_TIMEOUT(!second.model()->processingElsewhere(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(second.model()->auth().kind != AuthState::Unknown, 30000); // now it works
    QVERIFY(!StatusLook::stateText(*second.model()).contains(QLatin1String("another")));
    second.quit();
}

namespace {
QList<QAction *> menuBarActions(QMainWindow *window)
{
    QList<QAction *> all;
    for (QAction *menu : window->menuBar()->actions())
        if (menu->menu())
            all << menu->menu()->actions();
    return all;
}

void setTold(bool told)
{
    QSettings(AppPaths::settingsPath(), QSettings::IniFormat).setValue(WindowCloseGuard::toldKey(), told);
}
} // namespace

// Issue 17, problem 3: without a tray, Settings, Install hooks, Observing and
// Quit existed only in the tray menu. The window's menu bar has them all.
void TestNoTray::windowCarriesEveryTrayAction()
{
    AppController app;
    QVERIFY(app.start());
    const QList<QAction *> inWindow = menuBarActions(app.window());
    TrayIcon *tray = app.tray();
    for (QAction *action : { tray->observingAction(), tray->checkAction(), tray->hideAction(), tray->hooksAction(),
             tray->settingsAction(), tray->setupAction(), tray->quitAction() })
        QVERIFY2(inWindow.contains(action), qPrintable(action->text()));
    // Everything the tray menu offers, except the lines that only inform and "Open" (the window is open).
    for (QAction *action : tray->menu()->actions()) {
        if (action->isSeparator() || (!action->isEnabled() && action != tray->hideAction())
            || action->text().startsWith(QStringLiteral("Open")))
            continue;
        QVERIFY2(inWindow.contains(action), qPrintable(action->text()));
    }
    app.quit();
}

// Closing the window without a tray left an invisible process. Now it quits,
// and the first time it says so.
void TestNoTray::closingTheWindowQuitsSayingSoOnce()
{
    setTold(false);
    for (bool firstTime : { true, false }) {
        AppController app;
        QVERIFY(app.start());
        QVERIFY(app.window()->isVisible());
        QString said;
        QTimer answer; // the box is modal: answer it as a person would
        connect(&answer, &QTimer::timeout, this, [&said] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                said = box->text();
                box->accept();
            }
        });
        answer.start(20);
        app.window()->close();
        QTRY_VERIFY_WITH_TIMEOUT(!app.window(), 10000); // quit: the window and the pipeline are gone
        if (firstTime)
            QVERIFY2(said.contains(QStringLiteral("no system tray")), qPrintable(said));
        else
            QVERIFY2(said.isEmpty(), qPrintable(said));
    }
}

void TestNoTray::notificationsGoToTheWindow()
{
    setTold(true);
    AppController app;
    QVERIFY(app.start());
    // At start the hooks were said missing; a minute later (never two within one), the refused login.
    const qint64 later = Clock::nowMs() + 61 * 1000;
    Clock::set([later] { return later; });
    AuthState rejected;
    rejected.kind = AuthState::SignInRejected;
    rejected.message = QStringLiteral(R"(API Error: 401 {"error":{"message":"Invalid bearer token"}})");
    app.model()->setAuthState(rejected);
    const QString shown = app.window()->statusBar()->currentMessage();
    QVERIFY2(shown.contains(QStringLiteral("Sign-in rejected"))
            && shown.contains(QStringLiteral("Invalid bearer token")) && !shown.contains(QLatin1Char('{')),
        qPrintable(shown));
    Clock::set({});
    app.quit();
}

QTEST_MAIN(TestNoTray)
#include "tst_no_tray.moc"
