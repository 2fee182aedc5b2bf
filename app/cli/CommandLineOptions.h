#pragma once

#include <QCommandLineOption>
#include <QList>

// Every option observer-tray takes, with the words --help shows. The exit
// codes named here are the README's table ("Exit codes and status values").
struct CommandLineOptions
{
    QCommandLineOption dataDir { QStringLiteral("data-dir"), QStringLiteral("Keep the database in DIR."),
        QStringLiteral("DIR") };
    QCommandLineOption checkAuth { QStringLiteral("check-auth"),
        QStringLiteral("Check whether observers can sign in; print JSON. Exit 0 signed in, "
                       "1 not signed in, 2 CLI missing or broken.") };
    QCommandLineOption status { QStringLiteral("status"),
        QStringLiteral("Print the last known state, counts and queue as JSON; runs nothing.") };
    QCommandLineOption installHooks { QStringLiteral("install-hooks"),
        QStringLiteral("Add Observer Tray's hooks to Claude Code's settings.json, and register its memory "
                       "server with `claude mcp add`.") };
    QCommandLineOption uninstallHooks { QStringLiteral("uninstall-hooks"),
        QStringLiteral("Remove Observer Tray's hooks (and only those) and its memory server.") };
    QCommandLineOption hooksStatus { QStringLiteral("hooks-status"),
        QStringLiteral("Say whether the hooks are installed, not installed, outdated or broken. Exit 0 installed, "
                       "1 not installed, 2 outdated, 3 broken, 4 settings.json unreadable.") };
    QCommandLineOption hide { QStringLiteral("hide-observer-sessions"),
        QStringLiteral("Move observer transcripts out of Claude Code's resume list; print JSON.") };
    QCommandLineOption dryRun { QStringLiteral("dry-run"),
        QStringLiteral("With --hide-observer-sessions or --redact-existing: only report.") };
    QCommandLineOption restore { QStringLiteral("restore-hidden-sessions"),
        QStringLiteral("Put every hidden transcript back where it was; print JSON.") };
    QCommandLineOption headless { QStringLiteral("headless"),
        QStringLiteral("Run the pipeline without a GUI until SIGTERM or SIGINT.") };
    QCommandLineOption drain { QStringLiteral("drain"),
        QStringLiteral("Process everything queued now, then exit (0 when the queue is empty, 4 when another "
                       "Observer Tray processes this data folder).") };
    QCommandLineOption wait { QStringLiteral("wait"),
        QStringLiteral("With --drain: when another Observer Tray processes this data folder, wait until it has "
                       "emptied the queue (or exited) instead of exiting with 4.") };
    QCommandLineOption recordEvent { QStringLiteral("record-event"),
        QStringLiteral("Record one Claude Code hook event from stdin (what observer-tray-hook hands over "
                       "when it needs the app: a new database, a new session's context)."),
        QStringLiteral("KIND") };
    QCommandLineOption mcp { QStringLiteral("mcp"),
        QStringLiteral("Serve the memory to Claude Code as an MCP server on stdin and stdout (what "
                       "`claude mcp add` runs); exit when stdin ends.") };
    QCommandLineOption forgetProject { QStringLiteral("forget-project"),
        QStringLiteral("Forget the project PATH belongs to (its git repository, else PATH): its observations, "
                       "summaries and queued events; print JSON. Exit 3 when nothing was stored for it."),
        QStringLiteral("PATH") };
    QCommandLineOption deleteObservation { QStringLiteral("delete-observation"),
        QStringLiteral("Delete the observations with these ids (more may follow as arguments); print JSON. "
                       "Exit 3 when an id names no stored observation."),
        QStringLiteral("ID") };

    QCommandLineOption redactExisting { QStringLiteral("redact-existing"),
        QStringLiteral("Replace credentials in stored memory and queued events by [redacted:<kind>]; print JSON "
                       "counts. Exit 0 done, 1 database cannot be opened, 3 nothing changed (bad pattern or "
                       "database busy).") };
    QCommandLineOption exportMemory { QStringLiteral("export"),
        QStringLiteral("Write every observation and summary to FILE: JSON Lines, or Markdown for a .md name; print "
                       "JSON counts. Exit 0 written, 1 database cannot be opened, 3 FILE cannot be written."),
        QStringLiteral("FILE") };
    QCommandLineOption project { QStringLiteral("project"), QStringLiteral("With --export: only this project."),
        QStringLiteral("P") };
    QCommandLineOption importMemory { QStringLiteral("import"),
        QStringLiteral("Read an --export JSON Lines FILE back (nothing is stored twice); print JSON counts. Exit 0 "
                       "imported, 1 database cannot be opened, 3 FILE unreadable or not an export (nothing "
                       "imported)."),
        QStringLiteral("FILE") };
    QCommandLineOption importClaudeMem { QStringLiteral("import-claude-mem"),
        QStringLiteral("Import claude-mem's observations and summaries from its database (PATH after the option, "
                       "default ~/.claude-mem/claude-mem.db), opened read-only; print JSON. Exit 0 imported, 1 "
                       "database cannot be opened, 3 the claude-mem file is missing, damaged, locked or not "
                       "claude-mem's (nothing imported).") };

    // In the order --help lists them.
    QList<QCommandLineOption> all() const
    {
        return { dataDir, checkAuth, status, installHooks, uninstallHooks, hooksStatus, hide, dryRun, restore, headless,
            drain, wait, recordEvent, mcp, forgetProject, deleteObservation, redactExisting, exportMemory, project,
            importMemory, importClaudeMem };
    }
};
