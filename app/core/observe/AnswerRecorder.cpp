#include "core/observe/AnswerRecorder.h"

#include "core/observe/ObservationParser.h"
#include "core/platform/Clock.h"
#include "core/store/ObservationStore.h"

namespace {
// What the parser found, attributed to the user session and project observed.
void attribute(ParsedAnswer &parsed, const AnswerRecorder::Turn &turn, qint64 now)
{
    for (Observation &o : parsed.observations) {
        o.userSessionId = turn.userSessionId;
        o.project = turn.project;
        o.createdAt = now;
    }
    for (SessionSummary &s : parsed.summaries) {
        s.userSessionId = turn.userSessionId;
        s.project = turn.project;
        s.createdAt = now;
    }
}

// A turn with tool use should produce at least one block (or <skip/>).
bool expectsBlock(const QList<QueuedEvent> &events)
{
    return std::any_of(
        events.cbegin(), events.cend(), [](const QueuedEvent &e) { return e.is(EventKind::PostToolUse); });
}
} // namespace

AnswerRecorder::AnswerRecorder(QSqlDatabase db, int stallAfter, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_stallAfter(stallAfter)
{
}

QList<qint64> AnswerRecorder::idsOf(const QList<QueuedEvent> &events)
{
    QList<qint64> ids;
    ids.reserve(events.size());
    for (const QueuedEvent &e : events)
        ids << e.id;
    return ids;
}

bool AnswerRecorder::record(const Turn &turn, const QString &answer, QString *error)
{
    ParsedAnswer parsed = ObservationParser::parse(answer);
    attribute(parsed, turn, Clock::nowMs());
    const auto result = ObservationStore(m_db).commitAnswer(
        parsed.observations, parsed.summaries, idsOf(turn.events), turn.runId, error);
    if (result)
        Q_EMIT stored(result->observationsStored, result->summariesStored);
    noteAnswer(parsed.hadBlock, expectsBlock(turn.events));
    return result.has_value();
}

bool AnswerRecorder::acknowledgeUnanswered(const QList<QueuedEvent> &events, QString *error)
{
    return ObservationStore(m_db).commitAnswer({}, {}, idsOf(events), 0, error).has_value();
}

void AnswerRecorder::noteAnswer(bool hadBlock, bool expectedBlock)
{
    if (hadBlock)
        m_answersWithoutBlock = 0;
    else if (expectedBlock)
        ++m_answersWithoutBlock;
    const bool stalled = m_answersWithoutBlock >= m_stallAfter;
    if (stalled == m_stalled)
        return;
    m_stalled = stalled;
    Q_EMIT stallChanged(stalled,
        stalled ? tr("The observer answered %1 times in a row without an observation block.").arg(m_answersWithoutBlock)
                : QString());
}
