// ObserverTranscriptFinder: which transcripts are provably our observers'.
// It only reads: planning never touches a file.
#include "Corpus.h"
#include "TranscriptFiles.h"
#include "core/claude/ClaudePaths.h"
#include "core/hide/ObserverTranscriptFinder.h"
#include "core/hide/TranscriptHider.h"
#include "core/platform/AppPaths.h"
#include "core/store/Database.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QSet<QString> pathsOf(const HidePlan &plan)
{
    QSet<QString> out;
    for (const HideCandidate &c : plan.candidates)
        out.insert(c.path);
    return out;
}
} // namespace

class TestObserverTranscriptFinder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void corpusPlansExactlyTheObserversAndTouchesNothing();
    void liveFilesAreSkipped();
    void legacyNeedsTheTranscriptsOwnCwd();
    void symlinkedFolderCountsOnce();
    void aRecordedRunCountsInAnyFolder();
    void planForRunFindsThatRunOnlyEvenJustWritten();

private:
    ObserverTranscriptFinder finder() const { return ObserverTranscriptFinder(m_db->connection(), m_env); }
    QString observerFolder() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QProcessEnvironment m_env;
    QString m_config;
};

void TestObserverTranscriptFinder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    AppPaths::setDataDirOverride(m_dir->filePath(QStringLiteral("data")));
    m_config = m_dir->filePath(QStringLiteral("claude config é"));
    m_env = QProcessEnvironment();
    m_env.insert(QStringLiteral("HOME"), m_dir->path());
    m_env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), m_config);
    m_db = std::make_unique<Database>(AppPaths::databasePath());
    QVERIFY(m_db->open());
}

void TestObserverTranscriptFinder::cleanup()
{
    m_db.reset();
    AppPaths::setDataDirOverride({});
}

QString TestObserverTranscriptFinder::observerFolder() const
{
    return ClaudePaths::projectsDir(m_env) + QLatin1Char('/')
        + ClaudePaths::encodeProjectFolder(AppPaths::observerCwd());
}

void TestObserverTranscriptFinder::corpusPlansExactlyTheObserversAndTouchesNothing()
{
    const Corpus corpus = Corpus::build(m_config, AppPaths::observerCwd(), 40, 3000, 300);
    QVERIFY(recordRuns(m_db->connection(), corpus.recordedIds));
    QHash<QString, Fingerprint> before;
    for (const QString &p : corpus.otherFiles + corpus.observerFiles)
        before.insert(p, fingerprint(p));

    const HidePlan plan = finder().plan();
    QCOMPARE(pathsOf(plan), QSet<QString>(corpus.observerFiles.cbegin(), corpus.observerFiles.cend()));
    QVERIFY(plan.skipped.isEmpty());
    qint64 bytes = 0;
    for (const QString &p : corpus.observerFiles)
        bytes += QFileInfo(p).size();
    QCOMPARE(plan.totalBytes, bytes);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(fingerprint(it.key()) == it.value(), qPrintable(it.key())); // planning only reads
}

void TestObserverTranscriptFinder::liveFilesAreSkipped()
{
    const QString folder = observerFolder();
    QVERIFY(writeTranscript(folder + QStringLiteral("/old.jsonl"), AppPaths::observerCwd(), 3600));
    QVERIFY(writeTranscript(folder + QStringLiteral("/live.jsonl"), AppPaths::observerCwd(), 5));
    const HidePlan plan = finder().plan();
    QCOMPARE(plan.candidates.size(), 1);
    QVERIFY(plan.candidates[0].path.endsWith(QStringLiteral("old.jsonl")));
    QCOMPARE(plan.skipped.size(), 1);
    QVERIFY(plan.skipped[0].reason.contains(QStringLiteral("live")));
}

