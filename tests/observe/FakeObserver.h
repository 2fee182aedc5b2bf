#pragma once

// The launch of a fake `claude` (tests/support/fake_claude.cpp) in one of its
// modes, for tests that run ObserverProcess or Scheduler without the real CLI.
#include "core/observe/ObserverLaunch.h"

#include <QDir>

inline ObserverLaunch fakeObserverLaunch(const QString &mode, int turnTimeoutMs = 20000)
{
    ObserverLaunch l;
    l.program = QStringLiteral(OT_FAKE_CLAUDE);
    l.arguments = { QStringLiteral("-p"), QStringLiteral("--input-format"), QStringLiteral("stream-json") };
    l.environment = QProcessEnvironment::systemEnvironment();
    l.environment.insert(QStringLiteral("FAKE_CLAUDE_MODE"), mode);
    l.workingDirectory = QDir::tempPath();
    l.observerSessionId = QStringLiteral("obs-") + mode;
    l.userSessionId = QStringLiteral("user");
    l.turnTimeoutMs = turnTimeoutMs;
    l.stopGraceMs = 1000;
    return l;
}
