#include "mcp/SearchTool.h"

#include "mcp/MemoryDatabase.h"
#include "mcp/MemoryQueries.h"
#include "mcp/MemoryText.h"
#include "mcp/ProjectIdentity.h"
#include "mcp/SafeFtsQuery.h"
#include "mcp/ToolArguments.h"
#include "mcp/ToolSchema.h"

QString SearchTool::description() const
{
    return QStringLiteral(
        "Search Observer Tray's memory of past Claude Code sessions (what was done, found and decided). "
        "Returns an index: one line per observation with its id, date, type, title and project, newest first. "
        "Start here, then use `timeline` around an interesting id, then `get_observations` for the full text "
        "of the few ids you need. Words must all match; \"quoted words\" match as a phrase; the last word also "
        "matches as a prefix.");
}

QJsonObject SearchTool::inputSchema() const
{
    return ToolSchema::object({
        { QStringLiteral("query"), ToolSchema::string(QStringLiteral("Words to look for; empty lists the newest.")) },
        { QStringLiteral("project"),
            ToolSchema::string(QStringLiteral("Absolute project folder. Default: the current project. \"*\" "
                                              "searches every project.")) },
        { QStringLiteral("type"),
            ToolSchema::string(QStringLiteral("Only this type: bugfix, feature, refactor, change, discovery, "
                                              "decision, note, …")) },
        { QStringLiteral("since"), ToolSchema::string(QStringLiteral("From this date on (2026-03-01).")) },
        { QStringLiteral("until"), ToolSchema::string(QStringLiteral("Up to and including this date.")) },
        { QStringLiteral("limit"), ToolSchema::integer(QStringLiteral("How many lines (default 20)."), 1, kMaxLimit) },
    });
}

ToolResult SearchTool::call(const QJsonObject &arguments)
{
    ToolArguments args(arguments);
    args.allowOnly({ QStringLiteral("query"), QStringLiteral("project"), QStringLiteral("type"),
        QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("limit") });
    const QString query = args.string(QStringLiteral("query"), 1000);
    MemoryQueries::Filter filter;
    filter.fts = SafeFtsQuery::from(query);
    filter.project = args.string(QStringLiteral("project"), 4096);
    filter.type = args.string(QStringLiteral("type"), 40);
    filter.sinceMs = args.date(QStringLiteral("since")).value_or(0);
    filter.untilMs = args.date(QStringLiteral("until"), true).value_or(0);
    filter.limit = int(args.integer(QStringLiteral("limit"), 1, kMaxLimit).value_or(kDefaultLimit));
    if (!args.ok())
        return ToolResult::failed(args.errors());
    if (filter.fts.isEmpty() && !query.trimmed().isEmpty())
        return ToolResult::failed(
            QStringLiteral("The query \"%1\" has no word to search for; use letters or digits.").arg(query));
    if (filter.project.isEmpty())
        filter.project = ProjectIdentity::current();
    else if (filter.project == QLatin1String("*"))
        filter.project.clear();
    else
        filter.project = ProjectIdentity::of(filter.project);

    QString error;
    const Database *db = m_db.forReading(&error);
    if (!db)
        return ToolResult::failed(error);
    const QList<Observation> hits = MemoryQueries(db->connection()).search(filter, &error);
    if (!error.isEmpty())
        return ToolResult::failed(QStringLiteral("The search failed: %1").arg(error));
    const QString where = filter.project.isEmpty() ? QStringLiteral("all projects") : filter.project;
    if (hits.isEmpty())
        return ToolResult::ok(
            QStringLiteral("No observations match in %1. Try fewer or other words, or project \"*\".").arg(where));
    QString text = QStringLiteral("%1 observation(s) in %2, newest first (ids for get_observations / timeline):\n")
                       .arg(hits.size())
                       .arg(where);
    for (const Observation &o : hits)
        text += MemoryText::indexLine(o) + QLatin1Char('\n');
    return ToolResult::ok(MemoryText::capped(text));
}
