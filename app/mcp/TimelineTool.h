#pragma once

#include "mcp/Tool.h"

class MemoryDatabase;

// `timeline`: the second step. What happened in a project around one
// observation (or a date): observations and session summaries, one line each.
class TimelineTool : public Tool
{
public:
    static constexpr int kDefaultSpan = 5;
    static constexpr int kMaxSpan = 25;

    explicit TimelineTool(MemoryDatabase &db) : m_db(db) { }
    QString name() const override { return QStringLiteral("timeline"); }
    QString description() const override;
    QJsonObject inputSchema() const override;
    ToolResult call(const QJsonObject &arguments) override;

private:
    MemoryDatabase &m_db;
};
