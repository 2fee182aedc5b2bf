// Some desktops have no system tray: the window opens at start and the app
// keeps working. (Offscreen platform: there is no tray at all.)
#include "core/platform/AppPaths.h"
#include "core/status/StatusModel.h"
#include "gui/AppController.h"
#include "gui/MainWindow.h"
#include "gui/StatusLook.h"
#include "gui/TrayIcon.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QtTest>

class TestNoTray : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void windowOpensWithoutATray();
    void secondTrayOnTheSameDataFolderStandsBy();
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

QTEST_MAIN(TestNoTray)
#include "tst_no_tray.moc"
