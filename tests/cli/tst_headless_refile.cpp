// `observer-tray --headless` files the memory of an older release under the
// right project, as the tray app does: a user who never opens the window
// still gets every worktree and subfolder of a repository in one memory.
#include "AppRun.h"
#include "GitRepos.h"
#include "OldDatabase.h"

#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <csignal>

class TestHeadlessRefile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refilesOldRows_data();
    void refilesOldRows();
};

namespace {
QStringList projectsIn(const QString &databasePath, const QString &table)
{
    QStringList out;
    const QString name = QStringLiteral("reader-%1").arg(table);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlQuery q(db);
        if (db.open() && q.exec(QStringLiteral("SELECT DISTINCT project FROM %1 ORDER BY project").arg(table)))
            while (q.next())
                out << q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}
} // namespace

void TestHeadlessRefile::refilesOldRows_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("from version 1") << 1;
    QTest::newRow("from version 2") << 2;
}

void TestHeadlessRefile::refilesOldRows()
{
    QFETCH(int, version);
    AppSandbox sandbox; // no `claude` on PATH: nothing observes, the queued events stay as they are
    const QString root = QFileInfo(sandbox.home()).canonicalFilePath();
    const QString repo = root + QStringLiteral("/repo");
    const QString loose = root + QStringLiteral("/loose");
    QVERIFY(GitRepos::init(repo));
    QVERIFY(GitRepos::addWorktree(repo, root + QStringLiteral("/wt-one")));
    QVERIFY(GitRepos::addWorktree(repo, root + QStringLiteral("/elsewhere/wt-two")));
    QVERIFY(QDir().mkpath(repo + QStringLiteral("/src/lib")));
    QVERIFY(QDir().mkpath(loose));
    QVERIFY(QDir().mkpath(sandbox.dataDir()));
    QVERIFY(OldDatabase::make(sandbox.databasePath(), version,
        { root + QStringLiteral("/wt-one"), root + QStringLiteral("/elsewhere/wt-two"),
            repo + QStringLiteral("/src/lib"), repo, loose },
        3));
    QCOMPARE(projectsIn(sandbox.databasePath(), QStringLiteral("observations")).size(), 5);

    QProcess app;
    app.setProcessEnvironment(sandbox.env());
    app.start(QStringLiteral(OT_APP), { QStringLiteral("--headless") });
    QVERIFY(app.waitForStarted(30000));
    const auto stopOnFailure = qScopeGuard([&app] {
        app.kill();
        app.waitForFinished(30000);
    });
    const QStringList expected { loose, repo };
    for (const char *table : { "observations", "summaries", "events", "observer_runs" })
        QTRY_COMPARE_WITH_TIMEOUT(projectsIn(sandbox.databasePath(), QLatin1String(table)), expected, 30000);

    ::kill(pid_t(app.processId()), SIGTERM);
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestHeadlessRefile)
#include "tst_headless_refile.moc"
