#include "mcp/RememberTool.h"

#include "core/platform/Clock.h"
#include "core/store/ObservationStore.h"
#include "mcp/MemoryDatabase.h"
#include "mcp/ProjectIdentity.h"
#include "mcp/ToolArguments.h"
#include "mcp/ToolSchema.h"

QString RememberTool::description() const
{
    return QStringLiteral(
        "Save a note to Observer Tray's memory for this project: a decision, a convention, a fact worth "
        "knowing next time. Use it when the user asks you to remember something, or for what future sessions "
        "must not rediscover. It shows up in later sessions' context and in `search`.");
}

QJsonObject RememberTool::inputSchema() const
{
    return ToolSchema::object(
        {
            { QStringLiteral("text"),
                ToolSchema::string(QStringLiteral("The note, self-contained (at most 4000 characters).")) },
            { QStringLiteral("title"),
                ToolSchema::string(QStringLiteral("A short title; default: the note's start.")) },
            { QStringLiteral("project"),
                ToolSchema::string(QStringLiteral("Project folder; default: the current project.")) },
        },
        { QStringLiteral("text") });
}

ToolResult RememberTool::call(const QJsonObject &arguments)
{
    ToolArguments args(arguments);
    args.allowOnly({ QStringLiteral("text"), QStringLiteral("title"), QStringLiteral("project") });
    Observation note;
    note.narrative = args.string(QStringLiteral("text"), Observation::kMaxNarrative, true);
    note.title = args.string(QStringLiteral("title"), Observation::kMaxTitle);
    note.project = args.string(QStringLiteral("project"), 4096);
    if (!args.ok())
        return ToolResult::failed(args.errors());
    if (note.narrative.trimmed().isEmpty())
        return ToolResult::failed(QStringLiteral("Invalid arguments: text: the note is empty; say what to remember."));
    if (note.project.isEmpty())
        note.project = ProjectIdentity::current();
    note.type = QStringLiteral("note");
    note.createdAt = Clock::nowMs();
    // The hash covers the session id, not the project: naming the project
    // here makes "the same note in the same project" one observation.
    note.userSessionId = QStringLiteral("remember:") + note.project;

    QString error;
    const Database *db = m_db.forWriting(&error);
    if (!db)
        return ToolResult::failed(error);
    ObservationStore store(db->connection());
    const auto stored = store.commitAnswer({ note }, {}, {}, 0, &error);
    if (!stored)
        return ToolResult::failed(QStringLiteral("The note was not saved: %1. Try again.").arg(error));
    const Observation kept = note.bounded();
    if (stored->observationsStored == 0)
        return ToolResult::ok(
            QStringLiteral("Already remembered for %1: \"%2\" (nothing new stored).").arg(note.project, kept.title));
    return ToolResult::ok(QStringLiteral("Remembered for %1: \"%2\".").arg(note.project, kept.title));
}
