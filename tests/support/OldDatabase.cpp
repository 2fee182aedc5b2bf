#include "OldDatabase.h"

#include "core/store/Migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

namespace OldDatabase {
bool make(const QString &path, int version, const QStringList &folders, int observationsPerFolder)
{
    const QString name = QStringLiteral("old-%1").arg(version);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString error;
        ok = db.open() && Migrations::migrate(db, 0, &error, version);
        QSqlQuery q(db);
        ok = ok && q.exec(QStringLiteral("BEGIN"));
        int n = 0;
        for (const QString &folder : folders) {
            for (int i = 0; ok && i < observationsPerFolder; ++i, ++n) {
                q.prepare(QStringLiteral("INSERT INTO observations(user_session_id, project, title, narrative, "
                                         "created_at, content_hash) VALUES ('s', ?, ?, 'zebrafish narrative', ?, ?)"));
                q.addBindValue(folder);
                q.addBindValue(QStringLiteral("title %1").arg(n));
                q.addBindValue(n);
                q.addBindValue(QStringLiteral("hash-%1").arg(n));
                ok = q.exec();
            }
            q.prepare(QStringLiteral("INSERT INTO summaries(user_session_id, project, request, created_at, "
                                     "content_hash) VALUES ('s', ?, 'r', 1, ?)"));
            q.addBindValue(folder);
            q.addBindValue(QStringLiteral("sum-") + folder);
            ok = ok && q.exec();
            q.prepare(QStringLiteral(
                "INSERT INTO events(session_id, kind, project, payload, created_at) VALUES ('s', 'stop', ?, '{}', 1)"));
            q.addBindValue(folder);
            ok = ok && q.exec();
            q.prepare(QStringLiteral("INSERT INTO observer_runs(observer_session_id, user_session_id, project, cwd, "
                                     "started_at) VALUES (?, 's', ?, '/x', 1)"));
            q.addBindValue(QStringLiteral("run-") + folder);
            q.addBindValue(folder);
            ok = ok && q.exec();
        }
        ok = ok && q.exec(QStringLiteral("COMMIT")) && scalar(db, QStringLiteral("PRAGMA user_version")) == version;
        if (!ok)
            qWarning("old database: %s", qPrintable(q.lastError().text() + error));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace OldDatabase
