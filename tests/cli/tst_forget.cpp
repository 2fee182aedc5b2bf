// Forgetting from scripts, with the real binary: --forget-project takes the
// whole repository's memory (whichever worktree or subfolder is named) and
// --delete-observation single rows; what goes leaves the full-text index too.
#include "AppRun.h"
#include "GitRepos.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

class TestForget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void forgetProjectNamedByAWorktree();
    void forgetProjectWithNothingStored();
    void deleteObservations();
    void badObservationIdIsRefused();
    void helpListsTheCommands();

private:
    void seed(const QString &project, const QString &word, int observations, int events);
    qint64 scalar(const QString &sql) const;
    qint64 indexed(const QString &word) const; // rows the FTS index itself holds for the word
    bool indexIsSound() const;
    std::unique_ptr<AppSandbox> m_box;
    QString m_repo;
};

void TestForget::init()
{
    m_box = std::make_unique<AppSandbox>();
    m_repo = QFileInfo(m_box->home()).canonicalFilePath() + QStringLiteral("/repo");
    QVERIFY(GitRepos::init(m_repo));
    QVERIFY(GitRepos::addWorktree(m_repo, m_repo + QStringLiteral("-feature")));
}

void TestForget::seed(const QString &project, const QString &word, int observations, int events)
{
    Database db(m_box->databasePath());
    QVERIFY2(db.open(), qPrintable(db.error()));
    QList<Observation> list;
    for (int i = 0; i < observations; ++i) {
        Observation o;
        o.userSessionId = QStringLiteral("s-") + word;
        o.project = project;
        o.title = QStringLiteral("%1 finding %2").arg(word).arg(i);
        o.narrative = word + QStringLiteral(" narrative");
        o.createdAt = 1000 + i;
        list << o;
    }
    SessionSummary summary;
    summary.userSessionId = QStringLiteral("s-") + word;
    summary.project = project;
    summary.request = word;
    summary.createdAt = 5;
    QString error;
    QVERIFY2(ObservationStore(db.connection()).commitAnswer(list, { summary }, {}, 0, &error), qPrintable(error));
    for (int i = 0; i < events; ++i) {
        QueuedEvent e;
        e.userSessionId = QStringLiteral("s-") + word;
        e.kind = QStringLiteral("stop");
        e.project = project;
        e.payload = "{}";
        e.createdAt = 1;
        QVERIFY(EventQueue(db.connection()).enqueue(e, &error));
    }
}

qint64 TestForget::scalar(const QString &sql) const
{
    Database db(m_box->databasePath());
    if (!db.open())
        return -1;
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 TestForget::indexed(const QString &word) const
{
    // rowids straight from the index: no join with the content table that would hide stale entries
    return scalar(QStringLiteral("SELECT COUNT(*) FROM observations_fts WHERE observations_fts MATCH '%1'").arg(word));
}

bool TestForget::indexIsSound() const
{
    Database db(m_box->databasePath());
    if (!db.open())
        return false;
    QSqlQuery q(db.connection());
    const bool ok = q.exec(QStringLiteral("INSERT INTO observations_fts(observations_fts) VALUES('integrity-check')"));
    if (!ok)
        qWarning("integrity-check: %s", qPrintable(q.lastError().text()));
    return ok;
}

void TestForget::forgetProjectNamedByAWorktree()
{
    seed(m_repo, QStringLiteral("walrus"), 3, 2);
    seed(QStringLiteral("/elsewhere"), QStringLiteral("otter"), 2, 1);
    QCOMPARE(indexed(QStringLiteral("walrus")), 3);

    const AppRun r = m_box->run({ QStringLiteral("--forget-project"), m_repo + QStringLiteral("-feature/src") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("project")).toString(), m_repo);
    const QJsonObject forgotten = json.value(QStringLiteral("forgotten")).toObject();
    QCOMPARE(forgotten.value(QStringLiteral("observations")).toInt(), 3);
    QCOMPARE(forgotten.value(QStringLiteral("summaries")).toInt(), 1);
    QCOMPARE(forgotten.value(QStringLiteral("events")).toInt(), 2);

    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM observations WHERE project = '%1'").arg(m_repo)), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM summaries WHERE project = '%1'").arg(m_repo)), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM events WHERE project = '%1'").arg(m_repo)), 0);
    QCOMPARE(indexed(QStringLiteral("walrus")), 0);
    QCOMPARE(indexed(QStringLiteral("otter")), 2); // the other project keeps its memory
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM events")), 1);
    QCOMPARE(
        scalar(
            QStringLiteral("SELECT COALESCE(SUM(total), 0) FROM observation_counts WHERE project = '%1'").arg(m_repo)),
        0);
    QVERIFY(indexIsSound());
}

void TestForget::forgetProjectWithNothingStored()
{
    seed(QStringLiteral("/elsewhere"), QStringLiteral("otter"), 1, 0);
    const AppRun r = m_box->run({ QStringLiteral("--forget-project"), m_repo });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("nothing is stored for"), r.err.constData());
    QCOMPARE(indexed(QStringLiteral("otter")), 1);
}

void TestForget::deleteObservations()
{
    seed(m_repo, QStringLiteral("walrus"), 3, 0);
    const qint64 first = scalar(QStringLiteral("SELECT MIN(id) FROM observations"));
    const AppRun r = m_box->run({ QStringLiteral("--delete-observation"), QString::number(first),
        QString::number(first + 1), QStringLiteral("999") });
    QCOMPARE(r.exitCode, 3); // one id named nothing; the others are gone
    QCOMPARE(r.json().value(QStringLiteral("deleted")).toArray(), QJsonArray({ first, first + 1 }));
    QCOMPARE(r.json().value(QStringLiteral("notFound")).toArray(), QJsonArray({ 999 }));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM observations")), 1);
    QCOMPARE(indexed(QStringLiteral("walrus")), 1);
    QVERIFY(indexIsSound());

    const AppRun again = m_box->run({ QStringLiteral("--delete-observation"), QString::number(first + 2) });
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(indexed(QStringLiteral("walrus")), 0);
}

void TestForget::badObservationIdIsRefused()
{
    seed(m_repo, QStringLiteral("walrus"), 1, 0);
    const AppRun r = m_box->run({ QStringLiteral("--delete-observation"), QStringLiteral("1,abc") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("'abc' is not an observation id"), r.err.constData());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM observations")), 1); // nothing ran
}

void TestForget::helpListsTheCommands()
{
    const AppRun r = m_box->run({ QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--forget-project <PATH>"));
    QVERIFY(r.out.contains("--delete-observation <ID>"));
}

QTEST_GUILESS_MAIN(TestForget)
#include "tst_forget.moc"