void TestObserverTranscriptFinder::legacyNeedsTheTranscriptsOwnCwd()
{
    const QString projects = ClaudePaths::projectsDir(m_env);
    const QString legacy = projects + QStringLiteral("/-home-u--claude-mem-observer-sessions");
    QVERIFY(writeTranscript(
        legacy + QStringLiteral("/peer.jsonl"), QStringLiteral("/home/u/.claude-mem/observer-sessions"), 3600));
    QVERIFY(writeTranscript(
        legacy + QStringLiteral("/mine.jsonl"), QStringLiteral("/home/u/.claude-mem-observer-sessions"), 3600));
    QVERIFY(writeTranscript(projects + QStringLiteral("/-home-u-code-observer-sessions/user.jsonl"),
        QStringLiteral("/home/u/code/observer-sessions"), 3600));
    const HidePlan plan = finder().plan();
    QCOMPARE(plan.candidates.size(), 1);
    QVERIFY(plan.candidates[0].path.endsWith(QStringLiteral("peer.jsonl")));
}

void TestObserverTranscriptFinder::symlinkedFolderCountsOnce()
{
    const QString projects = ClaudePaths::projectsDir(m_env);
    const QString ours = observerFolder();
    QVERIFY(writeTranscript(ours + QStringLiteral("/a b ü.jsonl"), AppPaths::observerCwd(), 3600));
    QVERIFY(QFile::link(ours, projects + QStringLiteral("/zz-link")));
    const HidePlan plan = finder().plan();
    QCOMPARE(plan.candidates.size(), 1);
    QCOMPARE(TranscriptHider(m_db->connection()).hide(plan).hidden, 1);
}

void TestObserverTranscriptFinder::aRecordedRunCountsInAnyFolder()
{
    // A user's project, the user's cwd: only our record of the run proves it.
    const QString folder = ClaudePaths::projectsDir(m_env) + QStringLiteral("/-home-u-code-app");
    const QString ours = QStringLiteral("0b7c3e1a-0000-4000-8000-000000000001");
    QVERIFY(writeTranscript(
        folder + QLatin1Char('/') + ours + QStringLiteral(".jsonl"), QStringLiteral("/home/u/code/app"), 3600));
    QVERIFY(writeTranscript(folder + QStringLiteral("/users-own.jsonl"), QStringLiteral("/home/u/code/app"), 3600));
    QVERIFY(finder().plan().candidates.isEmpty()); // nothing recorded yet: nothing proven
    QVERIFY(recordRuns(m_db->connection(), { ours }));
    const HidePlan plan = finder().plan();
    QCOMPARE(plan.candidates.size(), 1);
    QCOMPARE(QFileInfo(plan.candidates[0].path).completeBaseName(), ours);
    QCOMPARE(plan.candidates[0].projectFolder, QStringLiteral("-home-u-code-app"));
    QCOMPARE(plan.candidates[0].reason, QStringLiteral("recorded observer session"));
}

void TestObserverTranscriptFinder::planForRunFindsThatRunOnlyEvenJustWritten()
{
    // The run has just ended: its transcript is seconds old, and found anyway.
    const QString observerSessionId = QStringLiteral("5e1d0c9b-0000-4000-8000-000000000002");
    const QString path = observerFolder() + QLatin1Char('/') + observerSessionId + QStringLiteral(".jsonl");
    QVERIFY(writeTranscript(path, AppPaths::observerCwd(), 0));
    QVERIFY(writeTranscript(observerFolder() + QStringLiteral("/another-run.jsonl"), AppPaths::observerCwd(), 3600));
    const HidePlan plan = finder().planForRun(observerSessionId);
    QCOMPARE(pathsOf(plan), QSet<QString> { path });
    QCOMPARE(plan.candidates[0].reason, QStringLiteral("recorded observer session"));
    QCOMPARE(plan.totalBytes, QFileInfo(path).size());
    QVERIFY(finder().planForRun({}).candidates.isEmpty());
    QVERIFY(finder().planForRun(QStringLiteral("no-such-run")).candidates.isEmpty());
}

QTEST_GUILESS_MAIN(TestObserverTranscriptFinder)
#include "tst_observertranscriptfinder.moc"
