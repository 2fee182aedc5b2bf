#pragma once

#include <QMetaType>
#include <QtGlobal>

// What an observer's turns cost, as the CLI reports it in its `result` lines
// (`usage`, `num_turns`, `total_cost_usd`) plus the API calls the stream shows.
// The quota and warm-up calls older CLIs make (README: calls per observer
// start) never appear in the stream, so they are not in apiCalls.
struct RunUsage
{
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheCreationTokens = 0;
    int numTurns = 0;
    int apiCalls = 0;
    double costUsd = -1; // the session's total so far; -1: the CLI gave none

    // Adds one result line's figures: usage and num_turns are per turn, the
    // cost is the session's running total, so the newest replaces it.
    void addResult(const RunUsage &turn)
    {
        inputTokens += turn.inputTokens;
        outputTokens += turn.outputTokens;
        cacheReadTokens += turn.cacheReadTokens;
        cacheCreationTokens += turn.cacheCreationTokens;
        numTurns += turn.numTurns;
        if (turn.costUsd >= 0)
            costUsd = turn.costUsd;
    }
};
Q_DECLARE_METATYPE(RunUsage)
