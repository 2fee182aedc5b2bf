// The app on a real desktop panel (issue 17): X11 with xfce4-panel, whose
// systray is a StatusNotifierItem host (with-xfce-panel.sh). Checked over
// D-Bus as the panel sees it: the item's Title, its tooltip, its menu
// (dbusmenu), Activate opening the window, a state change reaching the
// tooltip, and a login the server rejects shown as its own state. Screenshots
// of the whole screen go to <build>/screenshots/.
#include "core/capture/AppHooks.h"
#include "core/platform/AppPaths.h"
#include "core/platform/Settings.h"
#include "core/status/StatusModel.h"
#include "core/store/Database.h"
#include "gui/AppController.h"
#include "gui/MainWindow.h"
#include "gui/TrayIcon.h"

#include <QAction>
#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QScreen>
#include <QSqlQuery>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

class TestDesktopTray : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void itemMenuActivationAndStateOverDBus();
    void windowComesBackWhenThePanelGoes();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
};

namespace {
// gdbus, without blocking this process's event loop: the item it asks about lives here.
QString gdbus(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels); // an error shows in the failure message
    p.start(QStringLiteral("gdbus"), args);
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 15000)
        QTest::qWait(20);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString dbusProperty(const QString &service, const QString &path, const QString &interface, const QString &name)
{
    return gdbus({ QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"), service,
        QStringLiteral("--object-path"), path, QStringLiteral("--method"),
        QStringLiteral("org.freedesktop.DBus.Properties.Get"), interface, name });
}

// "':1.7/StatusNotifierItem'" or "'org.kde.StatusNotifierItem-42-1'": service and path of the first item.
std::pair<QString, QString> firstItem()
{
    const QString list
        = dbusProperty(QStringLiteral("org.kde.StatusNotifierWatcher"), QStringLiteral("/StatusNotifierWatcher"),
            QStringLiteral("org.kde.StatusNotifierWatcher"), QStringLiteral("RegisteredStatusNotifierItems"));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("'([^'/]+)(/[^']*)?'")).match(list);
    if (!m.hasMatch())
        return {};
    return { m.captured(1), m.captured(2).isEmpty() ? QStringLiteral("/StatusNotifierItem") : m.captured(2) };
}

bool screenshot(const QString &name)
{
    QCoreApplication::processEvents();
    const QImage image = QGuiApplication::primaryScreen()->grabWindow(0).toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    const QString dir = QStringLiteral(OT_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return colours.size() > 16 && image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
} // namespace

void TestDesktopTray::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("Observer Tray")); // as main.cpp does
    for (const QString &dir : { AppPaths::dataDir(), AppPaths::configDir(), AppPaths::runtimeDir() })
        QDir(dir).removeRecursively();
    qputenv("CLAUDE_CONFIG_DIR", m_dir.filePath(QStringLiteral("claude")).toUtf8());
    QDir().mkpath(m_dir.filePath(QStringLiteral("claude")));
    qputenv("OBSERVER_TRAY_HOOK_PATH", OT_BINARY_DIR "/app/hook/observer-tray-hook");
    Settings settings;
    settings.setClaudePath(QStringLiteral(OT_FAKE_CLAUDE));
    settings.sync();
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
}

void TestDesktopTray::cleanupTestCase()
{
    qunsetenv("FAKE_CLAUDE_MODE");
}

