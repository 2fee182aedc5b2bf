#pragma once

#include "core/store/Observation.h"

#include <QString>

// How the tools write the memory for a model: Markdown lines, dates in local
// time, and a hard cap on every answer that says so where it cuts.
namespace MemoryText {
// Every tool's answer stays under this many characters.
constexpr qsizetype kMaxAnswer = 12000;

QString date(qint64 ms); // 2026-03-01 14:02
// "- #42 2026-03-01 14:02 [bugfix] Title — /project": an index entry, no body.
QString indexLine(const Observation &o);
QString summaryLine(const SessionSummary &s);
// Title, subtitle, narrative, facts, concepts and files, at most maxChars
// characters (the cut is stated).
QString fullText(const Observation &o, qsizetype maxChars);
// At most max characters: whole lines, then a line saying what was cut.
QString capped(const QString &text, qsizetype max = kMaxAnswer);
} // namespace MemoryText
