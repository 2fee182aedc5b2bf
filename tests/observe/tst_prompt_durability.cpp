// A user's prompt is never lost: it waits in the queue until a turn that
// carries it is answered and stored, so a restart (a new Scheduler on the same
// database file) and a failed turn's retry carry it again. The fake `claude`
// logs every message it receives (FAKE_CLAUDE_LOG).
#include "TestEnv.h"
#include "core/observe/ObserverProcess.h"
#include "core/observe/Scheduler.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace {
const char kPrompt[] = "Make the pager remember its page";
}

class TestPromptDurability : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void restartKeepsThePromptAndSendsItLater();
    void failedTurnThenRetryCarriesThePromptAgain();

private:
    ObserverLaunch launch(const QString &mode) const;
    void enqueue(EventQueue &queue, const QString &kind, const QByteArray &payload);
    QList<QByteArray> turnsSent() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

ObserverLaunch TestPromptDurability::launch(const QString &mode) const
{
    ObserverLaunch l;
    l.program = QStringLiteral(OT_FAKE_CLAUDE);
    l.arguments = { QStringLiteral("-p") };
    l.environment = QProcessEnvironment::systemEnvironment();
    l.environment.insert(QStringLiteral("FAKE_CLAUDE_MODE"), mode);
    l.environment.insert(QStringLiteral("FAKE_CLAUDE_LOG"), m_dir->filePath(QStringLiteral("turns.log")));
    l.workingDirectory = QDir::tempPath();
    l.observerSessionId = QStringLiteral("obs-") + mode;
    l.userSessionId = QStringLiteral("u1");
    l.stopGraceMs = 1000;
    return l;
}

void TestPromptDurability::enqueue(EventQueue &queue, const QString &kind, const QByteArray &payload)
{
    QString error;
    QVERIFY2(queue.enqueue({ 0, QStringLiteral("u1"), kind, QStringLiteral("/p"), payload, 1, 0, {} }, &error),
        qPrintable(error));
}

QList<QByteArray> TestPromptDurability::turnsSent() const
{
    QFile f(m_dir->filePath(QStringLiteral("turns.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> turns = f.readAll().split('\n');
    turns.removeAll(QByteArray());
    return turns;
}

void TestPromptDurability::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestPromptDurability::cleanup()
{
    QTRY_COMPARE_WITH_TIMEOUT(TestEnv::descendantsOf(::getpid()).size(), 0, 15000);
}

void TestPromptDurability::restartKeepsThePromptAndSendsItLater()
{
    const QString path = m_dir->filePath(QStringLiteral("o.db"));
    int launches = 0;
    auto factory = [&](const QString &, QString *) {
        ++launches;
        return std::optional(launch(QStringLiteral("ok")));
    };
    {
        // First run: the prompt arrives alone, then the app stops.
        Database db(path);
        QVERIFY(db.open());
        EventQueue queue(db.connection());
        Scheduler scheduler(db.connection(), factory, {});
        scheduler.setAuthReady(true);
        enqueue(queue, QStringLiteral("user-prompt-submit"), QByteArray(R"({"prompt":")") + kPrompt + "\"}");
        scheduler.pump();
        QCOMPARE(launches, 0); // a prompt alone costs no call
        scheduler.shutdown();
    }
    // Next run, same file: the prompt is still there and rides along.
    Database db(path);
    QVERIFY(db.open());
    EventQueue queue(db.connection());
    QCOMPARE(queue.pendingCount(), 1);
    Scheduler scheduler(db.connection(), factory, {});
    QSignalSpy stored(&scheduler, &Scheduler::stored);
    scheduler.setAuthReady(true);
    enqueue(
        queue, QStringLiteral("post-tool-use"), R"({"tool_name":"Read","tool_input":{"file_path":"/p/pager.cpp"}})");
    scheduler.pump();
    QVERIFY(stored.wait(20000));
    QCOMPARE(launches, 1);
    const QList<QByteArray> turns = turnsSent();
    QCOMPARE(turns.size(), 1); // one call for prompt and tool event together
    QVERIFY2(turns.first().contains(QByteArray("<user_request>") + kPrompt), turns.first().constData());
    QVERIFY(turns.first().contains("pager.cpp"));
    QCOMPARE(queue.pendingCount(), 0); // acknowledged with the answer that carried it
    scheduler.shutdown();
}

void TestPromptDurability::failedTurnThenRetryCarriesThePromptAgain()
{
    Database db(m_dir->filePath(QStringLiteral("o.db")));
    QVERIFY(db.open());
    EventQueue queue(db.connection());
    QStringList modes { QStringLiteral("crash"), QStringLiteral("ok") }; // first turn fails, the retry works
    Scheduler scheduler(
        db.connection(), [&](const QString &, QString *) { return std::optional(launch(modes.takeFirst())); }, {});
    QSignalSpy stored(&scheduler, &Scheduler::stored);
    scheduler.setAuthReady(true);
    enqueue(queue, QStringLiteral("user-prompt-submit"), QByteArray(R"({"prompt":")") + kPrompt + "\"}");
    scheduler.pump(); // as live: the prompt is seen alone first, the tool event comes later
    enqueue(
        queue, QStringLiteral("post-tool-use"), R"({"tool_name":"Read","tool_input":{"file_path":"/p/pager.cpp"}})");
    scheduler.pump();
    QSqlQuery q(db.connection());
    // The failed turn counted one attempt on both: they are retried together.
    QTRY_VERIFY_WITH_TIMEOUT(q.exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE attempts = 1 AND state = 0"))
            && q.next() && q.value(0).toInt() == 2,
        20000);
    q.finish();
    QVERIFY(q.exec(QStringLiteral("UPDATE events SET next_attempt_at = 0"))); // the backoff has passed
    scheduler.pump();
    QVERIFY(stored.wait(20000));
    const QList<QByteArray> turns = turnsSent();
    QCOMPARE(turns.size(), 2);
    for (const QByteArray &turn : turns) // the failed one and the retry
        QVERIFY2(turn.contains(QByteArray("<user_request>") + kPrompt), turn.constData());
    QCOMPARE(queue.pendingCount(), 0);
    scheduler.shutdown();
}

QTEST_GUILESS_MAIN(TestPromptDurability)
#include "tst_prompt_durability.moc"
