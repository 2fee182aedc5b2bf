#include "core/observe/ObservationParser.h"

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
    void garbageIsReadSafely_data();
    void garbageIsReadSafely();
    void fieldsAreCappedAndClean();
    void batchAnswerKeepsEveryObservation();
};

namespace {
bool hasControl(const QString &s, bool multiLine)
{
    for (const QChar c : s) {
        if (multiLine && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            continue;
        if (c.category() == QChar::Other_Control || c.unicode() == 0x202E)
            return true;
    }
    return false;
}
} // namespace

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

void TestObservationParser::garbageIsReadSafely_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("hadBlock");
    QTest::addColumn<int>("observations");
    QTest::addColumn<int>("summaries");
    QTest::newRow("empty block") << QStringLiteral("<observation>") << true << 0 << 0;
    QTest::newRow("open fact") << QStringLiteral("<observation><facts><fact>") << true << 0 << 0;
    QTest::newRow("closers first") << QStringLiteral("</observation><observation></title>") << true << 0 << 0;
    QTest::newRow("punctuation") << QStringLiteral("<<<>>>&&&;") << false << 0 << 0;
    QTest::newRow("nested summaries") << QStringLiteral("<summary><summary><request>") << true << 0 << 0;
    QTest::newRow("nothing") << QString() << false << 0 << 0;
    QTest::newRow("5000 <") << QString(5000, QLatin1Char('<')) << false << 0 << 0;
    QTest::newRow("only controls") << QStringLiteral("<observation><title>\x01\x1b \x7f</title></observation>") << true
                                   << 0 << 0;
    QTest::newRow("one fact, unclosed") << QStringLiteral("<observation><facts><fact>f</fact></facts>") << true << 1
                                        << 0;
}

void TestObservationParser::garbageIsReadSafely()
{
    QFETCH(QString, answer);
    QFETCH(bool, hadBlock);
    QFETCH(int, observations);
    QFETCH(int, summaries);
    const ParsedAnswer a = ObservationParser::parse(answer);
    QCOMPARE(a.hadBlock, hadBlock);
    QCOMPARE(a.observations.size(), observations);
    QCOMPARE(a.summaries.size(), summaries);
    for (const Observation &o : a.observations)
        QVERIFY(!o.title.isEmpty()); // an observation always has something to show
}

void TestObservationParser::fieldsAreCappedAndClean()
{
    const QString longText = QString(5000, QLatin1Char('w'));
    QString answer = QStringLiteral("<observation><type>bugfix\x07</type><title>\x1b[31mRed\x1b[0m title\nsecond line")
        + longText + QStringLiteral("</title><subtitle>") + longText + QStringLiteral("</subtitle><facts>");
    for (int i = 0; i < 50; ++i)
        answer += QStringLiteral("<fact>fact\x00%1 ").arg(i) + longText + QStringLiteral("</fact>");
    answer += QStringLiteral("<fact> \x02 </fact></facts><narrative>line one\n\tindented\r\n\x00\x08\u202Eevil")
        + QString(20000, QLatin1Char('n')) + QStringLiteral("</narrative><concepts>");
    for (int i = 0; i < 30; ++i)
        answer += QStringLiteral("<concept>c%1</concept>").arg(i);
    answer += QStringLiteral("</concepts><files_modified>");
    for (int i = 0; i < 30; ++i)
        answer += QStringLiteral("<file>/src/%1/").arg(i) + longText + QStringLiteral("</file>");
    answer += QStringLiteral("</files_modified></observation>");
    const ParsedAnswer a = ObservationParser::parse(answer);
    QCOMPARE(a.observations.size(), 1);
    const Observation &o = a.observations.constFirst();
    QCOMPARE(o.type, QStringLiteral("bugfix"));
    QVERIFY(o.title.startsWith(QStringLiteral("[31mRed[0m title second line")));
    QCOMPARE(o.title.size(), Observation::kMaxTitle);
    QVERIFY(o.title.endsWith(QChar(0x2026))); // the cut is marked
    QCOMPARE(o.subtitle.size(), Observation::kMaxSubtitle);
    QCOMPARE(o.facts.size(), Observation::kMaxItems); // the blank 51st is not needed to reach the cap
    for (const QString &f : o.facts) {
        QCOMPARE(f.size(), Observation::kMaxFact);
        QVERIFY(!hasControl(f, false));
    }
    QCOMPARE(o.facts.constFirst().left(6), QStringLiteral("fact0 "));
    QCOMPARE(o.narrative.size(), Observation::kMaxNarrative);
    QVERIFY(o.narrative.startsWith(QStringLiteral("line one\n\tindented\nevil")));
    QVERIFY(!hasControl(o.narrative, true));
    QCOMPARE(o.concepts.size(), Observation::kMaxItems);
    QCOMPARE(o.filesModified.size(), Observation::kMaxItems);
    QCOMPARE(o.filesModified.constFirst().size(), Observation::kMaxPath);
    for (const QString &field : { o.type, o.title, o.subtitle })
        QVERIFY(!hasControl(field, false));
}

// An answer to a batch: one observation per piece of work, each naming the
// events it covers (an <events> element the store does not keep); every one
// is kept, none bleeds into another.
void TestObservationParser::batchAnswerKeepsEveryObservation()
{
    const ParsedAnswer parsed = ObservationParser::parse(
        QStringLiteral("<observation><type>bugfix</type><title>Pager skipped the last page</title>"
                       "<narrative>Loop bound fixed.</narrative><events>1,2,3</events></observation>\n"
                       "<observation><type>discovery</type><title>Tests live in tests/pager</title><events>4</events>"
                       "<narrative>Found them.</narrative></observation>\n"
                       "<observation><type>decision</type><title>Keep the cache</title><narrative>Cheaper.</narrative>"
                       "<events>5, 6</observation>"));
    QCOMPARE(parsed.observations.size(), 3);
    QCOMPARE(parsed.observations.at(0).title, QStringLiteral("Pager skipped the last page"));
    QCOMPARE(parsed.observations.at(0).narrative, QStringLiteral("Loop bound fixed."));
    QCOMPARE(parsed.observations.at(1).narrative, QStringLiteral("Found them."));
    QCOMPARE(parsed.observations.at(2).title, QStringLiteral("Keep the cache"));
    QCOMPARE(parsed.observations.at(2).narrative, QStringLiteral("Cheaper."));
}

QTEST_GUILESS_MAIN(TestObservationParser)
#include "tst_observationparser.moc"
