#include "core/queue/EventQueue.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

namespace {
QByteArray sha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

int scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesFromEmpty();
    void reopenKeepsData();
    void privatePermissions();
    void newerSchemaIsRefusedAndUntouched();
    void nonSqliteFileIsRefusedAndUntouched();
    void twoProcessesWritingLoseNothing();
};

void TestDatabase::migratesFromEmpty()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("d/o.db")));
    QVERIFY2(db.open(), qPrintable(db.error()));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")), Migrations::latestVersion());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")), 1);
    QVERIFY(scalar(db, QStringLiteral("PRAGMA busy_timeout")) >= 5000);
    for (const char *table : { "events", "observer_runs", "observations", "summaries", "observations_fts",
             "hidden_sessions", "observation_counts", "kv" }) {
        QVERIFY2(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(table)))
                == 1,
            table);
    }
}

void TestDatabase::reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("o.db"));
    {
        Database db(path);
        QVERIFY(db.open());
        EventQueue queue(db.connection());
        QString error;
        QVERIFY(queue.enqueue(
            { 0, QStringLiteral("s"), QStringLiteral("stop"), QStringLiteral("/p"), "{}", 1, 0, {} }, &error));
    }
    Database again(path);
    QVERIFY2(again.open(), qPrintable(again.error()));
    QCOMPARE(EventQueue(again.connection()).pendingCount(), 1);
}

void TestDatabase::privatePermissions()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("private"));
    const QString path = folder + QStringLiteral("/o.db");
    Database db(path);
    QVERIFY(db.open());
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(path), 0600);
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
}

void TestDatabase::newerSchemaIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("o.db"));
    {
        Database db(path);
        QVERIFY(db.open());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = sha(path);
    Database db(path);
    QVERIFY(!db.open());
    QVERIFY2(
        db.error().contains(QStringLiteral("99")) && db.error().contains(QString::number(Migrations::latestVersion())),
        qPrintable(db.error()));
    QCOMPARE(sha(path), before);
}

void TestDatabase::nonSqliteFileIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("o.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x') + "this is a user's file, not a database");
    f.close();
    const QByteArray before = sha(path);
    Database db(path);
    QVERIFY(!db.open());
    QVERIFY2(db.error().contains(QStringLiteral("not an Observer Tray database")), qPrintable(db.error()));
    QVERIFY(db.error().contains(QStringLiteral("left unchanged")));
    QCOMPARE(sha(path), before);
}

void TestDatabase::twoProcessesWritingLoseNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("observer-tray.db"));
    constexpr int kPerWriter = 500;
    QProcess a, b;
    a.start(QStringLiteral(OT_QUEUE_WRITER), { path, QStringLiteral("a"), QString::number(kPerWriter) });
    b.start(QStringLiteral(OT_QUEUE_WRITER), { path, QStringLiteral("b"), QString::number(kPerWriter) });
    QVERIFY(a.waitForFinished(60000));
    QVERIFY(b.waitForFinished(60000));
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);
    Database db(path);
    QVERIFY(db.open());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM events WHERE session_id = 'a'")), kPerWriter);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM events WHERE session_id = 'b'")), kPerWriter);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT payload || session_id) FROM events")), 2 * kPerWriter);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
