#pragma once

#include "core/store/Observation.h"

#include <QList>
#include <QString>

#include <optional>

// Reads a claude-mem database (~/.claude-mem/claude-mem.db) without ever
// writing or locking it for long: SQLite's read-only mode (mode=ro), one
// short read transaction, works while claude-mem's worker runs. Maps its
// observations and session summaries to ours; says what it could not map.
class ClaudeMemReader
{
public:
    struct Unmapped
    {
        QString provenance; // "claude-mem:observations:17"
        QString reason;
    };
    struct Contents
    {
        QList<Observation> observations;
        QStringList observationProvenance; // one per observation
        QList<SessionSummary> summaries;
        QStringList summaryProvenance;
        QList<Unmapped> unmapped;
    };

    static QString defaultPath(); // ~/.claude-mem/claude-mem.db
    // nullopt with *error (a clear sentence: missing, not a database, not
    // claude-mem's, damaged, locked) when the file cannot be read whole.
    static std::optional<Contents> read(const QString &path, QString *error);
};
