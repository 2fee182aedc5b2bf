// observer-tray's command line (cli/CommandLine): a bad option is a clear
// error that says what to do, with exit 2 and nothing touched; --help lists
// every option; --data-dir wins over the environment for every command.
#include "AppRun.h"

#include <QtTest>

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badOptionSaysWhatToDo_data();
    void badOptionSaysWhatToDo();
    void helpListsEveryOption();
    void versionIsTheOneStatusReports();
    void dataDirWinsOverTheEnvironment();
};

void TestCommandLine::badOptionSaysWhatToDo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("problem");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--statsu") }
                                    << QStringLiteral("Unknown option 'statsu'.");
    QTest::newRow("unknown beside a command") << QStringList { QStringLiteral("--status"), QStringLiteral("--bogus") }
                                              << QStringLiteral("Unknown option 'bogus'.");
    QTest::newRow("--record-event without KIND")
        << QStringList { QStringLiteral("--record-event") } << QStringLiteral("Missing value after '--record-event'.");
    QTest::newRow("--data-dir without DIR") << QStringList { QStringLiteral("--status"), QStringLiteral("--data-dir") }
                                            << QStringLiteral("Missing value after '--data-dir'.");
    // Accepted by the parser but meaningless: these used to start the tray without a word.
    QTest::newRow("a stray word") << QStringList { QStringLiteral("status") }
                                  << QStringLiteral("unexpected argument 'status'");
    QTest::newRow("--dry-run alone") << QStringList { QStringLiteral("--dry-run") }
                                     << QStringLiteral("--dry-run goes with --hide or --redact-existing");
    QTest::newRow("--wait alone") << QStringList { QStringLiteral("--wait") }
                                  << QStringLiteral("--wait goes with --drain");
}

void TestCommandLine::badOptionSaysWhatToDo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, problem);
    AppSandbox sandbox;
    const AppRun r = sandbox.run(arguments);
    QCOMPARE(r.exitCode, 2); // the README's table: any command with a bad option
    QCOMPARE(QString::fromUtf8(r.err), QStringLiteral("observer-tray: %1\nTry observer-tray --help.\n").arg(problem));
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY(!QFileInfo::exists(sandbox.dataDir())); // nothing ran
}

void TestCommandLine::helpListsEveryOption()
{
    AppSandbox sandbox;
    const AppRun r = sandbox.run({ QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    const QString help = QString::fromUtf8(r.out);
    for (const char *option : { "--data-dir <DIR>", "--check-auth", "--status", "--install-hooks", "--uninstall-hooks",
             "--hooks-status", "--hide-observer-sessions", "--dry-run", "--restore-hidden-sessions", "--headless",
             "--drain", "--wait", "--record-event <KIND>", "--redact-existing", "--export <FILE>", "--project <P>",
             "--import <FILE>", "--import-claude-mem", "--help", "--version" })
        QVERIFY2(help.contains(QLatin1String(option)), option);
    QVERIFY(!QFileInfo::exists(sandbox.dataDir()));
}

void TestCommandLine::versionIsTheOneStatusReports()
{
    AppSandbox sandbox;
    const AppRun version = sandbox.run({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    const QString reported
        = sandbox.run({ QStringLiteral("--status") }).json().value(QStringLiteral("version")).toString();
    QVERIFY(!reported.isEmpty());
    QCOMPARE(QString::fromUtf8(version.out), QStringLiteral("observer-tray %1\n").arg(reported));
}

void TestCommandLine::dataDirWinsOverTheEnvironment()
{
    AppSandbox sandbox; // OBSERVER_TRAY_DATA_DIR names sandbox.dataDir()
    const QString chosen = sandbox.home() + QStringLiteral("/chosen");
    const AppRun r = sandbox.run({ QStringLiteral("--data-dir"), chosen, QStringLiteral("--status") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("dataDir")).toString(), chosen);
    // A command that writes writes there, and only there.
    QCOMPARE(
        sandbox.run({ QStringLiteral("--hide-observer-sessions"), QStringLiteral("--data-dir"), chosen }).exitCode, 0);
    QVERIFY(QFileInfo::exists(chosen + QStringLiteral("/observer-tray.db")));
    QVERIFY(!QFileInfo::exists(sandbox.dataDir()));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
