#pragma once

#include <QJsonObject>
#include <QString>

// What a tool call returns: Markdown text for the model, and whether it is an
// error the model should read and correct (MCP's isError), as opposed to a
// protocol error.
struct ToolResult
{
    QString text;
    bool isError = false;

    static ToolResult ok(const QString &text) { return { text, false }; }
    static ToolResult failed(const QString &text) { return { text, true }; }
};

// One MCP tool: its name, a description written for the model, the JSON
// Schema of its arguments, and what a call does.
class Tool
{
public:
    virtual ~Tool() = default;
    virtual QString name() const = 0;
    virtual QString description() const = 0;
    virtual QJsonObject inputSchema() const = 0;
    virtual ToolResult call(const QJsonObject &arguments) = 0;
};
