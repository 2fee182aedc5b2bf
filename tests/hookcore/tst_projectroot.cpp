// Every worktree and subfolder of one git repository is one project, found
// from real `.git` entries made by the real git, fast enough for the hook.
#include "GitRepos.h"
#include "hookcore/CaptureSettings.h"
#include "hookcore/ProjectRoot.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

class TestProjectRoot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void resolves_data();
    void resolves();
    void aRepositoryAtHomeDoesNotSwallowItsFolders();
    void cachedAnswerIsTheSame();
    void excludedRepositoryCoversWorktreesAndSubfolders_data();
    void excludedRepositoryCoversWorktreesAndSubfolders();
    void fastEnoughForTheHook();
    void hostileCwdIsCheap();

private:
    QString at(const QString &relative) const { return m_root + QLatin1Char('/') + relative; }
    static QString of(const QString &cwd) { return QString::fromStdString(ProjectRoot::resolve(cwd.toStdString())); }
    QTemporaryDir m_dir;
    QString m_root;
};

void TestProjectRoot::initTestCase()
{
    m_root = QFileInfo(m_dir.path()).canonicalFilePath();
    QVERIFY(GitRepos::init(at(QStringLiteral("main"))));
    QVERIFY(QDir().mkpath(at(QStringLiteral("main/src/deep/er"))));
    QVERIFY(GitRepos::addWorktree(at(QStringLiteral("main")), at(QStringLiteral("wt-a"))));
    QVERIFY(GitRepos::addWorktree(at(QStringLiteral("main")), at(QStringLiteral("nest/wt-b"))));
    QVERIFY(QDir().mkpath(at(QStringLiteral("nest/wt-b/sub"))));
    QVERIFY(QDir().mkpath(at(QStringLiteral("plain/sub"))));
    QVERIFY(QFile::link(at(QStringLiteral("main/src")), at(QStringLiteral("plain/link"))));
    // A .git file naming a git dir without commondir (a submodule's shape).
    QVERIFY(QDir().mkpath(at(QStringLiteral("modules/sub1"))));
    QVERIFY(QDir().mkpath(at(QStringLiteral("sub1/inside"))));
    QFile gitFile(at(QStringLiteral("sub1/.git")));
    QVERIFY(gitFile.open(QIODevice::WriteOnly));
    gitFile.write("gitdir: ../modules/sub1\n");
    gitFile.close();
    // A worktree whose main repository is gone keeps its own folder.
    QVERIFY(GitRepos::init(at(QStringLiteral("gone"))));
    QVERIFY(GitRepos::addWorktree(at(QStringLiteral("gone")), at(QStringLiteral("orphan"))));
    QVERIFY(QDir(at(QStringLiteral("gone"))).removeRecursively());
}

void TestProjectRoot::resolves_data()
{
    QTest::addColumn<QString>("cwd");
    QTest::addColumn<QString>("project");
    QTest::newRow("main top") << "main"
                              << "main";
    QTest::newRow("main subfolder") << "main/src/deep/er"
                                    << "main";
    QTest::newRow("worktree top") << "wt-a"
                                  << "main";
    QTest::newRow("worktree elsewhere, subfolder") << "nest/wt-b/sub"
                                                   << "main";
    QTest::newRow("written with .. and a slash") << "nest/wt-b/sub/../sub/"
                                                 << "main";
    QTest::newRow("no repository: the folder") << "plain/sub"
                                               << "plain/sub";
    QTest::newRow("symlink into a repository") << "plain/link/deep"
                                               << "main";
    QTest::newRow("submodule-shaped .git file") << "sub1/inside"
                                                << "sub1";
    QTest::newRow("worktree of a removed repository") << "orphan"
                                                      << "orphan";
    QTest::newRow("folder that does not exist, inside a repository") << "main/not/there"
                                                                     << "main";
}

void TestProjectRoot::resolves()
{
    QFETCH(QString, cwd);
    QFETCH(QString, project);
    QCOMPARE(of(at(cwd)), at(project));
}

