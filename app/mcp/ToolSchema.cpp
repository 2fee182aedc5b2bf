#include "mcp/ToolSchema.h"

#include <QJsonArray>

QJsonObject ToolSchema::string(const QString &description)
{
    return { { QStringLiteral("type"), QStringLiteral("string") }, { QStringLiteral("description"), description } };
}

QJsonObject ToolSchema::integer(const QString &description, qint64 minimum, qint64 maximum)
{
    return { { QStringLiteral("type"), QStringLiteral("integer") }, { QStringLiteral("description"), description },
        { QStringLiteral("minimum"), minimum }, { QStringLiteral("maximum"), maximum } };
}

QJsonObject ToolSchema::integerList(const QString &description, int maxItems)
{
    return { { QStringLiteral("type"), QStringLiteral("array") }, { QStringLiteral("description"), description },
        { QStringLiteral("items"), QJsonObject { { QStringLiteral("type"), QStringLiteral("integer") } } },
        { QStringLiteral("minItems"), 1 }, { QStringLiteral("maxItems"), maxItems } };
}

QJsonObject ToolSchema::object(const QList<QPair<QString, QJsonObject>> &properties, const QStringList &required)
{
    QJsonObject props;
    for (const auto &p : properties)
        props.insert(p.first, p.second);
    QJsonObject schema { { QStringLiteral("type"), QStringLiteral("object") }, { QStringLiteral("properties"), props },
        { QStringLiteral("additionalProperties"), false } };
    if (!required.isEmpty())
        schema.insert(QStringLiteral("required"), QJsonArray::fromStringList(required));
    return schema;
}
