#include "ObservationParser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestObservationParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void blocksInProseAndFences();
    void missingFieldsAndUnknownTypes();
    void unclosedAndEntities();
    void summary();
    void proseOnlyHasNoBlock();
    void skipIsAnAnswer();
    void realCliAnswer();
    void garbageNeverCrashes();
};

void TestObservationParser::blocksInProseAndFences()
{
    const ParsedAnswer a = ObservationParser::parse(QStringLiteral(
        "Sure, here you "
        "go:\n```xml\n<observation><type>bugfix</type><title>A</title><facts><fact>f1</fact><fact>f2</fact>"
        "</facts><files_read><file>x.cpp</file></files_read></observation>\n```\nand\n"
        "<observation><type>feature</type><title>B</title><concepts><concept>c</concept></concepts></observation> "
        "bye"));
    QVERIFY(a.hadBlock);
    QCOMPARE(a.observations.size(), 2);
    QCOMPARE(a.observations[0].title, QStringLiteral("A"));
    QCOMPARE(a.observations[0].facts, (QStringList { QStringLiteral("f1"), QStringLiteral("f2") }));
    QCOMPARE(a.observations[0].filesRead, QStringList { QStringLiteral("x.cpp") });
    QCOMPARE(a.observations[1].type, QStringLiteral("feature"));
    QCOMPARE(a.observations[1].concepts, QStringList { QStringLiteral("c") });
}

void TestObservationParser::missingFieldsAndUnknownTypes()
{
    const ParsedAnswer a = ObservationParser::parse(
        QStringLiteral("<observation><type>Insight</type><narrative>Only a narrative here.</narrative></observation>"));
    QCOMPARE(a.observations.size(), 1);
    QCOMPARE(a.observations[0].type, QStringLiteral("insight")); // unknown types are kept
    QCOMPARE(a.observations[0].title, QStringLiteral("Only a narrative here.")); // a title is derived
    QVERIFY(a.observations[0].facts.isEmpty());
}

void TestObservationParser::unclosedAndEntities()
{
    const ParsedAnswer a = ObservationParser::parse(
        QStringLiteral("<observation><type>change</type><title>x &lt; y &amp;&amp; z</title><narrative>cut off"));
    QCOMPARE(a.observations.size(), 1);
    QCOMPARE(a.observations[0].title, QStringLiteral("x < y && z"));
    QCOMPARE(a.observations[0].narrative, QStringLiteral("cut off"));
}

void TestObservationParser::summary()
{
    const ParsedAnswer a = ObservationParser::parse(QStringLiteral(
        "<summary><request>Fix login</request><investigated>auth.cpp</investigated><learned>token expired</learned>"
        "<completed>refresh added</completed><next_steps>tests</next_steps></summary>"));
    QVERIFY(a.hadBlock);
    QCOMPARE(a.summaries.size(), 1);
    QCOMPARE(a.summaries[0].request, QStringLiteral("Fix login"));
    QCOMPARE(a.summaries[0].nextSteps, QStringLiteral("tests"));
}

void TestObservationParser::proseOnlyHasNoBlock()
{
    const ParsedAnswer a = ObservationParser::parse(QStringLiteral("I looked at the file and it seems fine."));
    QVERIFY(!a.hadBlock);
    QVERIFY(a.observations.isEmpty());
}

void TestObservationParser::skipIsAnAnswer()
{
    QVERIFY(ObservationParser::parse(QStringLiteral("<skip/>")).hadBlock);
}

void TestObservationParser::realCliAnswer()
{
    QFile f(QStringLiteral(OT_FIXTURES_DIR "/stream-json/cli-2.1.330-success.jsonl"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    int found = 0;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        if (o.value(QStringLiteral("type")).toString() != QLatin1String("result"))
            continue;
        const ParsedAnswer a = ObservationParser::parse(o.value(QStringLiteral("result")).toString());
        found += int(a.observations.size());
    }
    QVERIFY(found >= 1);
}

void TestObservationParser::garbageNeverCrashes()
{
    const QStringList inputs { QStringLiteral("<observation>"), QStringLiteral("<observation><facts><fact>"),
        QStringLiteral("</observation><observation></title>"), QStringLiteral("<<<>>>&&&;"),
        QStringLiteral("<summary><summary><request>"), QString(), QString(5000, QLatin1Char('<')) };
    for (const QString &s : inputs)
        ObservationParser::parse(s);
    QVERIFY(true);
}

QTEST_GUILESS_MAIN(TestObservationParser)
#include "tst_observationparser.moc"
