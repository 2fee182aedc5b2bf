#include "GitRepos.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

namespace {
bool git(const QString &in, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(in);
    p.setProcessChannelMode(QProcess::MergedChannels);
    // No user or system config: the test must not depend on the machine's git setup.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("t"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("t@example.invalid"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("t"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("t@example.invalid"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("git"), args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("git %s: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAll().constData());
        return false;
    }
    return true;
}
} // namespace

namespace GitRepos {
bool init(const QString &folder)
{
    return QDir().mkpath(folder) && git(folder, { QStringLiteral("init"), QStringLiteral("-q") })
        && git(folder,
            { QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"), QStringLiteral("-m"),
                QStringLiteral("first") });
}

bool addWorktree(const QString &main, const QString &worktree)
{
    return git(main,
        { QStringLiteral("worktree"), QStringLiteral("add"), QStringLiteral("-q"), QStringLiteral("-b"),
            QFileInfo(worktree).fileName(), worktree });
}
} // namespace GitRepos
