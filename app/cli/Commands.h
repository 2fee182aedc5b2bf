#pragma once

#include <QList>
#include <QStringList>

class QTextStream;

// The command-line front end of the core, for scripts and for people without
// a tray. Each runs inside a QCoreApplication (no display needed), prints JSON
// or one clear line, and returns the process exit code. Each group lives in its
// own file (CommandsAuth.cpp, CommandsHooks.cpp, ...); CommandLine picks one,
// and those that need the database open it through CommandDatabase.
namespace Commands {
// --check-auth: probe now, print the state as JSON. 0 signed in, 1 not, 2 CLI missing/broken.
int checkAuth(QTextStream &out, QTextStream &err);
// --status: the last known state, counts, queue, hooks as JSON; runs nothing.
int status(QTextStream &out, QTextStream &err);
// --install-hooks / --uninstall-hooks: 0 done (or nothing to do), 1 refused (the message says why).
// --hooks-status: 0 installed, 1 not_installed, 2 outdated, 3 broken, 4 unreadable.
int installHooks(QTextStream &out, QTextStream &err);
int uninstallHooks(QTextStream &out, QTextStream &err);
int hooksStatus(QTextStream &out, QTextStream &err);
// --record-event KIND: the hook's full path (HookRecorder) for the event on
// stdin; prints a new session's context, or one line on stderr. Always 0.
int recordEvent(const QString &kind, QTextStream &out, QTextStream &err);
// --hide-observer-sessions [--dry-run] / --restore-hidden-sessions: JSON report.
int hideObserverSessions(bool dryRun, QTextStream &out, QTextStream &err);
int restoreHiddenSessions(QTextStream &out, QTextStream &err);
// --headless: run the pipeline until SIGTERM/SIGINT (or stand by while another
// process runs it on this data folder, and take over when that one exits).
// --drain: process what is queued now, exit 0 when the queue is empty, non-zero
// with a reason otherwise; kDrainElsewhere when another process runs the
// pipeline on this data folder, or with wait, 0 once that one has emptied the queue.
constexpr int kDrainElsewhere = 4;
int headless(QTextStream &out, QTextStream &err);
int drain(bool wait, QTextStream &out, QTextStream &err);
// --mcp: the memory server for Claude Code on stdin/stdout until stdin ends (0).
int mcpServer(QTextStream &out, QTextStream &err);
// --forget-project PATH: forgets the project PATH belongs to (its repository,
// else PATH): observations, summaries, queued events; JSON counts.
// --delete-observation ID…: deletes those observations; JSON of what went.
// 0 done; 1 the database could not be opened or written (nothing deleted);
// kNothingFound nothing stored for that project / some ids not found.
constexpr int kNothingFound = 3;
int forgetProject(const QString &path, QTextStream &out, QTextStream &err);
int deleteObservations(const QList<qint64> &ids, QTextStream &out, QTextStream &err);
// --redact-existing [--dry-run]: credentials in stored observations, summaries
// and queued events become [redacted:<kind>], in one transaction; JSON counts.
// 0 done, 1 database cannot be opened, kRedactFailed nothing changed (bad
// pattern in Settings, or the database refused).
constexpr int kRedactFailed = 3;
int redactExisting(bool dryRun, QTextStream &out, QTextStream &err);
// --export [--project P] FILE (JSON Lines; .md: Markdown) and --import FILE
// (JSON Lines; what is stored already is not stored again): JSON counts.
// 0 done, 1 database cannot be opened, kMemoryFileFailed the file cannot be
// written, or read (not an export, a bad line: nothing is imported).
constexpr int kMemoryFileFailed = 3;
int exportMemory(const QString &path, const QString &project, QTextStream &out, QTextStream &err);
int importMemory(const QString &path, QTextStream &out, QTextStream &err);
// --import-claude-mem [PATH]: claude-mem's database (default
// ~/.claude-mem/claude-mem.db), read-only; JSON counts and what was not mapped.
// 0 imported, 1 our database cannot be opened, kMemoryFileFailed the peer's file
// missing, damaged, locked or not claude-mem's (nothing imported).
int importClaudeMem(const QString &path, QTextStream &out, QTextStream &err);
} // namespace Commands
