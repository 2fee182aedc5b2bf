#pragma once

#include "core/queue/QueuedEvent.h"
#include "core/store/Observation.h"

#include <optional>

class ObservationStore;

// What we say to an observer: our system prompt, one user message per turn,
// and the carry-over that starts a rolled-over conversation.
class ObserverPrompt
{
public:
    static QString systemPrompt();
    // One message for a turn's events (one API call). Tool input and output
    // are already capped by the hook; this keeps the message compact.
    static QString turnMessage(const QList<QueuedEvent> &events);
    // The whole turn: when carryOverFrom is set (a rolled-over observer), the
    // carry-over of what it holds for the project first, then turnMessage.
    static QString composeTurn(
        const QList<QueuedEvent> &events, const ObservationStore *carryOverFrom, const QString &project);
    // Opens a rolled-over observer's conversation with what is already stored
    // for the project (recent: newest first; last: the project's latest
    // summary), so it is not recorded again. Labelled as the project's: it may
    // come from other sessions. At most kMaxCarryOverBytes of UTF-8 (what does
    // not fit is left out, newest kept), ending with a blank line; empty when
    // there is nothing to carry, and then nothing is sent.
    static QString carryOver(const QList<Observation> &recent, const std::optional<SessionSummary> &last);
    static constexpr qsizetype kMaxCarryOverBytes = 2048;
};
