#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

// The small facts the app keeps between runs (kv table): the last auth
// state, so `--status` can report it without running anything.
namespace KeyValue {
bool put(const QSqlDatabase &db, const QString &key, const QJsonObject &value);
QJsonObject get(const QSqlDatabase &db, const QString &key);
} // namespace KeyValue
