#include "core/observe/RunTally.h"

#include <QStringList>

void RunTally::note(const StreamEvent &event)
{
    switch (event.kind) {
    case StreamEvent::Init:
        if (!event.cliVersion.isEmpty())
            cliVersion = event.cliVersion;
        break;
    case StreamEvent::AssistantText:
        // One API response may come as several lines with the same message id.
        if (!event.messageId.isEmpty() && event.messageId != m_lastMessageId)
            ++usage.apiCalls;
        m_lastMessageId = event.messageId;
        break;
    case StreamEvent::ApiRetry:
        ++usage.apiCalls; // each retry notice stands for one failed request
        break;
    case StreamEvent::CliError:
        noteError(event.text);
        break;
    case StreamEvent::Result:
        usage.addResult(event.usage);
        m_lastMessageId.clear(); // the next turn's response is a new call even if its id repeats
        if (event.isError)
            noteError(event.text);
        break;
    case StreamEvent::RateLimit:
    case StreamEvent::OtherJson:
    case StreamEvent::Garbage:
        break;
    }
}

void RunTally::noteError(const QString &text)
{
    if (!text.trimmed().isEmpty())
        lastError = text.trimmed().left(500);
}

void RunTally::finish(int code, const QString &how, const QString &stderrTail, const QString &usageError)
{
    if (!outcome.isEmpty())
        return;
    exitCode = code;
    outcome = how;
    noteError(usageError);
    if (code != 0 && lastError.isEmpty()) {
        const QStringList lines = stderrTail.trimmed().split(QLatin1Char('\n'));
        noteError(lines.isEmpty() ? QString() : lines.constLast());
    }
}
