// Installing hooks as a person does, with the real binaries, from each layout:
// the build tree (the README's command, from the repository root), an
// installed prefix (cmake --install) and OBSERVER_TRAY_HOOK_PATH. The hooks are
// then run exactly as settings.json says, through /bin/sh, like Claude Code.
#include "core/capture/HookInstaller.h"
#include "core/capture/ShellWord.h"
#include "core/platform/AppPaths.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kBuild = QStringLiteral(OT_BINARY_DIR);

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray kToolEvent = R"({"session_id":"s1","cwd":"/home/u/proj","hook_event_name":"PostToolUse",)"
                              R"("tool_name":"Read","tool_use_id":"toolu_1","tool_input":{"file_path":"/a"},)"
                              R"("tool_response":"ok"})";
} // namespace

class TestHookLocator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void buildTreeAsTheReadmeSays();
    void installedPrefix();
    void overridePath();
    void noHookProgramIsRefused();
    void hooksStatusSaysBroken();
    void repairsWhatTheOldInstallerWrote();
    void concurrentInstalls();
    void startPrintsTheInstallCommand_data();
    void startPrintsTheInstallCommand();

private:
    Run run(const QString &program, const QStringList &args, const QByteArray &stdinBytes = {});
    Run shell(const QString &commandLine, const QByteArray &stdinBytes = {});
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("claude/settings.json")); }
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    QString installedCommand(const QString &event) const;
    void recordsThroughTheShell();
    QString installPrefix();

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_env;
};

void TestHookLocator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_env = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "OBSERVER_TRAY_DATA_DIR", "OBSERVER_TRAY_HOOK_PATH" })
        m_env.remove(QString::fromLatin1(name));
    m_env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    m_env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), m_dir->filePath(QStringLiteral("claude")));
    m_env.insert(QStringLiteral("OBSERVER_TRAY_CONFIG_DIR"), m_dir->filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("OBSERVER_TRAY_RUNTIME_DIR"), m_dir->filePath(QStringLiteral("run")));
}

Run TestHookLocator::run(const QString &program, const QStringList &args, const QByteArray &stdinBytes)
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(program, args);
    p.waitForStarted();
    p.write(stdinBytes);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
        p.readAllStandardError() };
}

Run TestHookLocator::shell(const QString &commandLine, const QByteArray &stdinBytes)
{
    return run(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), commandLine }, stdinBytes);
}

QString TestHookLocator::installedCommand(const QString &event) const
{
    // hooks.<event>[0].hooks[0].command
    const QJsonObject settings = QJsonDocument::fromJson(read(settingsPath())).object();
    const QJsonObject group = settings[QStringLiteral("hooks")].toObject()[event].toArray().at(0).toObject();
    return group[QStringLiteral("hooks")].toArray().at(0).toObject()[QStringLiteral("command")].toString();
}

// The PostToolUse hook, run as settings.json says, exits 0 and leaves its event in the queue.
void TestHookLocator::recordsThroughTheShell()
{
    const Run hook = shell(installedCommand(QStringLiteral("PostToolUse")), kToolEvent);
    QVERIFY2(hook.exitCode == 0, hook.err.constData());
    AppPaths::setDataDirOverride(dataDir());
    Database db(AppPaths::databasePath());
    QVERIFY2(db.open(), qPrintable(db.error()));
    QCOMPARE(EventQueue(db.connection()).pendingCount(), 1);
    AppPaths::setDataDirOverride({});
}

QString TestHookLocator::installPrefix()
{
    const QString prefix = m_dir->filePath(QStringLiteral("prefix"));
    const Run install = run(
        QStringLiteral(OT_CMAKE_COMMAND), { QStringLiteral("--install"), kBuild, QStringLiteral("--prefix"), prefix });
    return install.exitCode == 0 ? prefix : QString();
}

void TestHookLocator::buildTreeAsTheReadmeSays()
{
    // From the folder that holds the build folder, with the README's relative path.
    const QFileInfo build(kBuild);
    const Run install = shell(QStringLiteral("cd '%1' && '%2'/app/gui/observer-tray --install-hooks --data-dir '%3'")
                                  .arg(build.absolutePath(), build.fileName(), dataDir()));
    QVERIFY2(install.exitCode == 0, install.err.constData());
    QCOMPARE(ShellWord::first(installedCommand(QStringLiteral("PostToolUse"))).value_or(QString()),
        QFileInfo(kBuild + QStringLiteral("/app/hook/observer-tray-hook")).canonicalFilePath());
    recordsThroughTheShell();
    const Run status = run(kBuild + QStringLiteral("/app/gui/observer-tray"),
        { QStringLiteral("--hooks-status"), QStringLiteral("--data-dir"), dataDir() });
    QVERIFY2(status.exitCode == 0, status.out.constData());
}

