#include "Corpus.h"
#include "TranscriptFiles.h"
#include "core/claude/ClaudePaths.h"
#include "core/hide/FileMover.h"
#include "core/hide/SessionHider.h"
#include "core/platform/AppPaths.h"
#include "core/store/Database.h"

#include <QDirIterator>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
void record(Database &db, const QStringList &ids)
{
    QSqlQuery q(db.connection());
    db.connection().transaction();
    q.prepare(QStringLiteral(
        "INSERT INTO observer_runs(observer_session_id, user_session_id, cwd, started_at) VALUES (?, 'u', '/x', 1)"));
    for (const QString &id : ids) {
        q.addBindValue(id);
        q.exec();
    }
    db.connection().commit();
}

QSet<QString> pathsOf(const HidePlan &plan)
{
    QSet<QString> out;
    for (const HideCandidate &c : plan.candidates)
        out.insert(c.path);
    return out;
}

} // namespace

class TestSessionHider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void corpusHidesExactlyTheObserversAndRestores();
    void liveFilesAreSkipped();
    void legacyNeedsTheTranscriptsOwnCwd();
    void symlinkedFolderCountsOnce();
    void restoreNeverOverwrites();
    void acrossFileSystemsCopiesVerifiesAndKeepsTime();
    void recoverFinishesOrRollsBack();
    void deletePermanently();
    void killedMidHideLosesNothing();
    void hiddenFolderIsPrivate();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QProcessEnvironment m_env;
    QString m_config;
};

void TestSessionHider::init()
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

void TestSessionHider::cleanup()
{
    m_db.reset();
    AppPaths::setDataDirOverride({});
}

void TestSessionHider::corpusHidesExactlyTheObserversAndRestores()
{
    const Corpus corpus = Corpus::build(m_config, AppPaths::observerCwd(), 200, 20000, 2000);
    QCOMPARE(corpus.observerFiles.size() + corpus.otherFiles.size(), 20000);
    QCOMPARE(corpus.observerFiles.size(), 2000);
    record(*m_db, corpus.recordedIds);
    QHash<QString, Fingerprint> before;
    for (const QString &p : corpus.otherFiles + corpus.observerFiles)
        before.insert(p, fingerprint(p));

    SessionHider hider(m_db->connection(), m_env);
    const HidePlan plan = hider.plan();
    QCOMPARE(pathsOf(plan), QSet<QString>(corpus.observerFiles.cbegin(), corpus.observerFiles.cend()));
    const HideReport report = hider.hide(plan);
    QCOMPARE(report.hidden, 2000);
    QVERIFY(report.skipped.isEmpty());
    for (const QString &p : corpus.otherFiles)
        QVERIFY2(fingerprint(p) == before.value(p), qPrintable(p)); // byte-identical, same mtime
    for (const QString &p : corpus.observerFiles)
        QVERIFY(!QFileInfo::exists(p));
    const QList<HiddenEntry> hidden = hider.hiddenEntries();
    QCOMPARE(hidden.size(), 2000);
    for (const HiddenEntry &e : hidden) {
        QVERIFY(e.hiddenPath.startsWith(
            AppPaths::hiddenSessionsDir() + QLatin1Char('/') + e.projectFolder + QLatin1Char('/')));
        QCOMPARE(fingerprint(e.hiddenPath), before.value(e.originalPath));
    }
    QVERIFY(hider.plan().candidates.isEmpty()); // nothing left to hide

    const HideReport restored = hider.restore();
    QCOMPARE(restored.hidden, 2000);
    for (const QString &p : corpus.observerFiles)
        QCOMPARE(fingerprint(p), before.value(p));
    QVERIFY(hider.hiddenEntries().isEmpty());
}

void TestSessionHider::liveFilesAreSkipped()
{
    const QString folder = ClaudePaths::projectsDir(m_env) + QLatin1Char('/')
        + ClaudePaths::encodeProjectFolder(AppPaths::observerCwd());
    QVERIFY(writeTranscript(folder + QStringLiteral("/old.jsonl"), AppPaths::observerCwd(), 3600));
    QVERIFY(writeTranscript(folder + QStringLiteral("/live.jsonl"), AppPaths::observerCwd(), 5));
    const HidePlan plan = SessionHider(m_db->connection(), m_env).plan();
    QCOMPARE(plan.candidates.size(), 1);
    QVERIFY(plan.candidates[0].path.endsWith(QStringLiteral("old.jsonl")));
    QCOMPARE(plan.skipped.size(), 1);
    QVERIFY(plan.skipped[0].reason.contains(QStringLiteral("live")));
}

