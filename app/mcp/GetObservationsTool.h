#pragma once

#include "mcp/Tool.h"

class MemoryDatabase;

// `get_observations`: the last step. The full text of the few observations
// the model chose, each capped so that together they fit one answer.
class GetObservationsTool : public Tool
{
public:
    static constexpr int kMaxIds = 20;

    explicit GetObservationsTool(MemoryDatabase &db) : m_db(db) { }
    QString name() const override { return QStringLiteral("get_observations"); }
    QString description() const override;
    QJsonObject inputSchema() const override;
    ToolResult call(const QJsonObject &arguments) override;

private:
    MemoryDatabase &m_db;
};
