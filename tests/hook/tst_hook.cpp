// The real hook binary, fed what Claude Code (or something broken) sends.
// Whatever happens it exits 0 and never blocks the user; bad input leaves
// the queue untouched and valid.
#include "HookRunner.h"
#include "core/platform/AppPaths.h"
#include "core/platform/Settings.h"
#include "core/queue/EventQueue.h"
#include "core/queue/QueueWatcher.h"
#include "core/store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace HookRunner;

class TestHook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void recordsAToolEvent();
    void badInputFailsOpen_data();
    void badInputFailsOpen();
    void hugeStdinFailsOpen();
    void observerMarkerRecordsNothing();
    void skippedToolAndExcludedProject();
    void unreadableCaptureSettingsRecordNothing();
    void privateContentIsStripped();
    void largeFieldsAreCapped();
    void hostileProjectPathIsData();
    void sessionStartPrintsContext();
    void wakesARunningApp();

private:
    QString integrity();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHook::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("OBSERVER_TRAY_DATA_DIR", m_dir->filePath(QStringLiteral("data")).toUtf8());
    qputenv("OBSERVER_TRAY_CONFIG_DIR", m_dir->filePath(QStringLiteral("config")).toUtf8());
}

QString TestHook::integrity()
{
    Database db(AppPaths::databasePath());
    if (!db.open())
        return db.error();
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString() : QStringLiteral("?");
}

void TestHook::recordsAToolEvent()
{
    const Run r = hook(QStringLiteral("post-tool-use"), toolEvent());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(queued(), 1);
    QCOMPARE(lastPayload().value(QStringLiteral("tool_name")).toString(), QStringLiteral("Read"));
}

void TestHook::badInputFailsOpen_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty stdin") << QStringLiteral("post-tool-use") << QByteArray();
    QTest::newRow("invalid json") << QStringLiteral("post-tool-use") << QByteArray("{\"session_id\": ");
    QTest::newRow("binary bytes") << QStringLiteral("stop") << QByteArray("\x00\xff\xfe\x01garbage\x80", 12);
    QTest::newRow("json array") << QStringLiteral("stop") << QByteArray("[1,2,3]");
    QTest::newRow("missing session_id") << QStringLiteral("stop") << QByteArray("{\"cwd\":\"/p\"}");
    QTest::newRow("tool event without tool") << QStringLiteral("post-tool-use") << QByteArray("{\"session_id\":\"s\"}");
    QTest::newRow("unknown event kind") << QStringLiteral("explode") << toolEvent();
    // Found by fuzzing: a number beyond double's range threw past the parser's error path.
    QTest::newRow("number overflow") << QStringLiteral("post-tool-use")
                                     << QByteArray(R"({"session_id":"s","tool_name":"Read","n":1e999})");
    QTest::newRow("nested 100,000 deep") << QStringLiteral("stop") << QByteArray(100000, '[');
}

void TestHook::badInputFailsOpen()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, input);
    QCOMPARE(hook(QStringLiteral("post-tool-use"), toolEvent()).exitCode, 0); // the queue has something to keep
    const Run r = hook(kind, input);
    QCOMPARE(r.exitCode, 0); // never 2: never blocks the user's session
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.startsWith("observer-tray-hook: ") && r.err.contains("not recorded"), r.err.constData());
    QCOMPARE(queued(), 1);
    QCOMPARE(integrity(), QStringLiteral("ok"));
}

void TestHook::hugeStdinFailsOpen()
{
    QCOMPARE(hook(QStringLiteral("post-tool-use"), toolEvent()).exitCode, 0);
    QProcess p;
    p.start(QStringLiteral(OT_HOOK), { QStringLiteral("post-tool-use") });
    QVERIFY(p.waitForStarted());
    // 200 MB offered; the hook stops reading at its cap and says so.
    const QByteArray chunk(1 << 20, 'x');
    qint64 offered = 0;
    while (offered < 200LL * 1024 * 1024 && p.state() == QProcess::Running) {
        p.write(chunk);
        offered += chunk.size();
        p.waitForBytesWritten(10000);
    }
    p.closeWriteChannel();
    // It stops reading at its cap and exits, possibly before we stop writing.
    QVERIFY(p.state() == QProcess::NotRunning || p.waitForFinished(60000));
    QVERIFY(offered > 8 * 1024 * 1024);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardError().contains("larger than"));
    QCOMPARE(queued(), 1);
    QCOMPARE(integrity(), QStringLiteral("ok"));
}

void TestHook::observerMarkerRecordsNothing()
{
    QProcessEnvironment marker;
    marker.insert(QStringLiteral("OBSERVER_TRAY_OBSERVER"), QStringLiteral("1"));
    const Run r = hook(QStringLiteral("post-tool-use"), toolEvent(), marker);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QCOMPARE(queued(), 0);
}

