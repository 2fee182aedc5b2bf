#include "mcp/MemoryDatabase.h"

#include "core/platform/AppPaths.h"

#include <QFile>

const Database *MemoryDatabase::forReading(QString *error)
{
    if (m_db && m_db->isOpen())
        return m_db.get();
    m_db = std::make_unique<Database>(AppPaths::databasePath());
    if (m_db->openExisting())
        return m_db.get();
    // There but not of this build's schema: an older one is upgraded as any
    // command would (a newer one, or not a database, is refused unchanged).
    if (QFile::exists(AppPaths::databasePath())) {
        m_db = std::make_unique<Database>(AppPaths::databasePath());
        if (m_db->open())
            return m_db.get();
    }
    *error = m_db->error();
    m_db.reset();
    return nullptr;
}

const Database *MemoryDatabase::forWriting(QString *error)
{
    if (m_db && m_db->isOpen() && m_writable)
        return m_db.get();
    m_db = std::make_unique<Database>(AppPaths::databasePath());
    m_writable = m_db->open();
    if (m_writable)
        return m_db.get();
    *error = m_db->error();
    m_db.reset();
    return nullptr;
}
