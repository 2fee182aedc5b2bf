#pragma once

// What the hook must know of the database it appends to. Migrations (Qt side)
// writes schema versions up to kVersion and runs the same INSERT through
// EventQueue, so both paths store events identically.
namespace QueueSchema {
constexpr int kVersion = 3; // PRAGMA user_version of the newest schema; Migrations::latestVersion() returns it
// Binds session_id, kind, project, payload, created_at (ms since the epoch).
constexpr const char *kInsertSql
    = "INSERT INTO events(session_id, kind, project, payload, created_at) VALUES (?, ?, ?, ?, ?)";
} // namespace QueueSchema
