#pragma once
// The real observer-tray binary as a user runs it from a shell, in a sandbox:
// its own HOME, Claude Code config, data and config folders, and a PATH that
// holds only what the test puts there (so no real `claude` is found by chance).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct AppRun
{
    int exitCode = -1; // -1: it crashed or did not finish
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

class AppSandbox
{
public:
    AppSandbox()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        m_env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), claudeDir());
        m_env.insert(QStringLiteral("OBSERVER_TRAY_DATA_DIR"), dataDir());
        m_env.insert(QStringLiteral("OBSERVER_TRAY_CONFIG_DIR"), m_home.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("OBSERVER_TRAY_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
        m_env.insert(QStringLiteral("PATH"), binDir() + QStringLiteral(":/usr/bin:/bin"));
        m_env.remove(QStringLiteral("OBSERVER_TRAY_HOOK_PATH"));
        QDir().mkpath(binDir());
    }

    QString home() const { return m_home.path(); }
    QString dataDir() const { return m_home.filePath(QStringLiteral("data")); }
    QString databasePath() const { return dataDir() + QStringLiteral("/observer-tray.db"); }
    QString claudeDir() const { return m_home.filePath(QStringLiteral(".claude")); }
    QString settingsJson() const { return claudeDir() + QStringLiteral("/settings.json"); }
    // First on PATH: where a test puts the `claude` it wants found.
    QString binDir() const { return m_home.filePath(QStringLiteral("bin")); }
    QProcessEnvironment &env() { return m_env; }

    // The fake `claude` (tests/support/fake_claude.cpp), signed in, as `claude` on PATH.
    bool addFakeClaude() const
    {
        return QFile::link(QStringLiteral(OT_FAKE_CLAUDE), binDir() + QStringLiteral("/claude"));
    }

    AppRun run(const QStringList &arguments, const QByteArray &stdinBytes = {}) const
    {
        QProcess app;
        app.setProcessEnvironment(m_env);
        app.start(QStringLiteral(OT_APP), arguments);
        AppRun r;
        if (!app.waitForStarted(30000))
            return r;
        app.write(stdinBytes);
        app.closeWriteChannel();
        const bool finished = app.waitForFinished(60000);
        r.out = app.readAllStandardOutput();
        r.err = app.readAllStandardError();
        if (finished && app.exitStatus() == QProcess::NormalExit)
            r.exitCode = app.exitCode();
        return r;
    }

    // A file where the database belongs that is not one: every command that
    // opens the database meets it.
    bool putUnusableDatabase() const { return writeFile(databasePath(), kNotADatabase); }
    QByteArray databaseBytes() const { return readFile(databasePath()); }
    static inline const QByteArray kNotADatabase = QByteArrayLiteral("this is not a SQLite database\n");

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};