void TestHookLocator::installedPrefix()
{
    const QString prefix = installPrefix();
    QVERIFY(!prefix.isEmpty());
    const Run install = run(prefix + QStringLiteral("/bin/observer-tray"),
        { QStringLiteral("--install-hooks"), QStringLiteral("--data-dir"), dataDir() });
    QVERIFY2(install.exitCode == 0, install.err.constData());
    QCOMPARE(ShellWord::first(installedCommand(QStringLiteral("PostToolUse"))).value_or(QString()),
        prefix + QStringLiteral("/bin/observer-tray-hook"));
    recordsThroughTheShell();
}

void TestHookLocator::overridePath()
{
    const QString hook = m_dir->filePath(QStringLiteral("elsewhere/observer-tray-hook"));
    QDir().mkpath(QFileInfo(hook).absolutePath());
    QVERIFY(QFile::copy(kBuild + QStringLiteral("/app/hook/observer-tray-hook"), hook));
    m_env.insert(QStringLiteral("OBSERVER_TRAY_HOOK_PATH"), hook);
    const QString app = kBuild + QStringLiteral("/app/gui/observer-tray");
    const QStringList args { QStringLiteral("--install-hooks"), QStringLiteral("--data-dir"), dataDir() };
    const Run install = run(app, args);
    QVERIFY2(install.exitCode == 0, install.err.constData());
    QCOMPARE(ShellWord::first(installedCommand(QStringLiteral("PostToolUse"))).value_or(QString()), hook);
    recordsThroughTheShell();

    // An override that names nothing runnable is an error, not a reason to pick another hook.
    const QByteArray before = read(settingsPath());
    m_env.insert(
        QStringLiteral("OBSERVER_TRAY_HOOK_PATH"), m_dir->filePath(QStringLiteral("nowhere/observer-tray-hook")));
    const Run refused = run(app, args);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("nowhere/observer-tray-hook"), refused.err.constData());
    QCOMPARE(read(settingsPath()), before);
}

void TestHookLocator::noHookProgramIsRefused()
{
    // observer-tray alone, with no hook beside it and no build tree around it.
    const QString app = m_dir->filePath(QStringLiteral("lonely/bin/observer-tray"));
    QDir().mkpath(QFileInfo(app).absolutePath());
    QVERIFY(QFile::copy(kBuild + QStringLiteral("/app/gui/observer-tray"), app));
    const QByteArray user = "{\"model\": \"opus\"}\n";
    QVERIFY(write(settingsPath(), user));
    const Run r = run(app, { QStringLiteral("--install-hooks") });
    QCOMPARE(r.exitCode, 1);
    for (const QString &looked :
        { QStringLiteral("/lonely/bin/observer-tray-hook"), QStringLiteral("/lonely/hook/observer-tray-hook") })
        QVERIFY2(r.err.contains(looked.toUtf8()), r.err.constData());
    QCOMPARE(read(settingsPath()), user);
}

void TestHookLocator::hooksStatusSaysBroken()
{
    const QString prefix = installPrefix();
    QVERIFY(!prefix.isEmpty());
    const QString app = prefix + QStringLiteral("/bin/observer-tray");
    const QStringList dataArgs { QStringLiteral("--data-dir"), dataDir() };
    QCOMPARE(run(app, QStringList { QStringLiteral("--install-hooks") } + dataArgs).exitCode, 0);
    QCOMPARE(run(app, QStringList { QStringLiteral("--hooks-status") } + dataArgs).exitCode, 0);
    const QString hook = prefix + QStringLiteral("/bin/observer-tray-hook");
    QVERIFY(QFile::remove(hook));
    QCOMPARE(shell(installedCommand(QStringLiteral("Stop")), "{}").exitCode, 127); // what Claude Code would meet

    const Run status = run(app, QStringList { QStringLiteral("--hooks-status") } + dataArgs);
    QCOMPARE(status.exitCode, 3);
    const QJsonObject report = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("broken"));
    QVERIFY2(report.value(QStringLiteral("detail")).toString().contains(hook), status.out.constData());
}

