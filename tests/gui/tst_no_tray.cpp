// Some desktops have no system tray: the window opens at start and the app
// keeps working. (Offscreen platform: there is no tray at all.)
#include "AppController.h"
#include "AppPaths.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "StatusModel.h"
#include "TrayIcon.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QtTest>

class TestNoTray : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void windowOpensWithoutATray();
    void secondInstanceAsksTheFirstToShowItself();
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

void TestNoTray::secondInstanceAsksTheFirstToShowItself()
{
    QDir(AppPaths::runtimeDir()).removeRecursively();
    SingleInstance first;
    QVERIFY(first.claim());
    QSignalSpy raise(&first, &SingleInstance::raiseRequested);
    SingleInstance second;
    QVERIFY(!second.claim()); // "already running"
    QVERIFY(raise.wait(5000));
}

QTEST_MAIN(TestNoTray)
#include "tst_no_tray.moc"