void TestDesktopTray::itemMenuActivationAndStateOverDBus()
{
    AppController app;
    QVERIFY(app.start());
    std::pair<QString, QString> item;
    QTRY_VERIFY_WITH_TIMEOUT(!(item = firstItem()).first.isEmpty(), 15000);
    const auto [service, path] = item;
    const QString sni = QStringLiteral("org.kde.StatusNotifierItem");
    QVERIFY2(dbusProperty(service, path, sni, QStringLiteral("Title")).contains(QStringLiteral("'Observer Tray'")),
        qPrintable(dbusProperty(service, path, sni, QStringLiteral("Title"))));
    // First start: no hooks. The tooltip the panel shows says so; never the green tick.
    QTRY_VERIFY_WITH_TIMEOUT(app.model()->auth().canObserve(), 30000);
    QString tip = dbusProperty(service, path, sni, QStringLiteral("ToolTip"));
    QVERIFY2(tip.contains(QStringLiteral("nothing is recorded")), qPrintable(tip));

    // The menu over dbusmenu has everything.
    const QString menuPath = dbusProperty(service, path, sni, QStringLiteral("Menu")).section(QLatin1Char('\''), 1, 1);
    const QString layout = gdbus({ QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
        service, QStringLiteral("--object-path"), menuPath, QStringLiteral("--method"),
        QStringLiteral("com.canonical.dbusmenu.GetLayout"), QStringLiteral("0"), QStringLiteral("int32 -1"),
        QStringLiteral("@as []") });
    for (const char *label : { "Observing", "Check sign-in now", "Install Claude Code hooks", "Setup…", "Quit" })
        QVERIFY2(
            layout.contains(QString::fromUtf8(label)), qPrintable(menuPath + QStringLiteral(": ") + layout.left(400)));

    // Activate (a left click in the panel) opens the window.
    app.window()->hide();
    gdbus({ QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"), service,
        QStringLiteral("--object-path"), path, QStringLiteral("--method"), sni + QStringLiteral(".Activate"),
        QStringLiteral("0"), QStringLiteral("0") });
    QTRY_VERIFY_WITH_TIMEOUT(app.window()->isVisible(), 10000);
    QVERIFY(screenshot(QStringLiteral("desktop-xfce-first-start")));

    // Install the hooks from the menu: the state changes, and the panel sees it.
    app.tray()->hooksAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        dbusProperty(service, path, sni, QStringLiteral("ToolTip")).contains(QStringLiteral("signed in")), 10000);

    // A login the server rejects, as AuthMonitor reports it (how each CLI version shows a
    // 401 is the CLI-matrix work): its own state, the CLI's sentence without its JSON.
    AuthState rejected = app.model()->auth();
    rejected.kind = AuthState::SignInRejected;
    rejected.message = QStringLiteral(
        R"(Failed to authenticate. API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"OAuth token has expired."}})");
    rejected.hint = QStringLiteral("run `claude auth login` in a terminal, then press Check sign-in now");
    rejected.detail = rejected.message;
    app.model()->setAuthState(rejected);
    QCOMPARE(app.model()->state(), StatusModel::State::SignInRejected);
    tip = dbusProperty(service, path, sni, QStringLiteral("ToolTip"));
    QVERIFY2(tip.contains(QStringLiteral("rejected")) && !tip.contains(QStringLiteral("{\\\"")), qPrintable(tip));
    app.openWindow();
    app.window()->tabs()->setCurrentWidget(app.window()->tabs()->widget(app.window()->tabs()->count() - 3));
    QVERIFY(screenshot(QStringLiteral("desktop-xfce-sign-in-rejected")));
    app.quit();
}

// The panel quits (a crash, a session change): the window comes back, so the
// app never runs unseen.
void TestDesktopTray::windowComesBackWhenThePanelGoes()
{
    {
        // Set up before (hooks installed by the test above, one observation): no checklist, no window.
        Database db(AppPaths::databasePath());
        QVERIFY(db.open());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO observations(user_session_id, project, type, title, narrative, "
                                      "created_at, content_hash) VALUES ('s', '/p', 'bugfix', 't', 'n', 1, 'h')")));
    }
    AppController app;
    QVERIFY(app.start());
    QVERIFY(app.model()->hooksInstalled());
    QTRY_VERIFY_WITH_TIMEOUT(!firstItem().first.isEmpty(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(app.model()->counts().total, 1, 10000);
    QVERIFY(!app.window()->isVisible()); // the tray is the app
    const qint64 panel = qEnvironmentVariableIntValue("OT_PANEL_PID");
    QVERIFY(panel > 0);
    QVERIFY(::kill(pid_t(panel), SIGTERM) == 0);
    QTRY_VERIFY_WITH_TIMEOUT(app.window()->isVisible(), 15000);
    app.quit();
}

QTEST_MAIN(TestDesktopTray)
#include "tst_desktop_tray.moc"
