#pragma once

#include "mcp/Tool.h"

class MemoryDatabase;

// `remember`: saves a note the model (or the user through it) wants kept, as
// an observation of type `note` for the project. The same note twice in a
// project is stored once.
class RememberTool : public Tool
{
public:
    explicit RememberTool(MemoryDatabase &db) : m_db(db) { }
    QString name() const override { return QStringLiteral("remember"); }
    QString description() const override;
    QJsonObject inputSchema() const override;
    ToolResult call(const QJsonObject &arguments) override;

private:
    MemoryDatabase &m_db;
};
