#pragma once

#include "core/store/Database.h"

#include <QString>

#include <memory>

// The server's connection to the app's database, opened on first use and
// again after a failure (the app may create or upgrade it while the server
// runs). Reads never create the database; one of an older schema is upgraded
// as every command upgrades it. In WAL mode a reader never blocks a hook's write.
// Only `remember` writes, and it opens the database as any command does.
class MemoryDatabase
{
public:
    // nullptr and *error set ("No database yet …", "schema version …").
    const Database *forReading(QString *error);
    const Database *forWriting(QString *error);

private:
    std::unique_ptr<Database> m_db;
    bool m_writable = false;
};
