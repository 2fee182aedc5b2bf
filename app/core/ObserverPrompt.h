#pragma once

#include "EventQueue.h"
#include "Observation.h"

#include <optional>

// What we say to an observer: our system prompt, one user message per batch
// of events, and the carry-over that starts a rolled-over conversation.
class ObserverPrompt
{
public:
    static QString systemPrompt();
    // One message for a batch of events (one API call). Tool input and output
    // are already capped by the hook; this keeps the message compact.
    static QString batchMessage(const QList<QueuedEvent> &events);
    static QString carryOver(const QList<Observation> &recent, const std::optional<SessionSummary> &last);
};
