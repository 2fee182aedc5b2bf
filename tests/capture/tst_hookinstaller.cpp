#include "core/capture/HookInstaller.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace {
QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QJsonObject json(const QString &path)
{
    return QJsonDocument::fromJson(read(path)).object();
}

const QByteArray kOtherHooks
    = "{\n"
      "  \"model\": \"opus\",\n"
      "  \"permissions\": {\"allow\": [\"Bash(npm test:*)\"]},\n"
      "  \"someFutureKey\": {\"nested\": [1, 2, {\"x\": null}]},\n"
      "  \"hooks\": {\n"
      "    \"PostToolUse\": [\n"
      "      {\"matcher\": \"Edit|Write\", \"hooks\": [{\"type\": \"command\", \"command\": \"prettier --write "
      "\\\"$FILE\\\"\", \"timeout\": 30}]}\n"
      "    ],\n"
      "    \"Notification\": [{\"hooks\": [{\"type\": \"command\", \"command\": \"notify-send claude\"}]}]\n"
      "  }\n"
      "}\n";
} // namespace

class TestHookInstaller : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void installsIntoMissingFile();
    void keepsEverythingElse();
    void idempotent();
    void uninstallRemovesOnlyOurs();
    void detectsOutdatedPath();
    void invalidJsonIsRefusedUntouched();
    void unreadableFileIsRefusedUntouched();
    void quotesHostilePaths();
    void duplicatesOfOursAreDropped();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settings;
    QString m_hook; // a real executable, in a folder with a space
};

void TestHookInstaller::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = m_dir->filePath(QStringLiteral("claude/settings.json"));
    m_hook = m_dir->filePath(QStringLiteral("observer tray/bin/observer-tray-hook"));
    QDir().mkpath(QFileInfo(m_hook).absolutePath());
    write(m_hook, "#!/bin/sh\nexit 0\n");
    QFile::setPermissions(m_hook, QFile::permissions(m_hook) | QFileDevice::ExeOwner);
}

void TestHookInstaller::installsIntoMissingFile()
{
    HookInstaller installer(m_settings, m_hook);
    QCOMPARE(installer.status(), HookInstaller::Status::NotInstalled);
    const auto r = installer.install();
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(installer.status(), HookInstaller::Status::Installed);
    const QJsonObject hooks = json(m_settings).value(QStringLiteral("hooks")).toObject();
    for (const QString &event : HookInstaller::events())
        QVERIFY2(hooks.contains(event), qPrintable(event));
    QCOMPARE(hooks.value(QStringLiteral("PostToolUse"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("matcher"))
                 .toString(),
        QStringLiteral("*"));
}

void TestHookInstaller::keepsEverythingElse()
{
    QDir().mkpath(QFileInfo(m_settings).absolutePath());
    write(m_settings, kOtherHooks);
    const QJsonObject before = json(m_settings);
    HookInstaller installer(m_settings, m_hook);
    QVERIFY(installer.install().ok);
    const QJsonObject after = json(m_settings);
    for (const QString &key :
        { QStringLiteral("model"), QStringLiteral("permissions"), QStringLiteral("someFutureKey") })
        QCOMPARE(after.value(key), before.value(key));
    const QJsonObject hooks = after.value(QStringLiteral("hooks")).toObject();
    QCOMPARE(hooks.value(QStringLiteral("Notification")),
        before.value(QStringLiteral("hooks")).toObject().value(QStringLiteral("Notification")));
    const QJsonArray post = hooks.value(QStringLiteral("PostToolUse")).toArray();
    QCOMPARE(post.size(), 2);
    QCOMPARE(post.at(0),
        before.value(QStringLiteral("hooks")).toObject().value(QStringLiteral("PostToolUse")).toArray().at(0));
    QCOMPARE(read(m_settings + QStringLiteral(".observer-tray.bak")), kOtherHooks); // backup of the previous file
}

void TestHookInstaller::idempotent()
{
    HookInstaller installer(m_settings, m_hook);
    QVERIFY(installer.install().ok);
    const QByteArray first = read(m_settings);
    const auto again = installer.install();
    QVERIFY(again.ok);
    QVERIFY(!again.changed);
    QCOMPARE(read(m_settings), first);
}

void TestHookInstaller::uninstallRemovesOnlyOurs()
{
    QDir().mkpath(QFileInfo(m_settings).absolutePath());
    write(m_settings, kOtherHooks);
    const QJsonObject before = json(m_settings);
    HookInstaller installer(m_settings, m_hook);
    QVERIFY(installer.install().ok);
    QVERIFY(installer.uninstall().ok);
    QCOMPARE(json(m_settings), before);
    QCOMPARE(installer.status(), HookInstaller::Status::NotInstalled);
}

void TestHookInstaller::detectsOutdatedPath()
{
    // Another hook program that still runs (an older build elsewhere): outdated, not broken.
    const QString old = m_dir->filePath(QStringLiteral("old/place/observer-tray-hook"));
    QDir().mkpath(QFileInfo(old).absolutePath());
    QVERIFY(QFile::copy(m_hook, old));
    QVERIFY(HookInstaller(m_settings, old).install().ok);
    HookInstaller current(m_settings, m_hook);
    QCOMPARE(current.status(), HookInstaller::Status::Outdated);
    QVERIFY(current.install().ok);
    QCOMPARE(current.status(), HookInstaller::Status::Installed);
    QVERIFY(!read(m_settings).contains("/old/place"));
    // The same program with another data folder is outdated too: its events go elsewhere.
    QCOMPARE(HookInstaller(m_settings, m_hook, { QStringLiteral("--data-dir"), QStringLiteral("/x") }).status(),
        HookInstaller::Status::Outdated);
}

void TestHookInstaller::invalidJsonIsRefusedUntouched()
{
    QDir().mkpath(QFileInfo(m_settings).absolutePath());
    const QByteArray broken = "{ \"model\": \"opus\", // a comment Claude Code would choke on\n";
    write(m_settings, broken);
    HookInstaller installer(m_settings, m_hook);
    const auto r = installer.install();
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(QStringLiteral("not valid JSON"))
            && r.message.contains(QStringLiteral("Nothing was changed")),
        qPrintable(r.message));
    QCOMPARE(read(m_settings), broken);
    QVERIFY(!installer.uninstall().ok);
    QCOMPARE(read(m_settings), broken);
    QCOMPARE(installer.status(), HookInstaller::Status::Unreadable);
}

