#include "mcp/TimelineTool.h"

#include "mcp/MemoryDatabase.h"
#include "mcp/MemoryQueries.h"
#include "mcp/MemoryText.h"
#include "mcp/ProjectIdentity.h"
#include "mcp/ToolArguments.h"
#include "mcp/ToolSchema.h"

QString TimelineTool::description() const
{
    return QStringLiteral(
        "What happened around one observation (give its id from `search`) or around a date, in that project: "
        "the observations and session summaries just before and after, one line each, oldest first. The anchor "
        "is marked with →. Then use `get_observations` for the ids worth reading in full.");
}

QJsonObject TimelineTool::inputSchema() const
{
    return ToolSchema::object({
        { QStringLiteral("id"),
            ToolSchema::integer(QStringLiteral("The observation to centre on."), 1, 9007199254740991LL) },
        { QStringLiteral("date"), ToolSchema::string(QStringLiteral("Or a date to centre on (2026-03-01).")) },
        { QStringLiteral("before"), ToolSchema::integer(QStringLiteral("Lines before (default 5)."), 0, kMaxSpan) },
        { QStringLiteral("after"), ToolSchema::integer(QStringLiteral("Lines after (default 5)."), 0, kMaxSpan) },
        { QStringLiteral("project"),
            ToolSchema::string(QStringLiteral("With date: the project folder (default: the current project).")) },
    });
}

ToolResult TimelineTool::call(const QJsonObject &arguments)
{
    ToolArguments args(arguments);
    args.allowOnly({ QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("before"), QStringLiteral("after"),
        QStringLiteral("project") });
    const std::optional<qint64> id = args.integer(QStringLiteral("id"), 1, 9007199254740991LL);
    const std::optional<qint64> date = args.date(QStringLiteral("date"));
    const int before = int(args.integer(QStringLiteral("before"), 0, kMaxSpan).value_or(kDefaultSpan));
    const int after = int(args.integer(QStringLiteral("after"), 0, kMaxSpan).value_or(kDefaultSpan));
    QString project = args.string(QStringLiteral("project"), 4096);
    if (!args.ok())
        return ToolResult::failed(args.errors());
    if (id.has_value() == date.has_value())
        return ToolResult::failed(
            QStringLiteral("Give either \"id\" (an observation id from search) or \"date\", not both or neither."));

    QString error;
    const Database *db = m_db.forReading(&error);
    if (!db)
        return ToolResult::failed(error);
    const MemoryQueries queries(db->connection());
    qint64 at = date.value_or(0);
    if (id) {
        const QList<Observation> anchor = queries.byIds({ *id }, &error);
        if (anchor.isEmpty())
            return ToolResult::failed(error.isEmpty()
                    ? QStringLiteral("There is no observation #%1; take an id from search.").arg(*id)
                    : error);
        at = anchor.first().createdAt;
        project = anchor.first().project; // the anchor's own project, whatever was asked
    } else if (project.isEmpty()) {
        project = ProjectIdentity::current();
    } else {
        project = ProjectIdentity::of(project);
    }
    const QList<MemoryQueries::Moment> moments = queries.around(project, at, id.value_or(0), before, after, &error);
    if (!error.isEmpty())
        return ToolResult::failed(QStringLiteral("The timeline failed: %1").arg(error));
    QString text = QStringLiteral("Timeline of %1 around %2:\n")
                       .arg(project, id ? QStringLiteral("#%1").arg(*id) : MemoryText::date(at));
    if (moments.isEmpty())
        text += QStringLiteral("(nothing recorded in this project)\n");
    for (const MemoryQueries::Moment &m : moments) {
        if (m.observation) {
            const bool anchor = id && m.observation->id == *id;
            text += (anchor ? QStringLiteral("→ ") : QString())
                + MemoryText::indexLine(*m.observation).mid(anchor ? 2 : 0) + QLatin1Char('\n');
        } else {
            text += MemoryText::summaryLine(*m.summary) + QLatin1Char('\n');
        }
    }
    return ToolResult::ok(MemoryText::capped(text));
}
