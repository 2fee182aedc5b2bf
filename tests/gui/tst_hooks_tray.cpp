// The tray's "Install Claude Code hooks" installs exactly what
// `observer-tray --install-hooks` installs for the same data folder, and the
// tray reports what the command line installed; hooks that cannot run are
// shown as broken, with the path at fault (issue 13, section 1).
#include "core/platform/AppPaths.h"
#include "core/platform/Settings.h"
#include "core/status/StatusModel.h"
#include "gui/AppController.h"
#include "gui/MainWindow.h"
#include "gui/StatusPage.h"
#include "gui/TrayIcon.h"

#include <QAction>
#include <QProcess>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestHooksTray : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void trayInstallsWhatTheCommandLineInstalls();
    void trayShowsBrokenHooks();
    void firstStartWithoutHooksIsNotTheGreenTick();

private:
    // `observer-tray --data-dir X --install-hooks`, as a person runs it from the build tree.
    int cliInstall(const QString &claudeConfigDir, const QString &hookOverride = {});
    void useClaudeConfig(const QString &dir) { qputenv("CLAUDE_CONFIG_DIR", dir.toUtf8()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
};

void TestHooksTray::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_data = m_dir->filePath(QStringLiteral("data x"));
    // The tray started with --data-dir X (not the environment variable the test runner sets).
    qunsetenv("OBSERVER_TRAY_DATA_DIR");
    AppPaths::setDataDirOverride(m_data);
    // The test program has no hook beside it: point it at the one the CLI finds in the build tree.
    qputenv("OBSERVER_TRAY_HOOK_PATH",
        QFileInfo(QStringLiteral(OT_BINARY_DIR "/app/hook/observer-tray-hook")).canonicalFilePath().toUtf8());
}

void TestHooksTray::cleanup()
{
    AppPaths::setDataDirOverride({});
}

int TestHooksTray::cliInstall(const QString &claudeConfigDir, const QString &hookOverride)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OBSERVER_TRAY_HOOK_PATH"));
    if (!hookOverride.isEmpty())
        env.insert(QStringLiteral("OBSERVER_TRAY_HOOK_PATH"), hookOverride);
    env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), claudeConfigDir);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OT_BINARY_DIR "/app/gui/observer-tray"),
        { QStringLiteral("--data-dir"), m_data, QStringLiteral("--install-hooks") });
    return p.waitForFinished(60000) ? p.exitCode() : -1;
}

void TestHooksTray::trayInstallsWhatTheCommandLineInstalls()
{
    const QString byCli = m_dir->filePath(QStringLiteral("cli"));
    const QString byTray = m_dir->filePath(QStringLiteral("tray"));
    QCOMPARE(cliInstall(byCli), 0);
    useClaudeConfig(byCli);
    AppController app;
    QVERIFY(app.start());
    // Hooks the command line installed for this data folder are this tray's hooks.
    QCOMPARE(app.model()->hooksState(), QStringLiteral("installed"));
    QCOMPARE(app.tray()->hooksAction()->text(), QStringLiteral("Claude Code hooks installed"));
    QCOMPARE(app.window()->statusPage()->hooksLabelText(), QStringLiteral("installed"));

    // The menu item, on a machine without hooks: the same file, byte for byte.
    useClaudeConfig(byTray);
    app.tray()->hooksAction()->trigger();
    QCOMPARE(read(byTray + QStringLiteral("/settings.json")), read(byCli + QStringLiteral("/settings.json")));
    QVERIFY(read(byTray + QStringLiteral("/settings.json")).contains(m_data.toUtf8()));
    QCOMPARE(app.model()->hooksState(), QStringLiteral("installed"));
    app.quit();
}

void TestHooksTray::trayShowsBrokenHooks()
{
    // Installed with a hook program that is gone since (a moved build, a removed package).
    const QString gone = m_dir->filePath(QStringLiteral("gone/observer-tray-hook"));
    QDir().mkpath(QFileInfo(gone).absolutePath());
    QVERIFY(QFile::copy(QStringLiteral(OT_BINARY_DIR "/app/hook/observer-tray-hook"), gone));
    const QString config = m_dir->filePath(QStringLiteral("claude"));
    QCOMPARE(cliInstall(config, gone), 0);
    QVERIFY(QFile::remove(gone));
    useClaudeConfig(config);
    AppController app;
    QVERIFY(app.start());
    QCOMPARE(app.model()->hooksState(), QStringLiteral("broken"));
    QCOMPARE(app.tray()->hooksAction()->text(), QStringLiteral("Repair Claude Code hooks (broken)"));
    const QString shown = app.window()->statusPage()->hooksLabelText();
    QVERIFY2(shown.contains(gone) && shown.contains(QStringLiteral("--install-hooks")), qPrintable(shown));
    app.tray()->hooksAction()->trigger(); // repairs: points the hooks at the program that exists
    QCOMPARE(app.model()->hooksState(), QStringLiteral("installed"));
    QVERIFY(!read(config + QStringLiteral("/settings.json")).contains(gone.toUtf8()));
    app.quit();
}

// Issue 17, problem 1: signed in, no hooks: the icon was the green tick and
// nothing would ever be recorded. Now the state says so, the Status page
// offers the one-click fix, and an edit of settings.json outside the app is
// seen without a restart.
void TestHooksTray::firstStartWithoutHooksIsNotTheGreenTick()
{
    const QString config = m_dir->filePath(QStringLiteral("fresh claude"));
    QVERIFY(QDir().mkpath(config));
    useClaudeConfig(config);
    {
        Settings settings;
        settings.setClaudePath(QStringLiteral(OT_FAKE_CLAUDE)); // signed in
        settings.sync();
    }
    AppController app;
    QVERIFY(app.start());
    QTRY_VERIFY_WITH_TIMEOUT(app.model()->auth().canObserve(), 30000);
    QCOMPARE(app.model()->state(), StatusModel::State::HooksNotInstalled);
    QCOMPARE(app.tray()->iconName(), QStringLiteral(":/icons/state-hooks-not-installed.svg"));
    QVERIFY2(app.tray()->systemTrayIcon()->toolTip().contains(QStringLiteral("nothing is recorded")),
        qPrintable(app.tray()->systemTrayIcon()->toolTip()));
    QPushButton *fix = app.window()->statusPage()->installHooksButton();
    QVERIFY(!fix->isHidden()); // on the Status page (the window opened on the checklist)

    fix->click();
    QCOMPARE(app.model()->hooksState(), QStringLiteral("installed"));
    QCOMPARE(app.tray()->iconName(), QStringLiteral(":/icons/state-observing.svg"));
    QVERIFY(fix->isHidden());

    // Someone removes our hooks by hand (an atomic save, as editors do): seen without a restart.
    QFile edited(config + QStringLiteral("/settings.json.new"));
    QVERIFY(edited.open(QIODevice::WriteOnly));
    edited.write("{}\n");
    edited.close();
    QVERIFY(QFile::remove(config + QStringLiteral("/settings.json")));
    QVERIFY(edited.rename(config + QStringLiteral("/settings.json")));
    QTRY_COMPARE_WITH_TIMEOUT(app.model()->state(), StatusModel::State::HooksNotInstalled, 10000);
    app.quit();
    Settings settings;
    settings.setClaudePath(QString());
}

QTEST_MAIN(TestHooksTray)
#include "tst_hooks_tray.moc"