void TestHookLocator::repairsWhatTheOldInstallerWrote()
{
    // Issue 13: the hooks pointed at build/app/gui/observer-tray-hook, which does not exist.
    const QString wrong = kBuild + QStringLiteral("/app/gui/observer-tray-hook");
    const QStringList dataArgs { QStringLiteral("--data-dir"), dataDir() };
    QVERIFY(HookInstaller(settingsPath(), wrong, dataArgs).install().ok);
    const QString app = kBuild + QStringLiteral("/app/gui/observer-tray");
    const Run status = run(app, QStringList { QStringLiteral("--hooks-status") } + dataArgs);
    QCOMPARE(status.exitCode, 3);
    QVERIFY2(QJsonDocument::fromJson(status.out).object().value(QStringLiteral("detail")).toString().contains(wrong),
        status.out.constData());
    QCOMPARE(run(app, QStringList { QStringLiteral("--install-hooks") } + dataArgs).exitCode, 0);
    QCOMPARE(run(app, QStringList { QStringLiteral("--hooks-status") } + dataArgs).exitCode, 0);
    QVERIFY(!read(settingsPath()).contains(wrong.toUtf8()));
    recordsThroughTheShell();
}

void TestHookLocator::concurrentInstalls()
{
    const QByteArray user = "{\"model\": \"opus\", \"hooks\": {\"Stop\": [{\"hooks\": [{\"type\": \"command\", "
                            "\"command\": \"say done\"}]}]}}\n";
    QVERIFY(write(settingsPath(), user));
    // Eight real processes at once, each for its own data folder.
    std::vector<std::unique_ptr<QProcess>> installs;
    for (int i = 0; i < 8; ++i) {
        installs.push_back(std::make_unique<QProcess>());
        installs.back()->setProcessEnvironment(m_env);
        installs.back()->start(kBuild + QStringLiteral("/app/gui/observer-tray"),
            { QStringLiteral("--install-hooks"), QStringLiteral("--data-dir"), dataDir() + QString::number(i) });
    }
    for (const auto &p : installs) {
        QVERIFY(p->waitForFinished(60000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    QJsonParseError error {};
    const QJsonObject after = QJsonDocument::fromJson(read(settingsPath()), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(after.value(QStringLiteral("model")).toString(), QStringLiteral("opus"));
    // Exactly one hook of ours per event (the last install's), and the user's beside it.
    const QJsonObject hooks = after.value(QStringLiteral("hooks")).toObject();
    for (const QString &event : { QStringLiteral("SessionStart"), QStringLiteral("UserPromptSubmit"),
             QStringLiteral("PostToolUse"), QStringLiteral("Stop"), QStringLiteral("SessionEnd") }) {
        const QByteArray text = QJsonDocument(hooks.value(event).toArray()).toJson();
        QCOMPARE(text.count("observer-tray-hook"), 1);
    }
    QVERIFY(QJsonDocument(hooks.value(QStringLiteral("Stop")).toArray()).toJson().contains("say done"));
    QCOMPARE(read(settingsPath() + QStringLiteral(".observer-tray.bak")), user);
}

void TestHookLocator::startPrintsTheInstallCommand_data()
{
    QTest::addColumn<QStringList>("mode");
    QTest::newRow("headless") << QStringList { QStringLiteral("--headless") };
    QTest::newRow("tray") << QStringList(); // the GUI start, on the offscreen platform
}

void TestHookLocator::startPrintsTheInstallCommand()
{
    QFETCH(QStringList, mode);
    const QString app = kBuild + QStringLiteral("/app/gui/observer-tray");
    QProcess p;
    m_env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin")); // no claude: nothing else to do
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(m_env);
    p.start(app, mode + QStringList { QStringLiteral("--data-dir"), dataDir() });
    QByteArray err;
    const QByteArray lead = "Claude Code hooks are not installed: run ";
    QTRY_VERIFY2_WITH_TIMEOUT(
        (err += p.readAllStandardError()).contains('\n' + lead) || err.startsWith(lead) || err.contains(": " + lead),
        err.constData(), 30000);
    p.kill();
    p.waitForFinished();
    const QByteArray line = err.mid(err.indexOf(lead)).split('\n').value(0);
    const QString command = QString::fromUtf8(line.mid(lead.size()));
    QCOMPARE(command, QFileInfo(app).canonicalFilePath() + QStringLiteral(" --install-hooks --data-dir ") + dataDir());
    // The line works exactly as printed.
    const Run install = shell(command);
    QVERIFY2(install.exitCode == 0, install.err.constData());
    QCOMPARE(run(app, { QStringLiteral("--hooks-status"), QStringLiteral("--data-dir"), dataDir() }).exitCode, 0);
    recordsThroughTheShell();
}

QTEST_GUILESS_MAIN(TestHookLocator)
#include "tst_hooklocator.moc"