void TestProjectRoot::aRepositoryAtHomeDoesNotSwallowItsFolders()
{
    const QString home = at(QStringLiteral("home"));
    QVERIFY(GitRepos::init(home)); // a dotfiles repository
    QVERIFY(QDir().mkpath(home + QStringLiteral("/notes")));
    const QByteArray savedHome = qgetenv("HOME");
    qputenv("HOME", home.toUtf8());
    const QString notes = of(home + QStringLiteral("/notes"));
    const QString itself = of(home);
    qputenv("HOME", savedHome);
    QCOMPARE(notes, home + QStringLiteral("/notes"));
    QCOMPARE(itself, home);
}

void TestProjectRoot::cachedAnswerIsTheSame()
{
    const std::string cwd = at(QStringLiteral("wt-a")).toStdString();
    QCOMPARE(ProjectRoot::of(cwd), ProjectRoot::resolve(cwd));
    QCOMPARE(ProjectRoot::of(cwd), at(QStringLiteral("main")).toStdString());
    QCOMPARE(ProjectRoot::of(std::string()), std::string());
}

void TestProjectRoot::excludedRepositoryCoversWorktreesAndSubfolders_data()
{
    QTest::addColumn<QString>("excluded");
    QTest::addColumn<QString>("cwd");
    QTest::addColumn<bool>("isExcluded");
    QTest::newRow("main excludes a worktree elsewhere") << "main"
                                                        << "nest/wt-b/sub" << true;
    QTest::newRow("a worktree excludes the main's subfolder") << "wt-a"
                                                              << "main/src" << true;
    QTest::newRow("a worktree excludes another worktree") << "wt-a"
                                                          << "nest/wt-b" << true;
    QTest::newRow("a subfolder excludes only itself") << "main/src"
                                                      << "wt-a" << false;
    QTest::newRow("a subfolder excludes what is inside") << "main/src"
                                                         << "main/src/deep" << true;
    QTest::newRow("another project stays") << "main"
                                           << "plain/sub" << false;
}

void TestProjectRoot::excludedRepositoryCoversWorktreesAndSubfolders()
{
    QFETCH(QString, excluded);
    QFETCH(QString, cwd);
    QFETCH(bool, isExcluded);
    CaptureSettings settings;
    settings.excludedProjects = { at(excluded).toStdString() };
    QCOMPARE(settings.isProjectExcluded(at(cwd).toStdString()), isExcluded);
}

void TestProjectRoot::fastEnoughForTheHook()
{
    // The hook resolves once per event, uncached (a new process each time).
    const std::string deepWorktree = at(QStringLiteral("nest/wt-b/sub")).toStdString();
    const std::string noRepository = at(QStringLiteral("plain/sub")).toStdString();
    constexpr int kRuns = 2000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kRuns; ++i) {
        QVERIFY(!ProjectRoot::resolve(deepWorktree).empty());
        QVERIFY(!ProjectRoot::resolve(noRepository).empty());
    }
    const double microseconds = double(timer.nsecsElapsed()) / 1000.0 / (2 * kRuns);
    qInfo("ProjectRoot::resolve: %.1f µs per call", microseconds);
    QVERIFY2(microseconds < 200, qPrintable(QStringLiteral("%1 µs per call").arg(microseconds)));
}

void TestProjectRoot::hostileCwdIsCheap()
{
    // A hook event's cwd is whatever stdin says: up to megabytes of "/a".
    std::string huge;
    for (int i = 0; i < 500000; ++i)
        huge += "/a";
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(ProjectRoot::resolve(huge), huge);
    QVERIFY2(timer.elapsed() < 500, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    QCOMPARE(ProjectRoot::resolve("relative/../x").front(), '/'); // made absolute, like the hook's other paths
}

QTEST_GUILESS_MAIN(TestProjectRoot)
#include "tst_projectroot.moc"
