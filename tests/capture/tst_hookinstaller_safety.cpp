// The installer never destroys a user's hooks or settings (issue 13, section 2):
// ownership by the program a hook runs, unexpected shapes kept, the first
// backup kept, key order kept, and hooks that cannot run reported as broken.
#include "core/capture/HookInstaller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QJsonObject json(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QStringList commands(const QJsonObject &settings, const QString &event)
{
    QStringList out;
    for (const QJsonValue &g : settings.value(QStringLiteral("hooks")).toObject().value(event).toArray())
        for (const QJsonValue &h : g.toObject().value(QStringLiteral("hooks")).toArray())
            out << h.toObject().value(QStringLiteral("command")).toString();
    return out;
}
} // namespace

class TestHookInstallerSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void ownsHooksByTheProgramTheyRun();
    void recognisesOurHookHoweverQuoted_data();
    void recognisesOurHookHoweverQuoted();
    void unexpectedShapesAreKept_data();
    void unexpectedShapesAreKept();
    void backupKeepsTheFirstOriginal();
    void keepsKeyOrderAndNumbers();
    void brokenWhenTheProgramCannotRun();
    void uninstallGivesBackWhatTheUserHad_data();
    void uninstallGivesBackWhatTheUserHad();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_settings;
    QString m_hook; // a real executable, in a folder with a space
};

void TestHookInstallerSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = m_dir->filePath(QStringLiteral("claude/settings.json"));
    m_hook = m_dir->filePath(QStringLiteral("observer tray/bin/observer-tray-hook"));
    QVERIFY(write(m_hook, "#!/bin/sh\nexit 0\n"));
    QFile::setPermissions(m_hook, QFile::permissions(m_hook) | QFileDevice::ExeOwner);
}

void TestHookInstallerSafety::ownsHooksByTheProgramTheyRun()
{
    // Each mentions observer-tray-hook; none runs it.
    const QByteArray user = R"({
    "hooks": {
        "PostToolUse": [
            {"matcher": "*", "hooks": [{"type": "command", "command": "/home/u/bin/observer-tray-hook-audit.sh --log"}]}
        ],
        "Stop": [{"hooks": [{"type": "command", "command": "echo observer-tray-hook ran >> /tmp/log"}]}],
        "Notification": [{"hooks": [{"type": "command", "command": "notify-send 'observer-tray-hook finished'"}]}]
    }
}
)";
    QVERIFY(write(m_settings, user));
    HookInstaller installer(m_settings, m_hook);
    QCOMPARE(installer.status(), HookInstaller::Status::NotInstalled);
    QVERIFY(installer.install().ok);
    const QJsonObject installed = json(read(m_settings));
    QCOMPARE(commands(installed, QStringLiteral("PostToolUse")),
        QStringList({ QStringLiteral("/home/u/bin/observer-tray-hook-audit.sh --log"),
            installer.commandFor(QStringLiteral("PostToolUse")) }));
    QCOMPARE(commands(installed, QStringLiteral("Stop")).size(), 2);
    QCOMPARE(installer.status(), HookInstaller::Status::Installed);
    QVERIFY(installer.uninstall().ok);
    QCOMPARE(json(read(m_settings)), json(user)); // every one of the user's hooks is still there
}

void TestHookInstallerSafety::recognisesOurHookHoweverQuoted_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("bare name") << QStringLiteral("observer-tray-hook stop");
    QTest::newRow("another folder") << QStringLiteral("/usr/bin/observer-tray-hook --data-dir /d stop");
    QTest::newRow("double quotes") << QStringLiteral("\"/opt/o t/observer-tray-hook\" stop");
    QTest::newRow("backslash") << QStringLiteral("/opt/o\\ t/observer-tray-hook stop");
}

