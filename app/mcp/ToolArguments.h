#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Reads a tool's arguments the way its schema declares them, collecting what
// is wrong as one sentence the model can act on ("limit: expected an integer
// from 1 to 100, got \"many\""). An absent optional argument is not an error.
class ToolArguments
{
public:
    explicit ToolArguments(QJsonObject arguments) : m_arguments(std::move(arguments)) { }

    // Names not in the schema: reported, so a misspelt argument is not silently ignored.
    void allowOnly(const QStringList &names);
    QString string(const QString &name, qsizetype maxLength, bool required = false);
    std::optional<qint64> integer(const QString &name, qint64 min, qint64 max);
    QList<qint64> integers(const QString &name, qsizetype maxItems);
    // A local date (2026-03-01: its start, or with endOfDay the next day's
    // start) or an ISO 8601 date and time, as ms since the epoch.
    std::optional<qint64> date(const QString &name, bool endOfDay = false);
    bool has(const QString &name) const { return m_arguments.contains(name); }

    bool ok() const { return m_errors.isEmpty(); }
    QString errors() const;

private:
    QString fail(const QString &name, const QString &expected);

    QJsonObject m_arguments;
    QStringList m_errors;
};
