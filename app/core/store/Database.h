#pragma once

#include <QSqlDatabase>
#include <QString>

// One SQLite connection to the app's database: opening, pragmas, permissions
// and migrations. Qt SQL connections belong to the thread that opened them,
// so every thread (and the hook) makes its own Database.
class Database
{
public:
    // The schema version this build writes. Migrations live in Migrations.cpp.
    static int currentSchemaVersion();

    // connectionName must be unique per thread; defaults to one per instance.
    explicit Database(QString path, QString connectionName = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens, checks, migrates. On failure returns false and error() says what
    // happened and what to do. A file from a newer version, or one that is not
    // a SQLite database, is left exactly as it was.
    bool open();
    // Opens an existing database without creating or migrating it (used by
    // read-only reports such as --status). Fails when the file does not exist.
    bool openExisting();

    QSqlDatabase connection() const;
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    bool isOpen() const { return m_open; }

private:
    bool openConnection(bool create);
    bool readSchemaVersion(int *version);

    QString m_path;
    QString m_connectionName;
    QString m_error;
    bool m_open = false;
};
