#include "core/store/Database.h"

#include "core/platform/AppPaths.h"
#include "core/store/Migrations.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("observer-tray-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}
// WAL is a property of the file, set once. Switching needs an exclusive lock
// and SQLite does not call the busy handler for it, so two processes opening
// a new database at once retry here (bounded by the same 5 s budget).
bool ensureWal(QSqlDatabase &db, QString *error)
{
    for (int attempt = 0; attempt < 500; ++attempt) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next()
            && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return true;
        q.finish();
        if (q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && q.next()
            && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return true;
        *error = q.lastError().text();
        QThread::msleep(10);
    }
    return false;
}
} // namespace

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(connectionName.isEmpty() ? uniqueConnectionName() : std::move(connectionName))
{
}

Database::~Database()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::openConnection(bool create)
{
    const QFileInfo info(m_path);
    if (create) {
        if (!AppPaths::ensurePrivateDir(info.absolutePath(), &m_error))
            return false;
        // Create the file ourselves so it is 0600 whatever the umask; SQLite
        // gives its -wal and -shm files the same mode.
        const QByteArray native = QFile::encodeName(m_path);
        const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0) {
            m_error = QStringLiteral("Cannot open the database file %1: %2. Check the folder's permissions "
                                     "and free space, or choose another folder with --data-dir.")
                          .arg(m_path, QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        ::close(fd);
    } else if (!info.exists()) {
        m_error = QStringLiteral("No database yet at %1: nothing has been recorded.").arg(m_path);
        return false;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid()) {
        m_error = QStringLiteral("Qt's SQLite driver is missing. Install the package libqt6sql6-sqlite.");
        return false;
    }
    db.setDatabaseName(m_path);
    // busy_timeout in ms: concurrent hooks wait for each other instead of
    // failing with "database is locked".
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_error = QStringLiteral("Cannot open the database %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    return true;
}

bool Database::readSchemaVersion(int *version)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    // The first statement only reads: a file that is not a database fails
    // here, before anything could be written to it.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_error = QStringLiteral("The file %1 is not an Observer Tray database (%2). It was left unchanged; "
                                 "move it away or start with another --data-dir.")
                      .arg(m_path, q.lastError().text());
        return false;
    }
    *version = q.value(0).toInt();
    return true;
}

bool Database::open()
{
    if (!openConnection(true))
        return false;
    int version = 0;
    if (!readSchemaVersion(&version))
        return false;
    if (version > Migrations::latestVersion()) {
        m_error = QStringLiteral("The database %1 has schema version %2, but this Observer Tray only knows "
                                 "versions up to %3. It was left unchanged; install the newer Observer Tray "
                                 "that wrote it, or use another --data-dir.")
                      .arg(m_path)
                      .arg(version)
                      .arg(Migrations::latestVersion());
        return false;
    }
    QSqlDatabase db = connection();
    QString err;
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), &err) || !ensureWal(db, &err)
        || !exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), &err)) {
        m_error = QStringLiteral("Cannot configure the database %1: %2").arg(m_path, err);
        return false;
    }
    if (version < Migrations::latestVersion() && !Migrations::migrate(db, version, &err)) {
        m_error = QStringLiteral("Cannot upgrade the database %1 from version %2: %3. Nothing was changed.")
                      .arg(m_path)
                      .arg(version)
                      .arg(err);
        return false;
    }
    m_open = true;
    return true;
}

bool Database::openExisting()
{
    if (!openConnection(false))
        return false;
    int version = 0;
    if (!readSchemaVersion(&version))
        return false;
    if (version != Migrations::latestVersion()) {
        m_error = QStringLiteral("The database %1 has schema version %2; this Observer Tray expects %3. "
                                 "Start the app once to upgrade it.")
                      .arg(m_path)
                      .arg(version)
                      .arg(Migrations::latestVersion());
        return false;
    }
    QString err;
    QSqlDatabase db = connection();
    exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), &err);
    m_open = true;
    return true;
}
