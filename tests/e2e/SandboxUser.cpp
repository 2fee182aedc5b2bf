#include "SandboxUser.h"

#include "TestEnv.h"
#include "core/store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>

namespace {
// Waits with the event loop running: the stand-in lives in the test process.
bool waitForExit(QProcess &process, int timeoutMs)
{
    if (process.state() == QProcess::NotRunning)
        return true;
    QSignalSpy finished(&process, &QProcess::finished);
    if (finished.wait(timeoutMs))
        return true;
    process.kill();
    process.waitForFinished(5000);
    return false;
}

SandboxUser::HookRun hookRunFrom(const QJsonObject &line)
{
    SandboxUser::HookRun run;
    run.event = line.value(QStringLiteral("hook_event")).toString();
    run.name = line.value(QStringLiteral("hook_name")).toString();
    run.exitCode = line.value(QStringLiteral("exit_code")).toInt(-1);
    run.outcome = line.value(QStringLiteral("outcome")).toString();
    run.stderrText = line.value(QStringLiteral("stderr")).toString();
    return run;
}

QStringList relativeFiles(const QString &dir, const QString &suffix)
{
    QStringList out;
    for (const QString &f : TestEnv::filesUnder(dir)) {
        if (f.endsWith(suffix))
            out << QDir(dir).relativeFilePath(f);
    }
    out.sort();
    return out;
}
} // namespace

SandboxUser::SandboxUser(const QString &root, const QString &app, const QString &baseUrl)
    : m_app(app), m_home(root + QStringLiteral("/home")), m_config(m_home + QStringLiteral("/.claude"))
{
    QDir().mkpath(m_home + QStringLiteral("/project"));
    m_project = QDir(m_home + QStringLiteral("/project")).canonicalPath();
    TestEnv::writeCredentials(m_config, QStringLiteral("sk-ant-oat01-real-session"));
    QFile notes(m_project + QStringLiteral("/notes.txt"));
    if (notes.open(QIODevice::WriteOnly))
        notes.write("the pager skips its last page\n");
    // A desktop session has a private runtime folder; nothing else is set:
    // the data and config folders are the defaults under HOME.
    const QString runtime = m_home + QStringLiteral("/run");
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_env = TestEnv::userEnvironment(m_home, m_config, baseUrl);
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
}

QString SandboxUser::dataDir() const
{
    return m_home + QStringLiteral("/.local/share/observer-tray");
}

SandboxUser::ClientSession SandboxUser::runSession(const QString &prompt, const QString &allowedTools) const
{
    // Print mode as a user scripts it; stream-json with hook events is only how
    // the test reads what Claude Code says about each hook run (exit code,
    // stderr). The hooks themselves run as settings.json says, through /bin/sh.
    QProcess claude;
    claude.setProcessEnvironment(m_env);
    claude.setWorkingDirectory(m_project);
    claude.setStandardInputFile(QProcess::nullDevice());
    claude.start(TestEnv::realClaude(),
        { QStringLiteral("-p"), prompt, QStringLiteral("--allowedTools"), allowedTools,
            QStringLiteral("--output-format"), QStringLiteral("stream-json"), QStringLiteral("--verbose"),
            QStringLiteral("--include-hook-events") });
    ClientSession session;
    if (!waitForExit(claude, 90000))
        return session;
    session.exitCode = claude.exitStatus() == QProcess::NormalExit ? claude.exitCode() : -1;
    session.stderrText = QString::fromUtf8(claude.readAllStandardError());
    for (const QByteArray &raw : claude.readAllStandardOutput().split('\n')) {
        const QJsonObject line = QJsonDocument::fromJson(raw).object();
        const QString subtype = line.value(QStringLiteral("subtype")).toString();
        if (line.value(QStringLiteral("type")).toString() != QLatin1String("system"))
            continue;
        if (subtype == QLatin1String("init"))
            session.sessionId = line.value(QStringLiteral("session_id")).toString();
        else if (subtype == QLatin1String("hook_response"))
            session.hookRuns << hookRunFrom(line);
    }
    return session;
}

SandboxUser::AppRun SandboxUser::runApp(const QStringList &arguments, int timeoutMs) const
{
    QProcess app;
    app.setProcessEnvironment(m_env);
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.setStandardInputFile(QProcess::nullDevice());
    app.start(m_app, arguments);
    AppRun run;
    if (waitForExit(app, timeoutMs))
        run.exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    run.output = QString::fromUtf8(app.readAll());
    return run;
}

QProcess *SandboxUser::startApp(const QStringList &arguments) const
{
    auto *app = new QProcess;
    app->setProcessEnvironment(m_env);
    app->setStandardInputFile(QProcess::nullDevice());
    app->start(m_app, arguments);
    return app;
}

QStringList SandboxUser::query(const QString &sql, const QString &bind) const
{
    Database db(dataDir() + QStringLiteral("/observer-tray.db"));
    QStringList rows;
    if (!db.openExisting())
        return { QStringLiteral("error: ") + db.error() };
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(bind);
    if (!q.exec())
        return { QStringLiteral("error: cannot query the database") };
    while (q.next())
        rows << q.value(0).toString();
    return rows;
}

QMap<QString, int> SandboxUser::queuedKinds(const QString &sessionId) const
{
    QMap<QString, int> kinds;
    for (const QString &kind : query(QStringLiteral("SELECT kind FROM events WHERE session_id = ?"), sessionId))
        ++kinds[kind];
    return kinds;
}

QStringList SandboxUser::storedTitles() const
{
    return query(QStringLiteral("SELECT title FROM observations WHERE project = ? ORDER BY id"), m_project);
}

QStringList SandboxUser::transcripts() const
{
    return relativeFiles(m_config + QStringLiteral("/projects"), QStringLiteral(".jsonl"));
}

QStringList SandboxUser::hiddenFiles() const
{
    return relativeFiles(dataDir() + QStringLiteral("/hidden-sessions"), QString());
}
