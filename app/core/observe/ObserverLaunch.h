#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct ObserverLaunch
{
    QString program;
    QString cliVersion; // as detected from `--version`: 1.0.x names none in its stream
    QStringList arguments;
    QProcessEnvironment environment;
    QString workingDirectory;
    QString observerSessionId; // the --session-id we chose and recorded
    QString userSessionId; // the Claude Code session it observes
    int turnTimeoutMs = 180000; // a turn without a result is killed
    int idleTimeoutMs = 180000; // an observer with nothing to do is closed
    int stopGraceMs = 3000; // stdin closed → SIGTERM → SIGKILL
};
