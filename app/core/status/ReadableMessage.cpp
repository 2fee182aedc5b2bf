#include "core/status/ReadableMessage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {
// The sentence inside the CLI's and the API's error objects, where it usually is.
QString messageIn(const QJsonObject &o)
{
    for (const char *key : { "message", "result", "error_description" })
        if (const QJsonValue v = o.value(QLatin1String(key)); v.isString() && !v.toString().isEmpty())
            return v.toString();
    const QJsonValue error = o.value(QLatin1String("error"));
    if (error.isObject())
        return messageIn(error.toObject());
    if (error.isString())
        return error.toString();
    return {};
}

QString readableLine(const QString &line)
{
    const qsizetype open = line.indexOf(QLatin1Char('{'));
    const qsizetype close = line.lastIndexOf(QLatin1Char('}'));
    if (open < 0 || close < open)
        return line;
    const QJsonDocument doc = QJsonDocument::fromJson(line.mid(open, close - open + 1).toUtf8());
    if (doc.isNull())
        return line; // braces in a sentence, not JSON
    const QString message = doc.isObject() ? messageIn(doc.object()) : QString();
    QString prefix = line.left(open).trimmed();
    while (prefix.endsWith(QLatin1Char(':')) || prefix.endsWith(QLatin1Char('-')))
        prefix.chop(1);
    const QString suffix = line.mid(close + 1).trimmed();
    QStringList parts;
    if (!prefix.isEmpty())
        parts << prefix.trimmed();
    parts << (message.isEmpty() ? QStringLiteral("(the CLI's raw answer is under Details)") : message);
    QString text = parts.join(QStringLiteral(" — "));
    if (!suffix.isEmpty())
        text += QLatin1Char(' ') + suffix;
    return text;
}
} // namespace

QString ReadableMessage::of(const QString &raw)
{
    QStringList lines = raw.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = readableLine(line);
    return lines.join(QLatin1Char('\n'));
}

bool ReadableMessage::looksRaw(const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const qsizetype open = line.indexOf(QLatin1Char('{'));
        const qsizetype close = line.lastIndexOf(QLatin1Char('}'));
        if (open >= 0 && close > open && !QJsonDocument::fromJson(line.mid(open, close - open + 1).toUtf8()).isNull())
            return true;
    }
    return false;
}
