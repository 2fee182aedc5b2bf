#include "Corpus.h"
#include "TranscriptFiles.h"
#include "core/claude/ClaudePaths.h"
#include "core/hide/FileMover.h"
#include "core/hide/HiddenSessionJournal.h"
#include "core/hide/ObserverTranscriptFinder.h"
#include "core/hide/TranscriptHider.h"
#include "core/platform/AppPaths.h"
#include "core/store/Database.h"

#include <QDirIterator>
#include <QProcess>
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

class TestTranscriptHider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void corpusHidesExactlyTheObserversAndRestores();
    void restoreNeverOverwrites();
    void acrossFileSystemsCopiesVerifiesAndKeepsTime();
    void recoverFinishesOrRollsBack();
    void deletePermanently();
    void killedMidHideLosesNothing();
    void hiddenFolderIsPrivate();

private:
    HidePlan findObserverTranscripts() const { return ObserverTranscriptFinder(m_db->connection(), m_env).plan(); }
    QList<HiddenEntry> hiddenEntries() const { return HiddenSessionJournal(m_db->connection()).hiddenEntries(); }
    QString observerFolder() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QProcessEnvironment m_env;
    QString m_config;
};

void TestTranscriptHider::init()
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

void TestTranscriptHider::cleanup()
{
    m_db.reset();
    AppPaths::setDataDirOverride({});
}

QString TestTranscriptHider::observerFolder() const
{
    return ClaudePaths::projectsDir(m_env) + QLatin1Char('/')
        + ClaudePaths::encodeProjectFolder(AppPaths::observerCwd());
}

void TestTranscriptHider::corpusHidesExactlyTheObserversAndRestores()
{
    const Corpus corpus = Corpus::build(m_config, AppPaths::observerCwd(), 200, 20000, 2000);
    QCOMPARE(corpus.observerFiles.size() + corpus.otherFiles.size(), 20000);
    QCOMPARE(corpus.observerFiles.size(), 2000);
    QVERIFY(recordRuns(m_db->connection(), corpus.recordedIds));
    QHash<QString, Fingerprint> before;
    for (const QString &p : corpus.otherFiles + corpus.observerFiles)
        before.insert(p, fingerprint(p));

    TranscriptHider hider(m_db->connection());
    const HidePlan plan = findObserverTranscripts();
    QCOMPARE(pathsOf(plan), QSet<QString>(corpus.observerFiles.cbegin(), corpus.observerFiles.cend()));
    const HideReport report = hider.hide(plan);
    QCOMPARE(report.hidden, 2000);
    QVERIFY(report.skipped.isEmpty());
    for (const QString &p : corpus.otherFiles)
        QVERIFY2(fingerprint(p) == before.value(p), qPrintable(p)); // byte-identical, same mtime
    for (const QString &p : corpus.observerFiles)
        QVERIFY(!QFileInfo::exists(p));
    const QList<HiddenEntry> hidden = hiddenEntries();
    QCOMPARE(hidden.size(), 2000);
    for (const HiddenEntry &e : hidden) {
        QVERIFY(e.hiddenPath.startsWith(
            AppPaths::hiddenSessionsDir() + QLatin1Char('/') + e.projectFolder + QLatin1Char('/')));
        QCOMPARE(fingerprint(e.hiddenPath), before.value(e.originalPath));
    }
    QVERIFY(findObserverTranscripts().candidates.isEmpty()); // nothing left to hide

    const HideReport restored = hider.restore();
    QCOMPARE(restored.hidden, 2000);
    for (const QString &p : corpus.observerFiles)
        QCOMPARE(fingerprint(p), before.value(p));
    QVERIFY(hiddenEntries().isEmpty());
}

void TestTranscriptHider::restoreNeverOverwrites()
{
    const QString folder = observerFolder();
    const QString path = folder + QStringLiteral("/s.jsonl");
    QVERIFY(writeTranscript(path, AppPaths::observerCwd(), 3600));
    TranscriptHider hider(m_db->connection());
    QCOMPARE(hider.hide(findObserverTranscripts()).hidden, 1);
    QVERIFY(writeTranscript(path, QStringLiteral("/someone/new"), 0)); // the original path is taken now
    const Fingerprint taken = fingerprint(path);
    const HideReport r = hider.restore();
    QCOMPARE(r.hidden, 0);
    QCOMPARE(r.skipped.size(), 1);
    QVERIFY(r.skipped[0].reason.contains(QStringLiteral("conflict")));
    QCOMPARE(fingerprint(path), taken);
    QCOMPARE(hiddenEntries().size(), 1); // still hidden, still restorable
}

void TestTranscriptHider::acrossFileSystemsCopiesVerifiesAndKeepsTime()
{
    const QString folder = observerFolder();
    const QString path = folder + QStringLiteral("/x.jsonl");
    QVERIFY(writeTranscript(path, AppPaths::observerCwd(), 7200));
    const Fingerprint before = fingerprint(path);
    TranscriptHider hider(m_db->connection());
    hider.setForceCopy(true);
    QCOMPARE(hider.hide(findObserverTranscripts()).hidden, 1);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(fingerprint(hiddenEntries().constFirst().hiddenPath), before);
    QCOMPARE(hider.restore().hidden, 1);
    QCOMPARE(fingerprint(path), before);
}

