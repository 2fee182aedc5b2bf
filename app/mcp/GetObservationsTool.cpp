#include "mcp/GetObservationsTool.h"

#include "mcp/MemoryDatabase.h"
#include "mcp/MemoryQueries.h"
#include "mcp/MemoryText.h"
#include "mcp/ToolArguments.h"
#include "mcp/ToolSchema.h"

QString GetObservationsTool::description() const
{
    return QStringLiteral(
        "The full text of chosen observations (title, subtitle, narrative, facts, concepts, files) by id, from "
        "`search` or `timeline`. Ask only for the ids you need (at most 20): the answer is capped at 12,000 "
        "characters, shared between them.");
}

QJsonObject GetObservationsTool::inputSchema() const
{
    return ToolSchema::object(
        { { QStringLiteral("ids"), ToolSchema::integerList(QStringLiteral("Observation ids."), kMaxIds) } },
        { QStringLiteral("ids") });
}

ToolResult GetObservationsTool::call(const QJsonObject &arguments)
{
    ToolArguments args(arguments);
    args.allowOnly({ QStringLiteral("ids") });
    const QList<qint64> ids = args.integers(QStringLiteral("ids"), kMaxIds);
    if (!args.ok())
        return ToolResult::failed(args.errors());

    QString error;
    const Database *db = m_db.forReading(&error);
    if (!db)
        return ToolResult::failed(error);
    const QList<Observation> found = MemoryQueries(db->connection()).byIds(ids, &error);
    if (!error.isEmpty())
        return ToolResult::failed(QStringLiteral("Reading the observations failed: %1").arg(error));
    QStringList missing;
    for (const qint64 id : ids) {
        if (std::none_of(found.begin(), found.end(), [id](const Observation &o) { return o.id == id; }))
            missing << QStringLiteral("#%1").arg(id);
    }
    if (found.isEmpty())
        return ToolResult::failed(QStringLiteral("No observation has the id(s) %1; take ids from search.")
                                      .arg(missing.join(QStringLiteral(", "))));
    // Each its share of the answer, so one long observation cannot crowd out the rest.
    const qsizetype share = (MemoryText::kMaxAnswer - 200) / found.size();
    QStringList parts;
    for (const Observation &o : found)
        parts << MemoryText::fullText(o, share);
    if (!missing.isEmpty())
        parts << QStringLiteral("(not found: %1)").arg(missing.join(QStringLiteral(", ")));
    return ToolResult::ok(MemoryText::capped(parts.join(QStringLiteral("\n\n"))));
}
