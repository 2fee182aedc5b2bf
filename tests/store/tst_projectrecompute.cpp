// A database from before schema 3 files memory under raw cwds; after the
// upgrade, the app moves every worktree's and subfolder's rows to their
// repository in small batches, keeping counts and the full-text index right.
#include "GitRepos.h"
#include "OldDatabase.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/ObservationStore.h"
#include "core/store/ProjectRecompute.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestProjectRecompute : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void upgradesAndRefiles_data();
    void upgradesAndRefiles();
    void schemaStepIsQuickOnAManyRowDatabase();

private:
    QString at(const QString &relative) const { return m_root + QLatin1Char('/') + relative; }
    static qint64 scalar(const QSqlDatabase &db, const QString &sql);
    QTemporaryDir m_dir;
    QString m_root;
};

void TestProjectRecompute::initTestCase()
{
    m_root = QFileInfo(m_dir.path()).canonicalFilePath();
    QVERIFY(GitRepos::init(at(QStringLiteral("repo"))));
    QVERIFY(QDir().mkpath(at(QStringLiteral("repo/src/lib"))));
    QVERIFY(GitRepos::addWorktree(at(QStringLiteral("repo")), at(QStringLiteral("wt-one"))));
    QVERIFY(GitRepos::addWorktree(at(QStringLiteral("repo")), at(QStringLiteral("elsewhere/wt-two"))));
    QVERIFY(QDir().mkpath(at(QStringLiteral("elsewhere/wt-two/docs"))));
    QVERIFY(QDir().mkpath(at(QStringLiteral("loose"))));
}

qint64 TestProjectRecompute::scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

void TestProjectRecompute::upgradesAndRefiles_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("from version 1") << 1;
    QTest::newRow("from version 2") << 2;
}

void TestProjectRecompute::upgradesAndRefiles()
{
    QFETCH(int, version);
    const QString repo = at(QStringLiteral("repo"));
    const QString loose = at(QStringLiteral("loose"));
    const QStringList folders { at(QStringLiteral("wt-one")), at(QStringLiteral("elsewhere/wt-two/docs")),
        at(QStringLiteral("repo/src/lib")), repo, loose };
    const QString path = at(QStringLiteral("v%1.db").arg(version));
    QVERIFY(OldDatabase::make(path, version, folders, 7));

    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.error()));
    const QSqlDatabase c = db.connection();
    QCOMPARE(scalar(c, QStringLiteral("PRAGMA user_version")), 3);
    for (const char *table : { "observations", "summaries" }) // where an imported row came from
        QCOMPARE(scalar(c,
                     QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('%1') WHERE name = 'provenance'")
                         .arg(QLatin1String(table))),
            1);
    QCOMPARE(ObservationStore(c).counts().perProject.size(), 5); // the upgrade moved nothing itself

    ProjectRecompute recompute(c);
    QString error;
    QVERIFY2(recompute.plan(&error), qPrintable(error));
    int batches = 0;
    while (!recompute.isDone()) {
        QVERIFY2(recompute.step(&error, 4), qPrintable(error));
        QVERIFY(++batches < 100);
    }
    QVERIFY(batches > 5); // small transactions, not one
    // 3 folders × (7 observations + summary + event + run) moved.
    QCOMPARE(recompute.rowsMoved(), 30);

    const ObservationCounts counts = ObservationStore(c).counts();
    QCOMPARE(counts.perProject.size(), 2);
    QCOMPARE(counts.perProject.value(repo), 28);
    QCOMPARE(counts.perProject.value(loose), 7);
    for (const char *table : { "observations", "summaries", "events", "observer_runs" })
        QCOMPARE(scalar(c, QStringLiteral("SELECT COUNT(DISTINCT project) FROM %1").arg(QLatin1String(table))), 2);
    QCOMPARE(ObservationStore(c).search(QStringLiteral("zebrafish"), repo, 1000).size(), 28);
    QCOMPARE(ObservationStore(c).search(QStringLiteral("zebrafish"), QString(), 1000).size(), 35);
    QSqlQuery check(c);
    QVERIFY2(check.exec(QStringLiteral("INSERT INTO observations_fts(observations_fts) VALUES('integrity-check')")),
        qPrintable(check.lastError().text()));

    ProjectRecompute again(c); // the next start finds nothing to do
    QVERIFY(again.runAll(&error));
    QCOMPARE(again.rowsMoved(), 0);
}

void TestProjectRecompute::schemaStepIsQuickOnAManyRowDatabase()
{
    // The upgrade may run inside a hook's first event: it must not scale with the memory.
    const QString path = at(QStringLiteral("big.db"));
    QVERIFY(OldDatabase::make(path, 2, { at(QStringLiteral("wt-one")) }, 20000));
    QElapsedTimer timer;
    timer.start();
    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.error()));
    const qint64 ms = timer.elapsed();
    qInfo("opening and upgrading a 20,000-observation database: %lld ms", ms);
    QVERIFY2(ms < 500, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA user_version")), 3);
}

QTEST_GUILESS_MAIN(TestProjectRecompute)
#include "tst_projectrecompute.moc"