void TestHookInstaller::unreadableFileIsRefusedUntouched()
{
    QDir().mkpath(QFileInfo(m_settings).absolutePath());
    write(m_settings, kOtherHooks);
    // Read-only file: our atomic write must fail cleanly, leaving it as it was.
    // As root, file modes do not stop us; a read-only folder does not either,
    // so make the path a folder's worth of trouble: settings.json is a directory.
    const QString asDir = m_dir->filePath(QStringLiteral("other/settings.json"));
    QDir().mkpath(asDir);
    const auto r = HookInstaller(asDir, m_hook).install();
    QVERIFY(!r.ok);
    QVERIFY(r.message.contains(QStringLiteral("Nothing was changed")));
    QVERIFY(QFileInfo(asDir).isDir());
    if (::geteuid() != 0) {
        QFile::setPermissions(m_settings, QFileDevice::ReadOwner);
        QVERIFY(!HookInstaller(m_settings, m_hook).install().ok);
        QCOMPARE(read(m_settings), kOtherHooks);
    }
}

void TestHookInstaller::quotesHostilePaths()
{
    const QString hostile = QStringLiteral("/tmp/it's $(touch pwned) `x`/observer-tray-hook");
    HookInstaller installer(m_settings, hostile, { QStringLiteral("--data-dir"), QStringLiteral("/d ir") });
    const QString command = installer.commandFor(QStringLiteral("PostToolUse"));
    QCOMPARE(command,
        QStringLiteral("'/tmp/it'\\''s $(touch pwned) `x`/observer-tray-hook' '--data-dir' '/d ir' post-tool-use"));
    // The shell must see exactly one program path.
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), QStringLiteral("printf '%s\\n' ") + command });
    QVERIFY(sh.waitForFinished());
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()).split(QLatin1Char('\n')).value(0), hostile);
}

// Two of ours for one event (two installs merged by hand, an old copy): one
// stays, updated in place; a group that held only a duplicate goes, a group
// shared with the user's hook keeps the user's.
void TestHookInstaller::duplicatesOfOursAreDropped()
{
    const QByteArray ours = HookInstaller::shellQuote(QStringLiteral("/old/observer-tray-hook")).toUtf8();
    QDir().mkpath(QFileInfo(m_settings).absolutePath());
    write(m_settings,
        "{\"hooks\": {\"Stop\": [{\"hooks\": [{\"type\": \"command\", \"command\": \"" + ours
            + " stop\"}]},"
              "{\"hooks\": [{\"type\": \"command\", \"command\": \""
            + ours
            + " stop\"}]},"
              "{\"hooks\": [{\"type\": \"command\", \"command\": \"user-script\"},"
              "{\"type\": \"command\", \"command\": \""
            + ours + " stop\"}]}]}}");
    HookInstaller installer(m_settings, m_hook);
    const auto r = installer.install();
    QVERIFY2(r.ok && r.changed, qPrintable(r.message));
    const QJsonArray stop
        = json(m_settings).value(QStringLiteral("hooks")).toObject().value(QStringLiteral("Stop")).toArray();
    QCOMPARE(stop.size(), 2);
    const QJsonArray first = stop.at(0).toObject().value(QStringLiteral("hooks")).toArray();
    QCOMPARE(first.at(0).toObject().value(QStringLiteral("command")).toString(),
        installer.commandFor(QStringLiteral("Stop")));
    const QJsonArray shared = stop.at(1).toObject().value(QStringLiteral("hooks")).toArray();
    QCOMPARE(shared.size(), 1);
    QCOMPARE(shared.at(0).toObject().value(QStringLiteral("command")).toString(), QStringLiteral("user-script"));
    QCOMPARE(installer.status(), HookInstaller::Status::Installed);
}

QTEST_GUILESS_MAIN(TestHookInstaller)
#include "tst_hookinstaller.moc"
