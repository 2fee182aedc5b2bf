#pragma once

// SQL pieces both of EventQueue's source files use; nothing else includes this.
#include "core/queue/EventQueue.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace EventQueueSql {
inline QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

inline QueuedEvent eventFrom(const QSqlQuery &q)
{
    QueuedEvent e;
    e.id = q.value(0).toLongLong();
    e.userSessionId = q.value(1).toString();
    e.kind = q.value(2).toString();
    e.project = q.value(3).toString();
    e.payload = q.value(4).toByteArray();
    e.createdAt = q.value(5).toLongLong();
    e.attempts = q.value(6).toInt();
    e.lastError = q.value(7).toString();
    return e;
}

// The SQL form of ridesAlong(): "('session-start', 'user-prompt-submit')".
inline QString contextKindsSql()
{
    QStringList names;
    for (const EventKindNames &k : kEventKinds) {
        if (ridesAlong(k.kind))
            names << QLatin1Char('\'') + QString::fromLatin1(k.name.data(), qsizetype(k.name.size()))
                    + QLatin1Char('\'');
    }
    return QLatin1Char('(') + names.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// A state as SQL text, for statements that name states in their text.
inline QString sql(EventQueue::State state)
{
    return QString::number(int(state));
}

inline constexpr char kColumns[] = "id, session_id, kind, project, payload, created_at, attempts, last_error";

} // namespace EventQueueSql
