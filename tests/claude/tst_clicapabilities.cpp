// CliCapabilities::locate: which `claude` observers run, searched where the
// user's shell and Claude Code's installers put it, and the list of places
// looked in (shown when none is found).
#include "core/claude/CliCapabilities.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestCliCapabilities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void configuredPathWinsEvenWhenMissing();
    void firstRunnableOnPath();
    void eachPlaceSaidOnce();
    void installerFoldersAfterPath();
    void npmPrefixLast();

private:
    QString makeClaude(const QString &dir, bool executable = true);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_home;
    QProcessEnvironment m_env;
};

void TestCliCapabilities::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_home = m_dir->filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
    m_env = QProcessEnvironment();
    m_env.insert(QStringLiteral("HOME"), m_home);
    m_env.insert(QStringLiteral("PATH"), m_dir->filePath(QStringLiteral("empty")));
}

void TestCliCapabilities::cleanup()
{
    m_dir.reset();
}

QString TestCliCapabilities::makeClaude(const QString &dir, bool executable)
{
    const QString path = dir + QStringLiteral("/claude");
    QDir().mkpath(dir);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write("#!/bin/sh\n") < 0)
        return {};
    f.close();
    f.setPermissions(executable ? QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                : QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

void TestCliCapabilities::configuredPathWinsEvenWhenMissing()
{
    makeClaude(m_dir->filePath(QStringLiteral("onpath")));
    m_env.insert(QStringLiteral("PATH"), m_dir->filePath(QStringLiteral("onpath")));
    const QString missing = m_dir->filePath(QStringLiteral("nowhere/claude"));
    const CliInfo info = CliCapabilities::locate(missing, m_env);
    QVERIFY(!info.found());
    QCOMPARE(info.searched, QStringList { missing });
}

void TestCliCapabilities::firstRunnableOnPath()
{
    const QString a = m_dir->filePath(QStringLiteral("a"));
    const QString b = m_dir->filePath(QStringLiteral("b"));
    const QString c = m_dir->filePath(QStringLiteral("c"));
    makeClaude(a, false); // not executable: skipped
    const QString runnable = makeClaude(b);
    makeClaude(c);
    m_env.insert(QStringLiteral("PATH"), QStringList { a, b, c }.join(QLatin1Char(':')));
    const CliInfo info = CliCapabilities::locate({}, m_env);
    QCOMPARE(info.path, runnable);
    QCOMPARE(info.searched, QStringList({ a + QStringLiteral("/claude"), runnable }));
}

void TestCliCapabilities::eachPlaceSaidOnce()
{
    const QString a = m_dir->filePath(QStringLiteral("a"));
    m_env.insert(QStringLiteral("PATH"), QStringList { a, a, QString(), a }.join(QLatin1Char(':')));
    const CliInfo info = CliCapabilities::locate({}, m_env);
    QCOMPARE(info.searched.count(a + QStringLiteral("/claude")), 1);
    QStringList unique = info.searched;
    QCOMPARE(unique.removeDuplicates(), 0);
}

void TestCliCapabilities::installerFoldersAfterPath()
{
    const QString local = makeClaude(m_home + QStringLiteral("/.claude/local"));
    CliInfo info = CliCapabilities::locate({}, m_env);
    QCOMPARE(info.path, local);
    QCOMPARE(info.searched.mid(1, 2),
        QStringList({ m_home + QStringLiteral("/.local/bin/claude"), local })); // after PATH's one folder
    const QString bin = makeClaude(m_home + QStringLiteral("/.local/bin")); // the native installer's
    info = CliCapabilities::locate({}, m_env);
    QCOMPARE(info.path, bin);
}

void TestCliCapabilities::npmPrefixLast()
{
    if (QFileInfo(QStringLiteral("/usr/local/bin/claude")).isExecutable())
        QSKIP("a claude in /usr/local/bin is found before the npm prefix");
    const QString prefix = m_dir->filePath(QStringLiteral("npm"));
    const QString npm = makeClaude(prefix + QStringLiteral("/bin"));
    m_env.insert(QStringLiteral("NPM_CONFIG_PREFIX"), prefix);
    const CliInfo info = CliCapabilities::locate({}, m_env);
    QCOMPARE(info.path, npm);
    QCOMPARE(info.searched.last(), npm);
    QCOMPARE(info.searched.size(), 6); // PATH's folder, four usual places, the prefix
}

QTEST_GUILESS_MAIN(TestCliCapabilities)
#include "tst_clicapabilities.moc"
