#pragma once

#include "core/store/Observation.h"

// An export as Markdown, readable in any editor: one section per user
// session (its project and start), its observations, then its summary.
namespace MemoryMarkdown {
QString document(const QString &project);
QString sessionHeading(const QString &userSessionId, const QString &project, qint64 startedAtMs);
QString observation(const Observation &o);
QString summary(const SessionSummary &s);
} // namespace MemoryMarkdown
