// --install-hooks, --uninstall-hooks and --hooks-status (cli/CommandsHooks).
// (Each --hooks-status code is tst_readme_table's; --install-hooks from every
// place is tst_hooklocator's.) Here: what --hooks-status prints, uninstall
// removes ours and only ours, and a refusal leaves settings.json byte-identical.
#include "AppRun.h"

#include <QJsonArray>
#include <QtTest>

namespace {
const QByteArray kForeignHook = QByteArrayLiteral(
    R"({"hooks":{"PostToolUse":[{"hooks":[{"type":"command","command":"/usr/local/bin/my-own-hook"}]}]},"model":"x"})");

} // namespace

class TestHooks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusSaysWhereAndHowToInstall();
    void uninstallRemovesOursOnly();
    void refusalLeavesSettingsAsTheyWere_data();
    void refusalLeavesSettingsAsTheyWere();
};

void TestHooks::statusSaysWhereAndHowToInstall()
{
    AppSandbox sandbox;
    const AppRun r = sandbox.run({ QStringLiteral("--hooks-status") });
    QCOMPARE(r.exitCode, 1);
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("not_installed"));
    QCOMPARE(json.value(QStringLiteral("settings")).toString(), sandbox.settingsJson());
    // The hook records into this data folder, and the way to install it says so too.
    const QString command = json.value(QStringLiteral("command")).toString();
    QVERIFY2(command.contains(QStringLiteral("observer-tray-hook' '--data-dir' '%1'").arg(sandbox.dataDir())), r.out);
    QCOMPARE(json.value(QStringLiteral("install")).toString(),
        QFileInfo(QStringLiteral(OT_APP)).canonicalFilePath() + QStringLiteral(" --install-hooks --data-dir ")
            + sandbox.dataDir());
    QVERIFY(json.contains(QStringLiteral("detail")));
}

void TestHooks::uninstallRemovesOursOnly()
{
    AppSandbox sandbox;
    QVERIFY(writeFile(sandbox.settingsJson(), kForeignHook));
    QCOMPARE(sandbox.run({ QStringLiteral("--install-hooks") }).exitCode, 0);
    QCOMPARE(sandbox.run({ QStringLiteral("--hooks-status") }).exitCode, 0);

    const AppRun r = sandbox.run({ QStringLiteral("--uninstall-hooks") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(r.json().value(QStringLiteral("changed")).toBool(), true);
    QVERIFY(r.err.isEmpty());
    const QByteArray after = readFile(sandbox.settingsJson());
    QVERIFY2(!after.contains("observer-tray-hook"), after.constData());
    QVERIFY2(after.contains("/usr/local/bin/my-own-hook") && after.contains("\"model\""), after.constData());
    QCOMPARE(sandbox.run({ QStringLiteral("--hooks-status") }).exitCode, 1);

    const AppRun again = sandbox.run({ QStringLiteral("--uninstall-hooks") });
    QCOMPARE(again.exitCode, 0); // nothing to change is not an error
    QCOMPARE(again.json().value(QStringLiteral("changed")).toBool(), false);
    QCOMPARE(readFile(sandbox.settingsJson()), after);
}

void TestHooks::refusalLeavesSettingsAsTheyWere_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("install") << QStringLiteral("--install-hooks");
    QTest::newRow("uninstall") << QStringLiteral("--uninstall-hooks");
}

void TestHooks::refusalLeavesSettingsAsTheyWere()
{
    QFETCH(QString, command);
    AppSandbox sandbox;
    const QByteArray broken = QByteArrayLiteral("{ \"hooks\": { not json, observer-tray-hook");
    QVERIFY(writeFile(sandbox.settingsJson(), broken));
    const AppRun r = sandbox.run({ command });
    QCOMPARE(r.exitCode, 1);
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("changed")).toBool(), false);
    const QString message = json.value(QStringLiteral("message")).toString();
    QVERIFY(!message.isEmpty());
    // The first line is the hooks'; the MCP server's result, if any, has its own.
    QCOMPARE(
        QString::fromUtf8(r.err).section(QLatin1Char('\n'), 0, 0), QStringLiteral("observer-tray: %1").arg(message));
    QCOMPARE(readFile(sandbox.settingsJson()), broken);
}

QTEST_GUILESS_MAIN(TestHooks)
#include "tst_hooks.moc"
