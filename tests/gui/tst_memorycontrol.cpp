// Memory the user controls, as the running app shows it: memory recorded
// before worktrees shared one project is refiled in the background at start.
#include "GitRepos.h"
#include "OldDatabase.h"
#include "core/platform/AppPaths.h"
#include "core/status/StatusModel.h"
#include "gui/AppController.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

class TestMemoryControl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void oldMemoryIsRefiledUnderItsRepository();

private:
    QString at(const QString &relative) const { return m_root + QLatin1Char('/') + relative; }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
};

void TestMemoryControl::init()
{
    for (const QString &dir : { AppPaths::dataDir(), AppPaths::runtimeDir(), AppPaths::configDir() })
        QDir(dir).removeRecursively();
    QVERIFY(QDir().mkpath(AppPaths::dataDir()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_root = QFileInfo(m_dir->path()).canonicalFilePath();
}

void TestMemoryControl::oldMemoryIsRefiledUnderItsRepository()
{
    const QString repo = at(QStringLiteral("repo"));
    QVERIFY(GitRepos::init(repo));
    QVERIFY(GitRepos::addWorktree(repo, at(QStringLiteral("repo-wt"))));
    QVERIFY(QDir().mkpath(repo + QStringLiteral("/sub")));
    QVERIFY(OldDatabase::make(
        AppPaths::databasePath(), 2, { at(QStringLiteral("repo-wt")), repo + QStringLiteral("/sub"), repo }, 3));

    AppController app;
    QVERIFY(app.start());
    const QMap<QString, qint64> expected { { repo, 9 } };
    QTRY_COMPARE_WITH_TIMEOUT(app.model()->counts().perProject, expected, 30000);
    app.quit();
}

QTEST_MAIN(TestMemoryControl)
#include "tst_memorycontrol.moc"
