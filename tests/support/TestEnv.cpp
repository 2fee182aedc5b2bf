#include "TestEnv.h"

#include "core/platform/Settings.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {
// Fields of /proc/PID/stat after the command: state ppid pgrp session ...
QList<QByteArray> statFields(const QString &pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = f.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close < 0 ? QList<QByteArray>() : line.mid(close + 2).split(' ');
}

QStringList allPids()
{
    return QDir(QStringLiteral("/proc")).entryList({ QStringLiteral("[0-9]*") }, QDir::Dirs);
}
} // namespace

QString TestEnv::realClaude(const QString &version)
{
    if (version.isEmpty())
        return QStringLiteral(OT_SOURCE_DIR "/tests/e2e/node_modules/.bin/claude");
    const QString cache = qEnvironmentVariable("OT_CLI_CACHE", QStringLiteral(OT_CLI_CACHE_DEFAULT));
    return cache + QLatin1Char('/') + version + QStringLiteral("/node_modules/.bin/claude");
}

namespace {
// The settings file of the app run in env (AppPaths::settingsPath there).
QString settingsFileOf(const QProcessEnvironment &env)
{
    return env.value(QStringLiteral("OBSERVER_TRAY_CONFIG_DIR")) + QStringLiteral("/observer-tray.conf");
}
} // namespace

void TestEnv::observeImmediately(const QProcessEnvironment &env)
{
    Settings settings(settingsFileOf(env));
    settings.setObserveImmediately(true);
    settings.sync();
}

void TestEnv::setBatching(const QProcessEnvironment &env, int maxEvents, int maxWaitSeconds)
{
    Settings settings(settingsFileOf(env));
    settings.setObserveImmediately(false);
    settings.setBatchMaxEvents(maxEvents);
    settings.setBatchMaxWaitSeconds(maxWaitSeconds);
    settings.sync();
}

QJsonObject TestEnv::statusOf(const QString &app, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(app, { QStringLiteral("--status") });
    if (!p.waitForFinished(30000))
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

void TestEnv::addAppFolders(QProcessEnvironment *env, const QString &home)
{
    env->insert(QStringLiteral("OBSERVER_TRAY_DATA_DIR"), home + QStringLiteral("/data"));
    env->insert(QStringLiteral("OBSERVER_TRAY_CONFIG_DIR"), home + QStringLiteral("/config"));
    env->insert(QStringLiteral("OBSERVER_TRAY_RUNTIME_DIR"), home + QStringLiteral("/run"));
    env->insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env->insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
}

QProcessEnvironment TestEnv::userEnvironment(const QString &home, const QString &configDir, const QString &baseUrl)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("PATH"),
        QFileInfo(realClaude()).absolutePath() + QStringLiteral(":/usr/local/bin:/usr/bin:/bin"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("TMPDIR"), home);
    if (!configDir.isEmpty())
        env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), configDir);
    if (!baseUrl.isEmpty())
        env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), baseUrl);
    // Offline machine: fail fast instead of retrying for minutes.
    env.insert(QStringLiteral("CLAUDE_CODE_MAX_RETRIES"), QStringLiteral("0"));
    env.insert(QStringLiteral("DISABLE_AUTOUPDATER"), QStringLiteral("1"));
    return env;
}

bool TestEnv::writeCredentials(const QString &configDir, const QString &accessToken, const QString &subscription)
{
    QDir().mkpath(configDir);
    QFile f(configDir + QStringLiteral("/.credentials.json"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject oauth { { QStringLiteral("accessToken"), accessToken },
        { QStringLiteral("refreshToken"), QStringLiteral("test-refresh-token") },
        { QStringLiteral("expiresAt"), QDateTime::currentMSecsSinceEpoch() + 24LL * 3600 * 1000 },
        { QStringLiteral("scopes"), QJsonArray { QStringLiteral("user:inference"), QStringLiteral("user:profile") } },
        { QStringLiteral("subscriptionType"), subscription } };
    f.write(QJsonDocument(QJsonObject { { QStringLiteral("claudeAiOauth"), oauth } }).toJson());
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QList<qint64> TestEnv::descendantsOf(qint64 pid)
{
    QHash<qint64, qint64> parent;
    for (const QString &p : allPids()) {
        const QList<QByteArray> f = statFields(p);
        if (f.size() > 1 && f[0] != "Z")
            parent.insert(p.toLongLong(), f[1].toLongLong());
    }
    QList<qint64> out;
    for (auto it = parent.cbegin(); it != parent.cend(); ++it) {
        qint64 cur = it.value();
        for (int depth = 0; depth < 64 && cur > 1; ++depth) {
            if (cur == pid) {
                out << it.key();
                break;
            }
            cur = parent.value(cur, 0);
        }
    }
    return out;
}

QList<qint64> TestEnv::processesInSession(qint64 sid)
{
    QList<qint64> out;
    for (const QString &p : allPids()) {
        const QList<QByteArray> f = statFields(p);
        if (f.size() > 3 && f[0] != "Z" && f[3].toLongLong() == sid)
            out << p.toLongLong();
    }
    return out;
}

QStringList TestEnv::filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}