void TestSessionHider::legacyNeedsTheTranscriptsOwnCwd()
{
    const QString projects = ClaudePaths::projectsDir(m_env);
    const QString legacy = projects + QStringLiteral("/-home-u--claude-mem-observer-sessions");
    QVERIFY(writeTranscript(
        legacy + QStringLiteral("/peer.jsonl"), QStringLiteral("/home/u/.claude-mem/observer-sessions"), 3600));
    QVERIFY(writeTranscript(
        legacy + QStringLiteral("/mine.jsonl"), QStringLiteral("/home/u/.claude-mem-observer-sessions"), 3600));
    QVERIFY(writeTranscript(projects + QStringLiteral("/-home-u-code-observer-sessions/user.jsonl"),
        QStringLiteral("/home/u/code/observer-sessions"), 3600));
    const HidePlan plan = SessionHider(m_db->connection(), m_env).plan();
    QCOMPARE(plan.candidates.size(), 1);
    QVERIFY(plan.candidates[0].path.endsWith(QStringLiteral("peer.jsonl")));
}

void TestSessionHider::symlinkedFolderCountsOnce()
{
    const QString projects = ClaudePaths::projectsDir(m_env);
    const QString ours = projects + QLatin1Char('/') + ClaudePaths::encodeProjectFolder(AppPaths::observerCwd());
    QVERIFY(writeTranscript(ours + QStringLiteral("/a b ü.jsonl"), AppPaths::observerCwd(), 3600));
    QVERIFY(QFile::link(ours, projects + QStringLiteral("/zz-link")));
    SessionHider hider(m_db->connection(), m_env);
    const HidePlan plan = hider.plan();
    QCOMPARE(plan.candidates.size(), 1);
    QCOMPARE(hider.hide(plan).hidden, 1);
}

void TestSessionHider::restoreNeverOverwrites()
{
    const QString folder = ClaudePaths::projectsDir(m_env) + QLatin1Char('/')
        + ClaudePaths::encodeProjectFolder(AppPaths::observerCwd());
    const QString path = folder + QStringLiteral("/s.jsonl");
    QVERIFY(writeTranscript(path, AppPaths::observerCwd(), 3600));
    SessionHider hider(m_db->connection(), m_env);
    QCOMPARE(hider.hide(hider.plan()).hidden, 1);
    QVERIFY(writeTranscript(path, QStringLiteral("/someone/new"), 0)); // the original path is taken now
    const Fingerprint taken = fingerprint(path);
    const HideReport r = hider.restore();
    QCOMPARE(r.hidden, 0);
    QCOMPARE(r.skipped.size(), 1);
    QVERIFY(r.skipped[0].reason.contains(QStringLiteral("conflict")));
    QCOMPARE(fingerprint(path), taken);
    QCOMPARE(hider.hiddenEntries().size(), 1); // still hidden, still restorable
}

void TestSessionHider::acrossFileSystemsCopiesVerifiesAndKeepsTime()
{
    const QString folder = ClaudePaths::projectsDir(m_env) + QLatin1Char('/')
        + ClaudePaths::encodeProjectFolder(AppPaths::observerCwd());
    const QString path = folder + QStringLiteral("/x.jsonl");
    QVERIFY(writeTranscript(path, AppPaths::observerCwd(), 7200));
    const Fingerprint before = fingerprint(path);
    SessionHider hider(m_db->connection(), m_env);
    hider.setForceCopy(true);
    QCOMPARE(hider.hide(hider.plan()).hidden, 1);
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(fingerprint(hider.hiddenEntries().constFirst().hiddenPath), before);
    QCOMPARE(hider.restore().hidden, 1);
    QCOMPARE(fingerprint(path), before);
}

