// The hook's fast path must store exactly what EventQueue stores, and hand
// every unusual database back to the full path untouched.
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"
#include "hookcore/QueueAppender.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestQueueAppender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void storesWhatEventQueueStores();
    void missingDatabaseIsLeftToTheFullPath();
    void otherSchemaVersionIsLeftUntouched();
    void notADatabaseIsLeftUntouched();
    void symlinkIsRefused();

private:
    static QueuedEvent sample(const QString &project);
    static QueueAppender::Event fast(const QString &project);
    static QueueAppender::Result append(const QString &path, const QString &project, std::string *error);
    static QByteArray digest(const QString &path);
    QString dbPath() const { return m_dir->filePath(QStringLiteral("o.db")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestQueueAppender::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

QueuedEvent TestQueueAppender::sample(const QString &project)
{
    QueuedEvent e;
    e.userSessionId = QStringLiteral("s-1");
    e.kind = QStringLiteral("post-tool-use");
    e.project = project;
    e.payload = R"({"tool_name":"Read","tool_input":{"file_path":"/p/größe.cpp"}})";
    e.createdAt = 1732400000123;
    return e;
}

QueueAppender::Event TestQueueAppender::fast(const QString &project)
{
    const QueuedEvent e = sample(project);
    return { e.userSessionId.toStdString(), e.kind.toStdString(), e.project.toStdString(), e.payload.toStdString(),
        e.createdAt };
}

QueueAppender::Result TestQueueAppender::append(const QString &path, const QString &project, std::string *error)
{
    return QueueAppender::append(QFile::encodeName(path).toStdString(), fast(project), error);
}

QByteArray TestQueueAppender::digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : "";
}

void TestQueueAppender::storesWhatEventQueueStores()
{
    {
        Database db(dbPath());
        QVERIFY(db.open());
        QString error;
        QVERIFY(EventQueue(db.connection()).enqueue(sample(QStringLiteral("/p")), &error));
    }
    std::string error;
    QCOMPARE(append(dbPath(), QStringLiteral("/p"), &error), QueueAppender::Result::Appended);
    QCOMPARE(append(dbPath(), QString(), &error), QueueAppender::Result::Appended);
    QVERIFY2(error.empty(), error.c_str());

    Database db(dbPath());
    QVERIFY(db.open());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT session_id, kind, project, payload, created_at, state, typeof(payload) "
                                  "FROM events ORDER BY id")));
    QList<QStringList> rows;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 7; ++i)
            row << q.value(i).toString();
        rows << row;
    }
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1], rows[0]); // byte for byte what the Qt path stores, text not blob
    QCOMPARE(rows[0][6], QStringLiteral("text"));
    QCOMPARE(rows[0][3], QString::fromUtf8(sample({}).payload));
    QCOMPARE(rows[2][2], QString()); // no cwd: '' as the schema says, not NULL
    // And the queue hands them out like any other event.
    EventQueue queue(db.connection());
    QString claimError;
    QCOMPARE(queue.claim(QStringLiteral("s-1"), 10, sample({}).createdAt + 1, &claimError).size(), 3);
}

void TestQueueAppender::missingDatabaseIsLeftToTheFullPath()
{
    std::string error;
    QCOMPARE(append(dbPath(), {}, &error), QueueAppender::Result::NeedsFullOpen);
    QVERIFY(!QFile::exists(dbPath())); // created with the right modes by Database, not here
}

void TestQueueAppender::otherSchemaVersionIsLeftUntouched()
{
    {
        Database db(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion() + 1)));
    }
    const QByteArray before = digest(dbPath());
    std::string error;
    QCOMPARE(append(dbPath(), {}, &error), QueueAppender::Result::NeedsFullOpen);
    QCOMPARE(digest(dbPath()), before);
}

void TestQueueAppender::notADatabaseIsLeftUntouched()
{
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    const QByteArray before = digest(dbPath());
    std::string error;
    QCOMPARE(append(dbPath(), {}, &error), QueueAppender::Result::NeedsFullOpen);
    QCOMPARE(digest(dbPath()), before);
}

void TestQueueAppender::symlinkIsRefused()
{
    const QString real = m_dir->filePath(QStringLiteral("real.db"));
    {
        Database db(real);
        QVERIFY(db.open());
    }
    QVERIFY(QFile::link(real, dbPath()));
    const QByteArray before = digest(real);
    std::string error;
    QCOMPARE(append(dbPath(), {}, &error), QueueAppender::Result::NeedsFullOpen);
    QCOMPARE(digest(real), before);
}

QTEST_GUILESS_MAIN(TestQueueAppender)
#include "tst_queueappender.moc"
