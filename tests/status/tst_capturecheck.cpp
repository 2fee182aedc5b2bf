// CaptureCheck: user transcripts newer than the newest event mean sessions
// run and their hooks record nothing (issue 17). Observer transcripts and
// excluded projects are not the user's work. Real files, a real database.
#include "core/claude/ClaudePaths.h"
#include "core/platform/AppPaths.h"
#include "core/status/CaptureCheck.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestCaptureCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void silenceWhileASessionRunsIsAStall();
    void anEventAfterTheTranscriptIsNoStall();
    void oldTranscriptsAreHistory();
    void observerTranscriptsDoNotCount();
    void excludedProjectsDoNotCount();
    void newestEventIsAQueuedEventOrAnObserverRun();

private:
    // A transcript in the project folder of cwd, last written at ms.
    void putTranscript(const QString &cwd, qint64 ms);
    CaptureCheck::Stall check(qint64 newestEventMs, const QStringList &excluded = {}) const
    {
        return CaptureCheck::stall(newestEventMs, m_projects, excluded, m_now);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_projects;
    qint64 m_now = 0;
};

namespace {
constexpr qint64 kMinute = 60 * 1000;
}

void TestCaptureCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_projects = m_dir->filePath(QStringLiteral("projects"));
    m_now = QDateTime::currentMSecsSinceEpoch();
}

void TestCaptureCheck::putTranscript(const QString &cwd, qint64 ms)
{
    const QString folder = m_projects + QLatin1Char('/') + ClaudePaths::encodeProjectFolder(cwd);
    QVERIFY(QDir().mkpath(folder));
    QFile f(folder + QStringLiteral("/") + QString::number(ms) + QStringLiteral(".jsonl"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"type\":\"user\"}\n");
    f.flush(); // else closing writes, and stamps the file now
    QVERIFY(f.setFileTime(QDateTime::fromMSecsSinceEpoch(ms), QFileDevice::FileModificationTime));
}

void TestCaptureCheck::silenceWhileASessionRunsIsAStall()
{
    putTranscript(QStringLiteral("/home/u/app"), m_now - kMinute);
    const CaptureCheck::Stall never = check(0);
    QVERIFY(never.stalled);
    QVERIFY(never.transcript.endsWith(QStringLiteral(".jsonl")));
    QVERIFY2(never.detail().contains(QStringLiteral("no event has arrived ever")), qPrintable(never.detail()));
    QVERIFY(check(m_now - 30 * kMinute).stalled);
}

void TestCaptureCheck::anEventAfterTheTranscriptIsNoStall()
{
    putTranscript(QStringLiteral("/home/u/app"), m_now - kMinute);
    QVERIFY(!check(m_now - 5 * kMinute).stalled); // within the grace: a quiet tool, not a stall
    QVERIFY(!check(m_now).stalled);
    QVERIFY(check(m_now - 5 * kMinute).detail().isEmpty());
}

void TestCaptureCheck::oldTranscriptsAreHistory()
{
    putTranscript(QStringLiteral("/home/u/app"), m_now - 3 * 60 * kMinute);
    QVERIFY(!check(0).stalled); // yesterday's sessions ran before the hooks: nothing runs now
}

void TestCaptureCheck::observerTranscriptsDoNotCount()
{
    putTranscript(AppPaths::observerCwd(), m_now - kMinute);
    putTranscript(QStringLiteral("/home/u/.claude-mem/observer-sessions"), m_now - kMinute);
    QVERIFY(!check(0).stalled);
    putTranscript(QStringLiteral("/home/u/app"), m_now - kMinute);
    QVERIFY(check(0).stalled); // the check does look
}

void TestCaptureCheck::excludedProjectsDoNotCount()
{
    putTranscript(QStringLiteral("/home/u/secret"), m_now - kMinute);
    putTranscript(QStringLiteral("/home/u/secret/inner"), m_now - kMinute);
    QVERIFY(!check(0, { QStringLiteral("/home/u/secret") }).stalled);
    QVERIFY(check(0, { QStringLiteral("/home/u/other") }).stalled);
    putTranscript(QStringLiteral("/home/u/secretive"), m_now - kMinute); // shares the prefix, not the folder
    QVERIFY(check(0, { QStringLiteral("/home/u/secret") }).stalled);
}

void TestCaptureCheck::newestEventIsAQueuedEventOrAnObserverRun()
{
    Database db(m_dir->filePath(QStringLiteral("t.db")));
    QVERIFY2(db.open(), qPrintable(db.error()));
    QCOMPARE(CaptureCheck::newestEventMs(db.connection()), 0);
    QSqlQuery q(db.connection());
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO events(session_id, kind, payload, created_at) VALUES ('s','k','{}',1000)")));
    QCOMPARE(CaptureCheck::newestEventMs(db.connection()), 1000);
    // Answered events are deleted; the observer run they started remains.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM events")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO observer_runs(observer_session_id, user_session_id, cwd, started_at) "
                                  "VALUES ('o','s','/tmp',2000)")));
    QCOMPARE(CaptureCheck::newestEventMs(db.connection()), 2000);
}

QTEST_GUILESS_MAIN(TestCaptureCheck)
#include "tst_capturecheck.moc"
