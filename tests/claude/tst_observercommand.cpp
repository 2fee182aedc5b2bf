// The observer's command line per CLI version, from that version's real
// `--help` (tests/fixtures/cli-help): only flags it has, only values it
// accepts, the fallbacks where a flag is missing, and a refusal where no
// fallback makes the observer tool-less.
#include "core/claude/BuiltinTools.h"
#include "core/claude/CliCapabilities.h"
#include "core/claude/ObserverCommand.h"

#include <QtTest>

namespace {
CliInfo fromHelp(const QString &version)
{
    QFile f(QStringLiteral(OT_FIXTURES_DIR "/cli-help/%1.txt").arg(version));
    CliInfo cli;
    if (!f.open(QIODevice::ReadOnly))
        return cli;
    cli.path = QStringLiteral("/usr/bin/claude");
    cli.version = version;
    CliCapabilities::parseHelp(QString::fromUtf8(f.readAll()), &cli);
    return cli;
}

// The value after flag, or a null string when the flag is absent.
QString valueOf(const QStringList &args, const QString &flag)
{
    const qsizetype i = args.indexOf(flag);
    return i < 0 || i + 1 >= args.size() ? QString() : args.at(i + 1);
}
} // namespace

class TestObserverCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void choicesAreParsed_data();
    void choicesAreParsed();
    void commandPerVersion_data();
    void commandPerVersion();
    void noToolLessObserverIsRefused();
};

void TestObserverCommand::choicesAreParsed_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QStringList>("modes");
    QTest::newRow("1.0.128") << QStringLiteral("1.0.128")
                             << QStringList { QStringLiteral("acceptEdits"), QStringLiteral("bypassPermissions"),
                                    QStringLiteral("default"), QStringLiteral("plan") };
    QTest::newRow("2.0.77") << QStringLiteral("2.0.77")
                            << QStringList { QStringLiteral("acceptEdits"), QStringLiteral("bypassPermissions"),
                                   QStringLiteral("default"), QStringLiteral("delegate"), QStringLiteral("dontAsk"),
                                   QStringLiteral("plan") };
    // Wrapped over three lines.
    QTest::newRow("2.1.330") << QStringLiteral("2.1.330")
                             << QStringList { QStringLiteral("acceptEdits"), QStringLiteral("auto"),
                                    QStringLiteral("bypassPermissions"), QStringLiteral("manual"),
                                    QStringLiteral("dontAsk"), QStringLiteral("plan") };
}

void TestObserverCommand::choicesAreParsed()
{
    QFETCH(QString, version);
    QFETCH(QStringList, modes);
    const CliInfo cli = fromHelp(version);
    QVERIFY(cli.supports(QStringLiteral("--permission-mode")));
    QCOMPARE(cli.choices.value(QStringLiteral("--permission-mode")), modes);
    QVERIFY(cli.accepts(QStringLiteral("--output-format"), QStringLiteral("stream-json")));
    QVERIFY(cli.accepts(QStringLiteral("--input-format"), QStringLiteral("stream-json")));
}

void TestObserverCommand::commandPerVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("permissionMode");
    QTest::addColumn<bool>("toolsFlag"); // --tools "" (else --disallowedTools with the version's tools)
    QTest::addColumn<bool>("systemPromptFlag"); // --system-prompt (else --append-system-prompt)
    QTest::newRow("1.0.128") << QStringLiteral("1.0.128") << QStringLiteral("default") << false << false;
    QTest::newRow("2.0.77") << QStringLiteral("2.0.77") << QStringLiteral("dontAsk") << true << true;
    QTest::newRow("2.1.197") << QStringLiteral("2.1.197") << QStringLiteral("dontAsk") << true << true;
    QTest::newRow("2.1.330") << QStringLiteral("2.1.330") << QStringLiteral("dontAsk") << true << true;
}

