#pragma once

#include "mcp/Tool.h"

class MemoryDatabase;

// `search`: the first of the three steps. Full-text search over the stored
// observations; answers an index (one line per hit with its id), not bodies.
class SearchTool : public Tool
{
public:
    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 100;

    explicit SearchTool(MemoryDatabase &db) : m_db(db) { }
    QString name() const override { return QStringLiteral("search"); }
    QString description() const override;
    QJsonObject inputSchema() const override;
    ToolResult call(const QJsonObject &arguments) override;

private:
    MemoryDatabase &m_db;
};
