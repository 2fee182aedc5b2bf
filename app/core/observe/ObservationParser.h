#pragma once

#include "core/store/Observation.h"

#include <QList>

struct ParsedAnswer
{
    QList<Observation> observations;
    QList<SessionSummary> summaries;
    bool hadBlock = false; // at least one <observation> or <summary> was found
};

// Reads an observer's answer. Tolerant by design: models wrap XML in prose and
// code fences, forget optional fields, invent types, leave tags unclosed. What
// can be read is kept; nothing in the input can make it fail.
class ObservationParser
{
public:
    static ParsedAnswer parse(const QString &answerText);
};
