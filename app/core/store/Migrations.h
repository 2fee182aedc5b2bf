#pragma once

#include <QSqlDatabase>
#include <QString>

// The schema's history, forward only, in one place. Each step runs in its own
// transaction and sets PRAGMA user_version to its number.
namespace Migrations {
int latestVersion();
// Up to toVersion (tests build older databases with it).
bool migrate(QSqlDatabase &db, int fromVersion, QString *error, int toVersion = latestVersion());
} // namespace Migrations
