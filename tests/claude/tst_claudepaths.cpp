// ClaudePaths: where Claude Code keeps its files, computed as the CLI does
// (reference/claude-code-cli.md), from the environment it is given.
#include "core/claude/ClaudePaths.h"

#include <QtTest>

class TestClaudePaths : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void configDirUnderHome();
    void configDirFromClaudeConfigDir();
    void filesInTheConfigDir();
    void encodesEveryNonAlphanumeric();
    void longFoldersAreCutAndHashed();

private:
    QProcessEnvironment m_env;
};

void TestClaudePaths::init()
{
    m_env = QProcessEnvironment();
    m_env.insert(QStringLiteral("HOME"), QStringLiteral("/home/u"));
}

void TestClaudePaths::configDirUnderHome()
{
    QCOMPARE(ClaudePaths::configDir(m_env), QStringLiteral("/home/u/.claude"));
}

void TestClaudePaths::configDirFromClaudeConfigDir()
{
    m_env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), QStringLiteral("/etc/claude//conf/"));
    QCOMPARE(ClaudePaths::configDir(m_env), QStringLiteral("/etc/claude/conf"));
    m_env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), QString()); // set but empty: HOME's
    QCOMPARE(ClaudePaths::configDir(m_env), QStringLiteral("/home/u/.claude"));
}

void TestClaudePaths::filesInTheConfigDir()
{
    m_env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), QStringLiteral("/c"));
    QCOMPARE(ClaudePaths::projectsDir(m_env), QStringLiteral("/c/projects"));
    QCOMPARE(ClaudePaths::settingsJsonPath(m_env), QStringLiteral("/c/settings.json"));
    QCOMPARE(ClaudePaths::credentialsPath(m_env), QStringLiteral("/c/.credentials.json"));
}

void TestClaudePaths::encodesEveryNonAlphanumeric()
{
    QCOMPARE(
        ClaudePaths::encodeProjectFolder(QStringLiteral("/home/u/my_proj.v2")), QStringLiteral("-home-u-my-proj-v2"));
    QCOMPARE(ClaudePaths::encodeProjectFolder(QStringLiteral("/tmp/caf\u00e9 x")), QStringLiteral("-tmp-caf--x"));
}

void TestClaudePaths::longFoldersAreCutAndHashed()
{
    // 253 characters; the hash was computed apart (the CLI's 32-bit
    // h = h * 31 + code unit, absolute value, base 36).
    const QString cwd = QStringLiteral("/home/u/") + QString(240, QLatin1Char('a')) + QStringLiteral("/proj");
    const QString folder = ClaudePaths::encodeProjectFolder(cwd);
    QCOMPARE(folder, QStringLiteral("-home-u-") + QString(192, QLatin1Char('a')) + QStringLiteral("-6vv435"));
    const QString exact(200, QLatin1Char('b')); // at the limit: not cut, no hash
    QCOMPARE(ClaudePaths::encodeProjectFolder(exact), exact);
}

QTEST_GUILESS_MAIN(TestClaudePaths)
#include "tst_claudepaths.moc"
