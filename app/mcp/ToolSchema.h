#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// The JSON Schema pieces the tools' inputSchema is made of.
namespace ToolSchema {
QJsonObject string(const QString &description);
QJsonObject integer(const QString &description, qint64 minimum, qint64 maximum);
QJsonObject integerList(const QString &description, int maxItems);
// An object with these properties, no others, and the required ones named.
QJsonObject object(const QList<QPair<QString, QJsonObject>> &properties, const QStringList &required = {});
} // namespace ToolSchema