void TestObserverCommand::commandPerVersion()
{
    QFETCH(QString, version);
    QFETCH(QString, permissionMode);
    QFETCH(bool, toolsFlag);
    QFETCH(bool, systemPromptFlag);
    const CliInfo cli = fromHelp(version);
    QVERIFY2(ObserverCommand::whyUnsupported(cli).isEmpty(), qPrintable(ObserverCommand::whyUnsupported(cli)));
    const QStringList args = ObserverCommand::build(cli, QStringLiteral("haiku"), QStringLiteral("OBSERVER-PROMPT"),
        QStringLiteral("0b7c6f1e-0000-4000-8000-000000000000"), QStringLiteral("/tmp"))
                                 .arguments;
    // Only a value the CLI accepts: 1.0.128 exits at once on dontAsk.
    QCOMPARE(valueOf(args, QStringLiteral("--permission-mode")), permissionMode);
    QVERIFY(cli.accepts(QStringLiteral("--permission-mode"), permissionMode));
    if (toolsFlag) {
        QVERIFY(args.contains(QStringLiteral("--tools")));
        QCOMPARE(valueOf(args, QStringLiteral("--tools")), QString(""));
        QVERIFY(!args.contains(QStringLiteral("--disallowedTools")));
    } else {
        QVERIFY(!args.contains(QStringLiteral("--tools")));
        const QStringList denied = valueOf(args, QStringLiteral("--disallowedTools")).split(QLatin1Char(','));
        QCOMPARE(denied, BuiltinTools::forVersion(version));
        QVERIFY(denied.contains(QStringLiteral("Bash")) && denied.contains(QStringLiteral("Write")));
    }
    if (systemPromptFlag) {
        QCOMPARE(valueOf(args, QStringLiteral("--system-prompt")), QStringLiteral("OBSERVER-PROMPT"));
        QVERIFY(!args.contains(QStringLiteral("--append-system-prompt")));
    } else {
        QVERIFY(!args.contains(QStringLiteral("--system-prompt")));
        // After Claude Code's own prompt: says that role is not ours, then ours.
        QCOMPARE(valueOf(args, QStringLiteral("--append-system-prompt")),
            ObserverCommand::roleOverride() + QStringLiteral("OBSERVER-PROMPT"));
    }
    // Every flag passed is one this version lists.
    for (const QString &a : args) {
        if (a.startsWith(QLatin1String("--")))
            QVERIFY2(cli.supports(a) || a == QLatin1String("--input-format") || a == QLatin1String("--output-format")
                    || a == QLatin1String("--verbose"),
                qPrintable(a));
    }
}

void TestObserverCommand::noToolLessObserverIsRefused()
{
    CliInfo cli = fromHelp(QStringLiteral("1.0.128"));
    QVERIFY(ObserverCommand::whyUnsupported(cli).isEmpty());
    // A version without --tools whose tools nobody measured: denying a list
    // that may miss a tool would not make it tool-less.
    cli.version = QStringLiteral("2.0.3");
    QVERIFY(BuiltinTools::forVersion(cli.version).isEmpty());
    QVERIFY(ObserverCommand::whyUnsupported(cli).contains(QStringLiteral("tool-less")));
    // Neither --tools nor --disallowedTools.
    cli = fromHelp(QStringLiteral("1.0.128"));
    cli.flags.removeAll(QStringLiteral("--disallowedTools"));
    QVERIFY(ObserverCommand::whyUnsupported(cli).contains(QStringLiteral("tool-less")));
    // No way to give the observer its instructions.
    cli = fromHelp(QStringLiteral("1.0.128"));
    cli.flags.removeAll(QStringLiteral("--append-system-prompt"));
    QVERIFY(ObserverCommand::whyUnsupported(cli).contains(QStringLiteral("instructions")));
    // No stream-json input: it cannot serve turns at all.
    cli = fromHelp(QStringLiteral("2.1.330"));
    cli.choices.insert(QStringLiteral("--input-format"), { QStringLiteral("text") });
    QVERIFY(ObserverCommand::whyUnsupported(cli).contains(QStringLiteral("stream-json")));
}

QTEST_GUILESS_MAIN(TestObserverCommand)
#include "tst_observercommand.moc"
