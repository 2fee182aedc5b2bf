// KeyValue on a real SQLite file: a fact survives a reopen, a put replaces
// the old value (and its time, read from the injected Clock), a missing key
// reads as empty.
#include "core/platform/Clock.h"
#include "core/store/Database.h"
#include "core/store/KeyValue.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestKeyValue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Clock::set({}); }
    void putThenGetAcrossAReopen();
    void putReplacesValueAndTime();
    void missingKeyIsEmpty();
};

void TestKeyValue::putThenGetAcrossAReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("o.db"));
    const QJsonObject state { { QStringLiteral("kind"), QStringLiteral("signed-in") }, { QStringLiteral("n"), 2 } };
    {
        Database db(path);
        QVERIFY(db.open());
        QVERIFY(KeyValue::put(db.connection(), QStringLiteral("auth.state"), state));
    }
    Database db(path);
    QVERIFY(db.open());
    QCOMPARE(KeyValue::get(db.connection(), QStringLiteral("auth.state")), state);
}

void TestKeyValue::putReplacesValueAndTime()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.db")));
    QVERIFY(db.open());
    Clock::set([] { return qint64(1000); });
    QVERIFY(KeyValue::put(db.connection(), QStringLiteral("k"), { { QStringLiteral("v"), 1 } }));
    Clock::set([] { return qint64(2000); });
    QVERIFY(KeyValue::put(db.connection(), QStringLiteral("k"), { { QStringLiteral("v"), 2 } }));
    QCOMPARE(KeyValue::get(db.connection(), QStringLiteral("k")).value(QStringLiteral("v")).toInt(), 2);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MAX(updated_at) FROM kv WHERE key = 'k'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // one row per key
    QCOMPARE(q.value(1).toLongLong(), 2000);
}

void TestKeyValue::missingKeyIsEmpty()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.db")));
    QVERIFY(db.open());
    QVERIFY(KeyValue::get(db.connection(), QStringLiteral("never.written")).isEmpty());
}

QTEST_GUILESS_MAIN(TestKeyValue)
#include "tst_keyvalue.moc"
