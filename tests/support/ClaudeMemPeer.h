#pragma once

#include <QByteArray>
#include <QString>

// A claude-mem database as a claude-mem user has it: the schema made by
// claude-mem's own worker (tests/fixtures/claude-mem), one session with a
// readable observation ("Fixed the flaky login test"), one it cannot be
// mapped from (no title, no text) and a summary, in WAL mode like the worker
// leaves it (or in rollback-journal mode, where a writer's lock stops readers).
namespace ClaudeMemPeer {
// Writes it at path (folders made); false when the fixture or SQLite failed.
bool make(const QString &path, bool wal = true);
// The bytes of the file and its WAL: the same before and after proves "never written".
QByteArray digest(const QString &path);
} // namespace ClaudeMemPeer
