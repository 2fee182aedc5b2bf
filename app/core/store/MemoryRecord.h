#pragma once

#include "core/store/Observation.h"

#include <QJsonObject>

#include <optional>

// One line of an export file (JSON Lines): the header that names the format,
// an observation, or a session summary. The one owner of the field names, so
// MemoryExport writes exactly what MemoryImport reads back.
namespace MemoryRecord {
inline constexpr const char *kFormat = "observer-tray-memory";
inline constexpr int kVersion = 1;

// No time stamp: exporting the same memory twice gives the same bytes.
QJsonObject header(const QString &project);
// Empty when the object is this format's header at a version we read; otherwise why not.
QString headerProblem(const QJsonObject &line);

QJsonObject fromObservation(const Observation &o);
QJsonObject fromSummary(const SessionSummary &s);

// What a line holds; neither when it is no record of ours (*problem says why).
struct Parsed
{
    std::optional<Observation> observation;
    std::optional<SessionSummary> summary;
};
Parsed parse(const QJsonObject &line, QString *problem);
} // namespace MemoryRecord