void TestHook::unreadableCaptureSettingsRecordNothing()
{
    // The exclusions are unknown, so recording could store what the user excluded.
    QDir().mkpath(m_dir->filePath(QStringLiteral("config")));
    QFile f(m_dir->filePath(QStringLiteral("config/capture.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ \"excludedProjects\": [\"/home/u/sec");
    f.close();
    const Run r = hook(QStringLiteral("post-tool-use"), toolEvent(QStringLiteral("Read")));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("capture.json is not a JSON object") && r.err.contains("Fix or delete"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(queued(), 0);
}

void TestHook::skippedToolAndExcludedProject()
{
    Settings settings;
    settings.setExcludedProjects({ QStringLiteral("/home/u/secret") });
    settings.sync();
    QCOMPARE(hook(QStringLiteral("post-tool-use"), toolEvent(QStringLiteral("TodoWrite"))).exitCode, 0);
    QCOMPARE(
        hook(QStringLiteral("post-tool-use"), toolEvent(QStringLiteral("Read"), QStringLiteral("/home/u/secret/x")))
            .exitCode,
        0);
    QCOMPARE(queued(), 0);
    QCOMPARE(
        hook(QStringLiteral("post-tool-use"), toolEvent(QStringLiteral("Read"), QStringLiteral("/home/u/secretive")))
            .exitCode,
        0);
    QCOMPARE(queued(), 1);
}

void TestHook::privateContentIsStripped()
{
    QCOMPARE(hook(QStringLiteral("post-tool-use"),
                 toolEvent(QStringLiteral("Bash"), QStringLiteral("/p"),
                     QStringLiteral("token is <private>sk-live-123</private> and <PRIVATE>more\nlines</PRIVATE> done")))
                 .exitCode,
        0);
    const QString stored = lastPayload().value(QStringLiteral("tool_response")).toString();
    QVERIFY(!stored.contains(QStringLiteral("sk-live-123")));
    QVERIFY(!stored.contains(QStringLiteral("more")));
    QCOMPARE(stored, QStringLiteral("token is [private] and [private] done"));
}

void TestHook::largeFieldsAreCapped()
{
    const QString big = QStringLiteral("HEAD") + QString(100000, QLatin1Char('m')) + QStringLiteral("TAIL");
    QCOMPARE(
        hook(QStringLiteral("post-tool-use"), toolEvent(QStringLiteral("Read"), QStringLiteral("/p"), big)).exitCode,
        0);
    const QString stored = lastPayload().value(QStringLiteral("tool_response")).toString();
    QVERIFY(stored.size() < 17000);
    QVERIFY(stored.startsWith(QStringLiteral("HEAD")));
    QVERIFY(stored.endsWith(QStringLiteral("TAIL")));
    QVERIFY(stored.contains(QStringLiteral("characters cut")));
}

void TestHook::hostileProjectPathIsData()
{
    const QString cwd = QStringLiteral("/home/u/it's a \"$(rm -rf ~)\" `x`\nproject");
    QCOMPARE(hook(QStringLiteral("post-tool-use"), toolEvent(QStringLiteral("Read"), cwd)).exitCode, 0);
    QCOMPARE(lastPayload().value(QStringLiteral("cwd")).toString(), cwd);
}

void TestHook::sessionStartPrintsContext()
{
    QCOMPARE(hook(QStringLiteral("session-start"), toolEvent()).out, QByteArray()); // nothing stored yet
    {
        Database db(AppPaths::databasePath());
        QVERIFY(db.open());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO observations(user_session_id, project, type, title, created_at, content_hash) "
                           "VALUES ('s0', '/home/u/proj', 'decision', 'Use WAL for the queue', 1, 'h1')")));
    }
    const Run r = hook(QStringLiteral("session-start"), toolEvent());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Use WAL for the queue"), r.out.constData());
    QVERIFY(r.out.size() <= 8192);
    Settings settings;
    settings.setInjectContext(false);
    settings.sync();
    QCOMPARE(hook(QStringLiteral("session-start"), toolEvent()).out, QByteArray());
}

void TestHook::wakesARunningApp()
{
    QString error;
    QVERIFY(AppPaths::ensurePrivateDir(AppPaths::dataDir(), &error));
    QueueWatcher watcher;
    QSignalSpy woke(&watcher, &QueueWatcher::wakeUp);
    QCOMPARE(hook(QStringLiteral("post-tool-use"), toolEvent()).exitCode, 0);
    QVERIFY(woke.wait(10000));
}

QTEST_GUILESS_MAIN(TestHook)
#include "tst_hook.moc"
