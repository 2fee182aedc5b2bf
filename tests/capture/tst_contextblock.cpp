// ContextBlock: what a new user session gets back at its start (the project's
// last summary and recent observations), bounded in size, nothing from other
// projects and none of an observation's detail (narrative, facts, files: they
// quote the user's code and prompts, where secrets live).
#include "core/capture/ContextBlock.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
const QString kProject = QStringLiteral("/home/u/project");
const QString kSecret = QStringLiteral("sk-ant-api03-SECRET");

Observation observation(const QString &project, const QString &title, qint64 createdAt)
{
    Observation o;
    o.userSessionId = QStringLiteral("s");
    o.project = project;
    o.type = QStringLiteral("discovery");
    o.title = title;
    o.narrative = QStringLiteral("the key is ") + kSecret;
    o.facts = { QStringLiteral("ANTHROPIC_API_KEY=") + kSecret };
    o.filesModified = { QStringLiteral("/home/u/project/.env") };
    o.createdAt = createdAt;
    return o;
}

SessionSummary summary(const QString &field)
{
    SessionSummary s;
    s.userSessionId = QStringLiteral("s");
    s.project = kProject;
    s.request = field;
    s.investigated = QStringLiteral("investigated ") + kSecret;
    s.learned = QStringLiteral("learned ") + kSecret;
    s.completed = field;
    s.nextSteps = field;
    s.createdAt = 1;
    return s;
}
} // namespace

class TestContextBlock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void nothingStoredGivesNothing();
    void lastSummaryThenNewestFirst();
    void onlyThisProject();
    void noDetailOfObservations();
    void atMostMaxObservations();
    void boundedWithManyObservations();
    void boundedWhenTheSummaryAloneIsHuge();

private:
    void store(const QList<Observation> &observations, const QList<SessionSummary> &summaries = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestContextBlock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("o.db")));
    QVERIFY(m_db->open());
}

void TestContextBlock::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestContextBlock::store(const QList<Observation> &observations, const QList<SessionSummary> &summaries)
{
    QString error;
    QVERIFY2(
        ObservationStore(m_db->connection()).commitAnswer(observations, summaries, {}, 0, &error), qPrintable(error));
}

void TestContextBlock::nothingStoredGivesNothing()
{
    QCOMPARE(ContextBlock::build(m_db->connection(), kProject), QString());
    store({ observation(QStringLiteral("/other"), QStringLiteral("elsewhere"), 1) });
    QCOMPARE(ContextBlock::build(m_db->connection(), kProject), QString());
}

void TestContextBlock::lastSummaryThenNewestFirst()
{
    store({ observation(kProject, QStringLiteral("older title"), 1'000),
              observation(kProject, QStringLiteral("newer title"), 2'000) },
        { summary(QStringLiteral("fix the parser")) });
    const QString block = ContextBlock::build(m_db->connection(), kProject);
    QVERIFY2(block.startsWith(QStringLiteral("# Observer Tray memory for this project\n")), qPrintable(block));
    QVERIFY2(block.contains(QStringLiteral("## Last session\nAsked: fix the parser\nCompleted: fix the parser\n"
                                           "Next: fix the parser\n")),
        qPrintable(block));
    const qsizetype newer = block.indexOf(QStringLiteral("[discovery] newer title"));
    const qsizetype older = block.indexOf(QStringLiteral("[discovery] older title"));
    QVERIFY2(newer > block.indexOf(QStringLiteral("## Recent observations")) && older > newer, qPrintable(block));
}

void TestContextBlock::onlyThisProject()
{
    store({ observation(kProject, QStringLiteral("mine"), 1'000),
        observation(QStringLiteral("/home/u/other"), QStringLiteral("theirs"), 2'000) });
    const QString block = ContextBlock::build(m_db->connection(), kProject);
    QVERIFY2(block.contains(QStringLiteral("mine")), qPrintable(block));
    QVERIFY2(!block.contains(QStringLiteral("theirs")), qPrintable(block));
}

void TestContextBlock::noDetailOfObservations()
{
    store({ observation(kProject, QStringLiteral("title"), 1'000) }, { summary(QStringLiteral("asked")) });
    const QString block = ContextBlock::build(m_db->connection(), kProject);
    QVERIFY(block.contains(QStringLiteral("title")));
    QVERIFY2(!block.contains(kSecret), qPrintable(block));
    QVERIFY2(!block.contains(QStringLiteral(".env")), qPrintable(block));
}

void TestContextBlock::atMostMaxObservations()
{
    QList<Observation> many;
    for (int i = 0; i < 10; ++i)
        many << observation(kProject, QStringLiteral("title %1").arg(i), 1'000 + i);
    store(many);
    const QString block = ContextBlock::build(m_db->connection(), kProject, 3);
    QCOMPARE(block.count(QStringLiteral("[discovery]")), 3);
    QVERIFY2(block.contains(QStringLiteral("title 9")), qPrintable(block)); // the newest
}

void TestContextBlock::boundedWithManyObservations()
{
    QList<Observation> many;
    for (int i = 0; i < 40; ++i)
        many << observation(kProject, QStringLiteral("%1 ").arg(i) + QString(500, QChar(0x00e9)), 1'000 + i);
    store(many);
    const QString block = ContextBlock::build(m_db->connection(), kProject);
    QVERIFY2(block.toUtf8().size() <= ContextBlock::kMaxBytes, QByteArray::number(block.toUtf8().size()));
    QVERIFY(block.endsWith(QLatin1Char('\n'))); // whole lines only
    QVERIFY(block.count(QStringLiteral("[discovery]")) > 1);
}

void TestContextBlock::boundedWhenTheSummaryAloneIsHuge()
{
    // Three fields at the stored cap, mostly characters of three UTF-8 bytes (one ASCII
    // letter first, so the cut falls inside a character): far over the bound.
    const QString huge = QLatin1Char('x') + QString(SessionSummary::kMaxField - 1, QChar(0x20ac));
    store({ observation(kProject, QStringLiteral("title"), 1'000) }, { summary(huge) });
    const QString block = ContextBlock::build(m_db->connection(), kProject);
    const QByteArray bytes = block.toUtf8();
    QVERIFY2(bytes.size() <= ContextBlock::kMaxBytes, QByteArray::number(bytes.size()));
    QVERIFY2(block.endsWith(QStringLiteral("…\n")), qPrintable(block.right(20)));
    QVERIFY2(!block.contains(QChar::ReplacementCharacter), "cut inside a character");
}

QTEST_GUILESS_MAIN(TestContextBlock)
#include "tst_contextblock.moc"
