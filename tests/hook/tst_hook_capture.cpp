// What the real hook records is what the user asked for: excluded projects
// match however they were written, and events cut mid-character are kept.
#include "GitRepos.h"
#include "HookRunner.h"
#include "core/platform/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace HookRunner;

class TestHookCapture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void excludedProjectAsTyped_data();
    void excludedProjectAsTyped();
    void worktreesAndSubfoldersAreOneProject();
    void excludedRepositoryExcludesItsWorktrees();
    void loneSurrogatesAreReplaced_data();
    void loneSurrogatesAreReplaced();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root; // canonical: the temporary folder may itself sit behind a symlink
    QString m_home;
};

void TestHookCapture::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_root = QFileInfo(m_dir->path()).canonicalFilePath();
    m_home = m_root + QStringLiteral("/home");
    qputenv("OBSERVER_TRAY_DATA_DIR", (m_root + QStringLiteral("/data")).toUtf8());
    qputenv("OBSERVER_TRAY_CONFIG_DIR", (m_root + QStringLiteral("/config")).toUtf8());
    QVERIFY(QDir().mkpath(m_home + QStringLiteral("/secret/sub")));
    QVERIFY(QDir().mkpath(m_home + QStringLiteral("/secret2")));
    QVERIFY(QFile::link(m_home + QStringLiteral("/secret"), m_root + QStringLiteral("/link")));
}

void TestHookCapture::excludedProjectAsTyped_data()
{
    // HOME and ROOT are replaced by the test's folders; ROOT/link -> HOME/secret.
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("cwd");
    QTest::addColumn<bool>("excluded");
    QTest::newRow("~/x") << "~/secret"
                         << "HOME/secret/sub" << true;
    QTest::newRow("trailing space") << "HOME/secret  "
                                    << "HOME/secret" << true;
    QTest::newRow("leading space, tab") << " \tHOME/secret"
                                        << "HOME/secret/sub" << true;
    QTest::newRow("trailing slash") << "HOME/secret/"
                                    << "HOME/secret/sub" << true;
    QTest::newRow("symlinked entry") << "ROOT/link"
                                     << "HOME/secret/sub" << true;
    QTest::newRow("symlinked cwd") << "HOME/secret"
                                   << "ROOT/link/sub" << true;
    QTest::newRow("same folder") << "HOME/secret"
                                 << "HOME/secret" << true;
    QTest::newRow("boundary") << "HOME/secret"
                              << "HOME/secret2" << false;
    QTest::newRow("boundary, ~ and slash") << "~/secret/ "
                                           << "HOME/secret2" << false;
    QTest::newRow("boundary via symlink") << "ROOT/link"
                                          << "HOME/secret2" << false;
}

void TestHookCapture::excludedProjectAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, cwd);
    QFETCH(bool, excluded);
    auto place
        = [this](QString s) { return s.replace(QLatin1String("HOME"), m_home).replace(QLatin1String("ROOT"), m_root); };
    Settings settings;
    settings.setExcludedProjects({ place(typed) });
    settings.sync();
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_home);
    const Run r = hook(QStringLiteral("post-tool-use"), toolEvent(QStringLiteral("Read"), place(cwd)), env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(queued(), excluded ? 0 : 1);
}

void TestHookCapture::worktreesAndSubfoldersAreOneProject()
{
    const QString main = m_root + QStringLiteral("/repo");
    const QString worktree = m_root + QStringLiteral("/repo-feature");
    QVERIFY(GitRepos::init(main));
    QVERIFY(GitRepos::addWorktree(main, worktree));
    QVERIFY(QDir().mkpath(main + QStringLiteral("/src")));
    QVERIFY(QDir().mkpath(worktree + QStringLiteral("/src")));
    // The first event creates the database (the full path); the next ones append (the fast path).
    for (const QString &cwd : { worktree + QStringLiteral("/src"), main + QStringLiteral("/src"), worktree }) {
        const Run r = hook(QStringLiteral("post-tool-use"), toolEvent(QStringLiteral("Read"), cwd));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(lastProject(), main);
        QCOMPARE(lastPayload().value(QStringLiteral("cwd")).toString(), cwd); // the event keeps where it happened
    }
    QCOMPARE(queued(), 3);
}

void TestHookCapture::excludedRepositoryExcludesItsWorktrees()
{
    const QString main = m_root + QStringLiteral("/repo");
    const QString worktree = m_root + QStringLiteral("/repo-feature");
    QVERIFY(GitRepos::init(main));
    QVERIFY(GitRepos::addWorktree(main, worktree));
    Settings settings;
    settings.setExcludedProjects({ main });
    settings.sync();
    const Run r = hook(QStringLiteral("post-tool-use"), toolEvent(QStringLiteral("Read"), worktree));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(queued(), 0);
}

void TestHookCapture::loneSurrogatesAreReplaced_data()
{
    // Claude Code cuts long output in the middle of a UTF-16 pair and writes
    // the half it kept as an escape; JSON parsers refuse it.
    QTest::addColumn<QByteArray>("response"); // as it appears inside the JSON string
    QTest::addColumn<QString>("stored");
    const QString fffd(QChar(0xFFFD));
    const QString grin = QString::fromUtf8("\xF0\x9F\x98\x80");
    QTest::newRow("lone high at the cut") << QByteArray(R"(cut here \ud83d)") << "cut here " + fffd;
    QTest::newRow("lone low") << QByteArray(R"(x \uDC00 y)") << "x " + fffd + " y";
    QTest::newRow("pair split across a cut") << QByteArray(R"(head \ud83d[... 300 characters cut ...]\ude00 tail)")
                                             << "head " + fffd + "[... 300 characters cut ...]" + fffd + " tail";
    QTest::newRow("lone high before a whole pair") << QByteArray(R"(\ud83d\ud83d\ude00)") << fffd + grin;
    QTest::newRow("escaped backslash is text")
        << QByteArray(R"(\\ud83d and \ud83d)") << QStringLiteral("\\ud83d and ") + fffd;
    QTest::newRow("high then another escape") << QByteArray(R"(\ud83d\n)") << fffd + QStringLiteral("\n");
}

void TestHookCapture::loneSurrogatesAreReplaced()
{
    QFETCH(QByteArray, response);
    QFETCH(QString, stored);
    QByteArray event = toolEvent(QStringLiteral("Read"), QStringLiteral("/home/u/proj"), QStringLiteral("RESPONSE"));
    event.replace("RESPONSE", response);
    const Run r = hook(QStringLiteral("post-tool-use"), event);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(queued(), 1);
    QCOMPARE(lastPayload().value(QStringLiteral("tool_response")).toString(), stored);
}

QTEST_GUILESS_MAIN(TestHookCapture)
#include "tst_hook_capture.moc"
