#include "cli/CommandDatabase.h"
#include "core/platform/AppPaths.h"

#include <QFile>
#include <QTextStream>

int CommandDatabase::run(QTextStream &err, const std::function<int(const QSqlDatabase &)> &command)
{
    CommandDatabase db;
    return db.open(err) ? command(db.connection()) : kCannotOpen;
}

CommandDatabase::CommandDatabase() : m_db(AppPaths::databasePath())
{
}

bool CommandDatabase::open(QTextStream &err, const QString &context)
{
    if (m_db.open())
        return true;
    err << "observer-tray: " << context << m_db.error() << '\n';
    return false;
}

bool CommandDatabase::openExisting()
{
    return m_db.openExisting();
}

bool CommandDatabase::fileExists() const
{
    return QFile::exists(m_db.path());
}
