#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>

// What tests need to play "a user's machine" without touching the real one.
namespace TestEnv {
// The pinned real CLI (tests/e2e/install-cli.sh installs it). version empty:
// the newest pinned one (tests/e2e/node_modules); "1.0.128", "2.0.77",
// "2.1.197": that version of the matrix (tests/e2e/clis/V), in the cache
// outside the clone: $OT_CLI_CACHE, else the cache of the user who configured
// the build (tests run with a sandboxed HOME).
QString realClaude(const QString &version = {});
// A user environment: HOME=home, CLAUDE_CONFIG_DIR=configDir (when given),
// PATH with the real CLI first, ANTHROPIC_BASE_URL=baseUrl, no API keys.
QProcessEnvironment userEnvironment(const QString &home, const QString &configDir, const QString &baseUrl);
// The app's own folders (data, config, runtime, XDG) under home, so the app
// run in env never touches another test's or the real user's.
void addAppFolders(QProcessEnvironment *env, const QString &home);
// The app run in env sends each event as it comes (Settings' "Observe
// immediately", no batching): for tests about what happens per event.
void observeImmediately(const QProcessEnvironment &env);
// The app run in env batches with these limits (Settings; seconds >= 1).
void setBatching(const QProcessEnvironment &env, int maxEvents, int maxWaitSeconds);
// What `app --status` prints for the user of env, as JSON (empty when it
// does not answer within 30 s).
QJsonObject statusOf(const QString &app, const QProcessEnvironment &env);
// Writes <configDir>/.credentials.json the way `claude auth login` does.
bool writeCredentials(
    const QString &configDir, const QString &accessToken, const QString &subscription = QStringLiteral("max"));
// Every live process whose ancestry leads to pid (children, grandchildren…).
QList<qint64> descendantsOf(qint64 pid);
// Live processes whose session id is sid (observers run in their own session).
QList<qint64> processesInSession(qint64 sid);
// Files below dir, recursively.
QStringList filesUnder(const QString &dir);
} // namespace TestEnv