void TestHookInstallerSafety::recognisesOurHookHoweverQuoted()
{
    // An earlier entry of ours, written another way, is updated, not duplicated.
    QFETCH(QString, command);
    const QJsonObject hook { { QStringLiteral("type"), QStringLiteral("command") },
        { QStringLiteral("command"), command } };
    const QJsonObject settings { { QStringLiteral("hooks"),
        QJsonObject { { QStringLiteral("Stop"),
            QJsonArray { QJsonObject { { QStringLiteral("hooks"), QJsonArray { hook } } } } } } } };
    QVERIFY(write(m_settings, QJsonDocument(settings).toJson()));
    HookInstaller installer(m_settings, m_hook);
    QVERIFY(installer.install().ok);
    QCOMPARE(commands(json(read(m_settings)), QStringLiteral("Stop")),
        QStringList { installer.commandFor(QStringLiteral("Stop")) });
}

void TestHookInstallerSafety::unexpectedShapesAreKept_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<bool>("refused"); // else worked around: the odd part is kept as it was
    QTest::newRow("event is an object") << QByteArray(R"({"hooks": {"PostToolUse": {"matcher": "*"}}})") << true;
    QTest::newRow("hooks is a string") << QByteArray(R"({"hooks": "none", "model": "opus"})") << true;
    QTest::newRow("hooks is a list") << QByteArray(R"({"hooks": [1, 2]})") << true;
    QTest::newRow("group hooks is an object")
        << QByteArray(R"({"hooks": {"PostToolUse": [{"matcher": "Edit", "hooks": {"command": "fmt"}}]}})") << false;
    QTest::newRow("group hooks is a string") << QByteArray(R"({"hooks": {"Stop": [{"hooks": "say done"}]}})") << false;
    QTest::newRow("group is not an object")
        << QByteArray(R"({"hooks": {"SessionStart": ["echo hi", 3, null]}})") << false;
}

void TestHookInstallerSafety::unexpectedShapesAreKept()
{
    QFETCH(QByteArray, file);
    QFETCH(bool, refused);
    QVERIFY(write(m_settings, file));
    HookInstaller installer(m_settings, m_hook);
    const HookInstaller::Result r = installer.install();
    if (refused) {
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QStringLiteral("Nothing was changed")), qPrintable(r.message));
        QCOMPARE(read(m_settings), file);
        QVERIFY(!QFileInfo::exists(m_settings + QStringLiteral(".observer-tray.bak")));
    } else {
        QVERIFY2(r.ok, qPrintable(r.message));
        // Every part of the user's hooks is still there, unchanged, before ours.
        const QJsonObject before = json(file).value(QStringLiteral("hooks")).toObject();
        const QJsonObject after = json(read(m_settings)).value(QStringLiteral("hooks")).toObject();
        for (const QString &event : before.keys()) {
            const QJsonArray was = before.value(event).toArray();
            const QJsonArray now = after.value(event).toArray();
            QCOMPARE(now.size(), was.size() + 1);
            for (qsizetype i = 0; i < was.size(); ++i)
                QCOMPARE(now.at(i), was.at(i));
        }
        QCOMPARE(installer.status(), HookInstaller::Status::Installed);
    }
    QVERIFY(installer.uninstall().ok);
    QCOMPARE(json(read(m_settings)), json(file));
}

void TestHookInstallerSafety::backupKeepsTheFirstOriginal()
{
    const QByteArray original
        = R"({"model": "opus", "hooks": {"Stop": [{"hooks": [{"type": "command", "command": "x"}]}]}})";
    QVERIFY(write(m_settings, original));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QVERIFY(QFile::setPermissions(m_settings, ownerOnly)); // it may hold secrets
    HookInstaller installer(m_settings, m_hook);
    QVERIFY(installer.install().ok);
    QVERIFY(installer.uninstall().ok);
    QVERIFY(HookInstaller(m_settings, m_hook, { QStringLiteral("--data-dir"), QStringLiteral("/d") }).install().ok);
    QCOMPARE(read(m_settings + QStringLiteral(".observer-tray.bak")), original);
    const auto groupOrOther = QFileDevice::Permissions(0x0077);
    QCOMPARE(QFile::permissions(m_settings + QStringLiteral(".observer-tray.bak")) & groupOrOther,
        QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(m_settings) & groupOrOther, QFileDevice::Permissions());
}