void TestSessionHider::recoverFinishesOrRollsBack()
{
    const QString folder = ClaudePaths::projectsDir(m_env) + QLatin1Char('/')
        + ClaudePaths::encodeProjectFolder(AppPaths::observerCwd());
    for (const char *name : { "moved", "notmoved", "copied" })
        QVERIFY(writeTranscript(
            folder + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".jsonl"), AppPaths::observerCwd(), 3600));
    SessionHider hider(m_db->connection(), m_env);
    QCOMPARE(hider.hide(hider.plan()).hidden, 3);
    QSqlQuery q(m_db->connection());
    // Simulate three crashes mid-hide: journal says "hiding" for all.
    QVERIFY(q.exec(QStringLiteral("UPDATE hidden_sessions SET state = 0")));
    const auto entries = [&] {
        QHash<QString, QPair<QString, QString>> m;
        QSqlQuery r(m_db->connection());
        r.exec(QStringLiteral("SELECT original_path, hidden_path FROM hidden_sessions"));
        while (r.next())
            m.insert(
                QFileInfo(r.value(0).toString()).completeBaseName(), { r.value(0).toString(), r.value(1).toString() });
        return m;
    }();
    // "notmoved": crash before the rename → the file is back in place.
    QVERIFY(QFile::rename(entries[QStringLiteral("notmoved")].second, entries[QStringLiteral("notmoved")].first));
    // "copied": crash after a cross-fs copy, before deleting the original.
    QVERIFY(QFile::copy(entries[QStringLiteral("copied")].second, entries[QStringLiteral("copied")].first));
    QCOMPARE(hider.recover(), 3);
    QCOMPARE(hider.hiddenEntries().size(), 2);
    QVERIFY(QFileInfo::exists(entries[QStringLiteral("notmoved")].first));
    QVERIFY(!QFileInfo::exists(entries[QStringLiteral("copied")].first)); // exactly one copy left
    QVERIFY(QFileInfo::exists(entries[QStringLiteral("copied")].second));
    QVERIFY(QFileInfo::exists(entries[QStringLiteral("moved")].second));
}

void TestSessionHider::deletePermanently()
{
    const QString folder = ClaudePaths::projectsDir(m_env) + QLatin1Char('/')
        + ClaudePaths::encodeProjectFolder(AppPaths::observerCwd());
    QVERIFY(writeTranscript(folder + QStringLiteral("/d.jsonl"), AppPaths::observerCwd(), 3600));
    SessionHider hider(m_db->connection(), m_env);
    QCOMPARE(hider.hide(hider.plan()).hidden, 1);
    const HiddenEntry e = hider.hiddenEntries().constFirst();
    QCOMPARE(hider.deletePermanently({ e.id }).hidden, 1);
    QVERIFY(!QFileInfo::exists(e.hiddenPath));
    QVERIFY(hider.hiddenEntries().isEmpty());
}

void TestSessionHider::killedMidHideLosesNothing()
{
    const Corpus corpus = Corpus::build(m_config, AppPaths::observerCwd(), 20, 4000, 2000);
    record(*m_db, corpus.recordedIds);
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
    const auto countState = [this](const char *states) {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM hidden_sessions WHERE state IN (%1)").arg(QLatin1String(states)));
        return q.next() ? q.value(0).toInt() : -1;
    };
    const int doneBefore = countState("1");
    const int interrupted = countState("0, 2");
    QVERIFY2(doneBefore >= 700, qPrintable(QString::number(doneBefore)));
    QVERIFY(interrupted == 0 || interrupted == 1);
    SessionHider hider(m_db->connection(), m_env);
    QCOMPARE(hider.recover(), interrupted); // each interrupted row finished or rolled back
    QCOMPARE(countState("0, 2"), 0);
    const int hiddenAfterRecovery = int(hider.hiddenEntries().size());
    QVERIFY(hiddenAfterRecovery == doneBefore || hiddenAfterRecovery == doneBefore + interrupted);
    QCOMPARE(hider.hide(hider.plan()).hidden, 2000 - hiddenAfterRecovery); // the rest, each once
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
    const QList<HiddenEntry> hidden = hider.hiddenEntries();
    QCOMPARE(hidden.size(), 2000);
    for (const HiddenEntry &e : hidden)
        QCOMPARE(fingerprint(e.hiddenPath), before.value(QFileInfo(e.hiddenPath).fileName()));
}

void TestSessionHider::hiddenFolderIsPrivate()
{
    const QString folder = ClaudePaths::projectsDir(m_env) + QLatin1Char('/')
        + ClaudePaths::encodeProjectFolder(AppPaths::observerCwd());
    QVERIFY(writeTranscript(folder + QStringLiteral("/p.jsonl"), AppPaths::observerCwd(), 3600));
    SessionHider hider(m_db->connection(), m_env);
    QCOMPARE(hider.hide(hider.plan()).hidden, 1);
    const auto perms = QFileInfo(AppPaths::hiddenSessionsDir()).permissions();
    QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));
}

QTEST_GUILESS_MAIN(TestSessionHider)
#include "tst_sessionhider.moc"
