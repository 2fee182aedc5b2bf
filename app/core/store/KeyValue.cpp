#include "core/store/KeyValue.h"

#include "core/platform/Clock.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

bool KeyValue::put(const QSqlDatabase &db, const QString &key, const QJsonObject &value)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO kv(key, value, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
    q.addBindValue(key);
    q.addBindValue(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    q.addBindValue(Clock::nowMs());
    return q.exec();
}

QJsonObject KeyValue::get(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM kv WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}