void TestTranscriptHider::recoverFinishesOrRollsBack()
{
    const QString folder = observerFolder();
    for (const char *name : { "moved", "notmoved", "copied" })
        QVERIFY(writeTranscript(
            folder + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".jsonl"), AppPaths::observerCwd(), 3600));
    TranscriptHider hider(m_db->connection());
    QCOMPARE(hider.hide(findObserverTranscripts()).hidden, 3);
    // Simulate three crashes mid-hide: journal says "hiding" for all.
    HiddenSessionJournal journal(m_db->connection());
    QHash<QString, QPair<QString, QString>> entries;
    for (const HiddenEntry &e : hiddenEntries()) {
        journal.setState(e.id, HiddenSessionJournal::Hiding);
        entries.insert(QFileInfo(e.originalPath).completeBaseName(), { e.originalPath, e.hiddenPath });
    }
    QCOMPARE(entries.size(), 3);
    // "notmoved": crash before the rename → the file is back in place.
    QVERIFY(QFile::rename(entries[QStringLiteral("notmoved")].second, entries[QStringLiteral("notmoved")].first));
    // "copied": crash after a cross-fs copy, before deleting the original.
    QVERIFY(QFile::copy(entries[QStringLiteral("copied")].second, entries[QStringLiteral("copied")].first));
    QCOMPARE(hider.recover(), 3);
    QCOMPARE(hiddenEntries().size(), 2);
    QVERIFY(QFileInfo::exists(entries[QStringLiteral("notmoved")].first));
    QVERIFY(!QFileInfo::exists(entries[QStringLiteral("copied")].first)); // exactly one copy left
    QVERIFY(QFileInfo::exists(entries[QStringLiteral("copied")].second));
    QVERIFY(QFileInfo::exists(entries[QStringLiteral("moved")].second));
}

void TestTranscriptHider::deletePermanently()
{
    const QString folder = observerFolder();
    QVERIFY(writeTranscript(folder + QStringLiteral("/d.jsonl"), AppPaths::observerCwd(), 3600));
    TranscriptHider hider(m_db->connection());
    QCOMPARE(hider.hide(findObserverTranscripts()).hidden, 1);
    const HiddenEntry e = hiddenEntries().constFirst();
    QCOMPARE(hider.deletePermanently({ e.id }).hidden, 1);
    QVERIFY(!QFileInfo::exists(e.hiddenPath));
    QVERIFY(hiddenEntries().isEmpty());
}

void TestTranscriptHider::killedMidHideLosesNothing()
{
    const Corpus corpus = Corpus::build(m_config, AppPaths::observerCwd(), 20, 4000, 2000);
    QVERIFY(recordRuns(m_db->connection(), corpus.recordedIds));
    QHash<QString, Fingerprint> before;
    for (const QString &p : corpus.observerFiles)
        before.insert(QFileInfo(p).fileName(), fingerprint(p));
    QProcess runner;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OBSERVER_TRAY_DATA_DIR"), AppPaths::dataDir());
    env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), m_config);
    runner.setProcessEnvironment(env);
    runner.start(QStringLiteral(OT_HIDE_RUNNER));
    QByteArray seen;
    while (!seen.contains("done 700\n") && runner.waitForReadyRead(30000))
        seen += runner.readAllStandardOutput();
    QVERIFY2(seen.contains("done 700\n"), seen.right(200).constData());
    runner.kill(); // SIGKILL mid-hide
    runner.waitForFinished();

    // What the kill left: moves journalled as done, and at most the one it interrupted.
    HiddenSessionJournal journal(m_db->connection());
    const int doneBefore = int(journal.hiddenEntries().size());
    const int interrupted = int(journal.interruptedMoves().size());
    QVERIFY2(doneBefore >= 700, qPrintable(QString::number(doneBefore)));
    QVERIFY(interrupted == 0 || interrupted == 1);
    TranscriptHider hider(m_db->connection());
    QCOMPARE(hider.recover(), interrupted); // each interrupted row finished or rolled back
    QVERIFY(journal.interruptedMoves().isEmpty());
    const int hiddenAfterRecovery = int(hiddenEntries().size());
    QVERIFY(hiddenAfterRecovery == doneBefore || hiddenAfterRecovery == doneBefore + interrupted);
    QCOMPARE(hider.hide(findObserverTranscripts()).hidden, 2000 - hiddenAfterRecovery); // the rest, each once
    // Every observer file exists exactly once: hidden, with its manifest checksum.
    QHash<QString, int> copies;
    QDirIterator it(m_config, { QStringLiteral("*.jsonl") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        copies[QFileInfo(it.next()).fileName()]++;
    QDirIterator hiddenIt(
        AppPaths::hiddenSessionsDir(), { QStringLiteral("*.jsonl") }, QDir::Files, QDirIterator::Subdirectories);
    while (hiddenIt.hasNext())
        copies[QFileInfo(hiddenIt.next()).fileName()]++;
    for (auto itb = before.cbegin(); itb != before.cend(); ++itb)
        QCOMPARE(copies.value(itb.key()), 1);
    const QList<HiddenEntry> hidden = hiddenEntries();
    QCOMPARE(hidden.size(), 2000);
    for (const HiddenEntry &e : hidden)
        QCOMPARE(fingerprint(e.hiddenPath), before.value(QFileInfo(e.hiddenPath).fileName()));
}

void TestTranscriptHider::hiddenFolderIsPrivate()
{
    const QString folder = observerFolder();
    QVERIFY(writeTranscript(folder + QStringLiteral("/p.jsonl"), AppPaths::observerCwd(), 3600));
    TranscriptHider hider(m_db->connection());
    QCOMPARE(hider.hide(findObserverTranscripts()).hidden, 1);
    const auto perms = QFileInfo(AppPaths::hiddenSessionsDir()).permissions();
    QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));
}

QTEST_GUILESS_MAIN(TestTranscriptHider)
#include "tst_transcripthider.moc"
