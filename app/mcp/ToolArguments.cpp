#include "mcp/ToolArguments.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
// How a wrong value is quoted back: short, one line.
QString shown(const QJsonValue &v)
{
    QString s = v.isString()
        ? QLatin1Char('"') + v.toString() + QLatin1Char('"')
        : QString::fromUtf8(QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    return s.size() > 60 ? s.left(59) + QChar(0x2026) : s;
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
}
} // namespace

QString ToolArguments::fail(const QString &name, const QString &expected)
{
    m_errors << QStringLiteral("%1: expected %2, got %3").arg(name, expected, shown(m_arguments.value(name)));
    return {};
}

void ToolArguments::allowOnly(const QStringList &names)
{
    for (const QString &key : m_arguments.keys()) {
        if (!names.contains(key))
            m_errors << QStringLiteral("unknown argument \"%1\" (this tool takes: %2)")
                            .arg(key, names.join(QStringLiteral(", ")));
    }
}

QString ToolArguments::string(const QString &name, qsizetype maxLength, bool required)
{
    const QJsonValue v = m_arguments.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            m_errors << QStringLiteral("%1: required").arg(name);
        return {};
    }
    if (!v.isString())
        return fail(name, QStringLiteral("a string"));
    if (v.toString().size() > maxLength)
        return fail(name, QStringLiteral("at most %1 characters").arg(maxLength));
    return v.toString();
}

std::optional<qint64> ToolArguments::integer(const QString &name, qint64 min, qint64 max)
{
    const QJsonValue v = m_arguments.value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!isInteger(v) || qint64(v.toDouble()) < min || qint64(v.toDouble()) > max) {
        fail(name, QStringLiteral("an integer from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return qint64(v.toDouble());
}

QList<qint64> ToolArguments::integers(const QString &name, qsizetype maxItems)
{
    const QJsonValue v = m_arguments.value(name);
    const QString expected = QStringLiteral("a list of 1 to %1 observation ids (integers)").arg(maxItems);
    if (!v.isArray() || v.toArray().isEmpty() || v.toArray().size() > maxItems) {
        fail(name, expected);
        return {};
    }
    QList<qint64> out;
    for (const QJsonValue item : v.toArray()) {
        if (!isInteger(item) || item.toDouble() < 1) {
            fail(name, expected);
            return {};
        }
        if (!out.contains(qint64(item.toDouble())))
            out << qint64(item.toDouble());
    }
    return out;
}

std::optional<qint64> ToolArguments::date(const QString &name, bool endOfDay)
{
    const QString text = string(name, 40);
    if (text.isEmpty())
        return std::nullopt;
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        return QDateTime(endOfDay ? day.addDays(1) : day, QTime(0, 0)).toMSecsSinceEpoch();
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (moment.isValid())
        return moment.toMSecsSinceEpoch();
    fail(name, QStringLiteral("a date like 2026-03-01 or 2026-03-01T14:30"));
    return std::nullopt;
}

QString ToolArguments::errors() const
{
    return QStringLiteral("Invalid arguments: ") + m_errors.join(QStringLiteral("; "))
        + QStringLiteral(". Check the tool's input schema and call it again.");
}