void TestHookInstallerSafety::keepsKeyOrderAndNumbers()
{
    // Written the way the installer writes (4-space indent): install then uninstall gives the same bytes.
    const QByteArray user = "{\n"
                            "    \"zeta\": 1.50,\n"
                            "    \"hooks\": {\n"
                            "        \"Stop\": [\n"
                            "            {\n"
                            "                \"hooks\": [\n"
                            "                    {\n"
                            "                        \"timeout\": 30,\n"
                            "                        \"type\": \"command\",\n"
                            "                        \"command\": \"say \\u00e9t\\u00e9\"\n"
                            "                    }\n"
                            "                ]\n"
                            "            }\n"
                            "        ],\n"
                            "        \"Notification\": []\n"
                            "    },\n"
                            "    \"alpha\": {\n"
                            "        \"y\": true,\n"
                            "        \"b\": null\n"
                            "    },\n"
                            "    \"model\": \"opus\"\n"
                            "}\n";
    QVERIFY(write(m_settings, user));
    HookInstaller installer(m_settings, m_hook);
    QVERIFY(installer.install().ok);
    const QByteArray installed = read(m_settings);
    QVERIFY2(installed.indexOf("\"zeta\": 1.50") < installed.indexOf("\"hooks\"")
            && installed.indexOf("\"hooks\"") < installed.indexOf("\"alpha\"")
            && installed.indexOf("\"alpha\"") < installed.indexOf("\"model\""),
        installed.constData());
    QVERIFY(installer.uninstall().ok);
    QCOMPARE(read(m_settings), user);
}

void TestHookInstallerSafety::brokenWhenTheProgramCannotRun()
{
    HookInstaller installer(m_settings, m_hook);
    QVERIFY(installer.install().ok);
    QCOMPARE(installer.status(), HookInstaller::Status::Installed);
    QFile::setPermissions(m_hook, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // not executable
    QString detail;
    QCOMPARE(installer.status(&detail), HookInstaller::Status::Broken);
    QVERIFY2(detail.contains(m_hook), qPrintable(detail));
    QVERIFY(QFile::remove(m_hook));
    QCOMPARE(installer.status(&detail), HookInstaller::Status::Broken);
    QVERIFY2(detail.contains(m_hook), qPrintable(detail));
    QCOMPARE(HookInstaller::statusName(HookInstaller::Status::Broken), QStringLiteral("broken"));
}

void TestHookInstallerSafety::uninstallGivesBackWhatTheUserHad_data()
{
    // Whatever the user's file holds, install then uninstall gives back the same JSON.
    QTest::addColumn<QByteArray>("file");
    QTest::newRow("escapes in keys and strings")
        << QByteArray(R"({"a\"b": "c\\d\"e", "\u00e9": "\ud83d\ude00", "t\tab": ["\/", "\n"]})");
    QTest::newRow("numbers and literals") << QByteArray("{\"n\": [-0, 1e-5, 2E+10, 0.10, true, false, null]}");
    QTest::newRow("empty containers, odd spacing")
        << QByteArray("\r\n\t{ \"a\" :{ } ,\"b\":[ ],\"hooks\" : { \"Notification\" : [ ] } }\r\n");
    QTest::newRow("deep nesting") << QByteArray(R"({"x": [[[[{"y": [[{"z": {}}]]}]]]]})");
    QTest::newRow("raw utf-8") << QByteArray("{\"name\": \"caf\xc3\xa9 \xf0\x9f\x98\x80\"}");
}

void TestHookInstallerSafety::uninstallGivesBackWhatTheUserHad()
{
    QFETCH(QByteArray, file);
    QJsonParseError error {};
    const QJsonDocument before = QJsonDocument::fromJson(file, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(write(m_settings, file));
    HookInstaller installer(m_settings, m_hook);
    QVERIFY(installer.install().ok);
    QCOMPARE(installer.status(), HookInstaller::Status::Installed);
    QVERIFY(installer.uninstall().ok);
    const QJsonDocument after = QJsonDocument::fromJson(read(m_settings), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(after, before);
}

QTEST_GUILESS_MAIN(TestHookInstallerSafety)
#include "tst_hookinstaller_safety.moc"
