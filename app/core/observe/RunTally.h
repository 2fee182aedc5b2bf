#pragma once

#include "core/claude/StreamJson.h"

#include <QString>

// What one observer process said about itself, for its run's row in
// ObserverRunLog: the CLI's version, the usage its result lines report, the
// API calls the stream shows, how it ended and its last error in its words.
class RunTally
{
public:
    void note(const StreamEvent &event);
    // The process ended (the first call wins); its usage error, else the last
    // stderr line, is the error when it exited non-zero having said nothing better.
    void finish(int exitCode, const QString &outcome, const QString &stderrTail, const QString &usageError);
    void noteError(const QString &text);

    QString cliVersion;
    RunUsage usage;
    int exitCode = 0;
    QString outcome; // exited, crashed, stopped, timed_out, failed_to_start
    QString lastError; // the CLI's own error text, empty when it gave none

private:
    QString m_lastMessageId;
};
