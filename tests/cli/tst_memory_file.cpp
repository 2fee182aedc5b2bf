// --export [--project P] FILE and --import FILE with the real binary: the
// round trip export → fresh data folder → import → export gives the same
// bytes; importing twice stores nothing twice; a bad file imports nothing.
#include "AppRun.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

class TestMemoryFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripIsLossless();
    void importTwiceStoresNothingTwice();
    void projectAndMarkdown();
    void badFileImportsNothing_data();
    void badFileImportsNothing();
    void unwritableFileIsRefused();

private:
    static void seed(const AppSandbox &sandbox);
    static int rows(const AppSandbox &sandbox);
    static QStringList stored(const AppSandbox &sandbox);
    QTemporaryDir m_files;
};

void TestMemoryFile::seed(const AppSandbox &sandbox)
{
    Database db(sandbox.databasePath());
    QVERIFY2(db.open(), qPrintable(db.error()));
    Observation a;
    a.userSessionId = QStringLiteral("s1");
    a.project = QStringLiteral("/p1");
    a.type = QStringLiteral("bugfix");
    a.title = QStringLiteral("Fixed the pager — “quotes”, emoji 😀");
    a.subtitle = QStringLiteral("src/pager.cpp");
    a.facts = { QStringLiteral("Last page skipped"), QStringLiteral("a \"quoted\" fact\twith a tab") };
    a.narrative = QStringLiteral("Line one.\nLine two.");
    a.concepts = { QStringLiteral("pagination") };
    a.filesRead = { QStringLiteral("src/pager.h") };
    a.filesModified = { QStringLiteral("src/pager.cpp") };
    a.createdAt = 1700000000000;
    Observation b = a;
    b.userSessionId = QStringLiteral("s2");
    b.project = QStringLiteral("/p2");
    b.title = QStringLiteral("Found the tests");
    b.facts = {};
    b.createdAt = 1700000100000;
    SessionSummary s;
    s.userSessionId = QStringLiteral("s1");
    s.project = QStringLiteral("/p1");
    s.request = QStringLiteral("Fix the pager");
    s.completed = QStringLiteral("Fixed\nand tested");
    s.createdAt = 1700000050000;
    QString error;
    QVERIFY2(ObservationStore(db.connection()).commitAnswer({ b, a }, { s }, {}, 0, &error), qPrintable(error));
}

int TestMemoryFile::rows(const AppSandbox &sandbox)
{
    Database db(sandbox.databasePath());
    if (!db.open())
        return -1;
    ObservationStore store(db.connection());
    return int(store.counts().total) + (store.lastSummary(QStringLiteral("/p1")) ? 1 : 0);
}

// Every stored column but the row ids, as text.
QStringList TestMemoryFile::stored(const AppSandbox &sandbox)
{
    Database db(sandbox.databasePath());
    if (!db.open())
        return {};
    QStringList out;
    QSqlQuery q(db.connection());
    for (const char *sql :
        { "SELECT user_session_id, project, type, title, subtitle, facts, narrative, concepts, "
          "files_read, files_modified, created_at, content_hash FROM observations ORDER BY created_at",
            "SELECT user_session_id, project, request, investigated, learned, completed, next_steps, created_at, "
            "content_hash FROM summaries ORDER BY created_at" }) {
        q.exec(QLatin1String(sql));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << row.join(QLatin1Char('|'));
        }
    }
    return out;
}

void TestMemoryFile::roundTripIsLossless()
{
    AppSandbox first;
    seed(first);
    const QString a = m_files.filePath(QStringLiteral("a.jsonl")), b = m_files.filePath(QStringLiteral("b.jsonl"));
    const AppRun exported = first.run({ QStringLiteral("--export"), a });
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.json().value(QStringLiteral("observations")).toInt(), 2);
    QCOMPARE(exported.json().value(QStringLiteral("summaries")).toInt(), 1);
    const QList<QByteArray> lines = readFile(a).split('\n');
    QVERIFY(lines.first().contains("\"format\":\"observer-tray-memory\"") && lines.first().contains("\"version\":1"));

    AppSandbox fresh;
    const AppRun imported = fresh.run({ QStringLiteral("--import"), a });
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.json().value(QStringLiteral("observationsStored")).toInt(), 2);
    QCOMPARE(imported.json().value(QStringLiteral("summariesStored")).toInt(), 1);
    QCOMPARE(fresh.run({ QStringLiteral("--export"), b }).exitCode, 0);
    QCOMPARE(readFile(b), readFile(a));
    QCOMPARE(stored(fresh), stored(first)); // the file held everything, not only what it writes twice
    QCOMPARE(stored(first).size(), 3);
    // And found by search, as a user looks for it.
    Database db(fresh.databasePath());
    QVERIFY(db.open());
    QCOMPARE(ObservationStore(db.connection()).search(QStringLiteral("pager")).size(), 2);
}

void TestMemoryFile::importTwiceStoresNothingTwice()
{
    AppSandbox first;
    seed(first);
    const QString a = m_files.filePath(QStringLiteral("twice.jsonl"));
    QCOMPARE(first.run({ QStringLiteral("--export"), a }).exitCode, 0);
    // Into the very database it came from, then once more.
    for (int i = 0; i < 2; ++i) {
        const AppRun again = first.run({ QStringLiteral("--import"), a });
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(QStringLiteral("observations")).toInt(), 2);
        QCOMPARE(again.json().value(QStringLiteral("observationsStored")).toInt(), 0);
        QCOMPARE(again.json().value(QStringLiteral("summariesStored")).toInt(), 0);
    }
    QCOMPARE(rows(first), 3);
}

void TestMemoryFile::projectAndMarkdown()
{
    AppSandbox sandbox;
    seed(sandbox);
    const QString jsonl = m_files.filePath(QStringLiteral("p1.jsonl")), md = m_files.filePath(QStringLiteral("all.md"));
    const AppRun one
        = sandbox.run({ QStringLiteral("--export"), jsonl, QStringLiteral("--project"), QStringLiteral("/p1") });
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(one.json().value(QStringLiteral("observations")).toInt(), 1);
    QVERIFY(!readFile(jsonl).contains("/p2"));
    const AppRun markdown = sandbox.run({ QStringLiteral("--export"), md });
    QCOMPARE(markdown.exitCode, 0);
    QCOMPARE(markdown.json().value(QStringLiteral("format")).toString(), QStringLiteral("markdown"));
    const QString text = QString::fromUtf8(readFile(md));
    // One section per session, in the order the sessions started; the summary in its session.
    const qsizetype s1 = text.indexOf(QLatin1String("## Session s1")),
                    s2 = text.indexOf(QLatin1String("## Session s2"));
    QVERIFY2(s1 > 0 && s2 > s1, qPrintable(text));
    QVERIFY(text.indexOf(QLatin1String("**Request:** Fix the pager")) > s1);
    QVERIFY(text.indexOf(QLatin1String("**Request:** Fix the pager")) < s2);
    QVERIFY(text.contains(QStringLiteral("### Fixed the pager — “quotes”, emoji 😀 (bugfix)")));
    QVERIFY(text.contains(QLatin1String("- src/pager.cpp")));
    QCOMPARE(sandbox.run({ QStringLiteral("--project"), QStringLiteral("/p1") }).exitCode, 2); // without --export
}

void TestMemoryFile::badFileImportsNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    const QByteArray header = R"({"format":"observer-tray-memory","version":1})";
    const QByteArray good = R"({"record":"observation","userSessionId":"s","title":"Kept?","createdAt":1})";
    QTest::newRow("bad third line") << header + "\n" + good + "\n{not json\n"
                                    << "line 3";
    QTest::newRow("unknown record") << header + "\n" + good + "\n"
            + R"({"record":"x","userSessionId":"s","createdAt":1})"
                                    << "line 3";
    QTest::newRow("no header") << good + "\n"
                               << "not an Observer Tray export";
    QTest::newRow("newer version") << QByteArray(R"({"format":"observer-tray-memory","version":9})") + "\n" + good
                                   << "update Observer Tray";
    QTest::newRow("empty") << QByteArray() << "empty";
}

void TestMemoryFile::badFileImportsNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    AppSandbox sandbox;
    const QString path = m_files.filePath(QStringLiteral("bad.jsonl"));
    QVERIFY(writeFile(path, bytes));
    const AppRun r = sandbox.run({ QStringLiteral("--import"), path });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(says.toUtf8()) && r.err.contains("nothing was imported"), r.err.constData());
    QCOMPARE(rows(sandbox), 0);
    QCOMPARE(readFile(path), bytes);
}

void TestMemoryFile::unwritableFileIsRefused()
{
    AppSandbox sandbox;
    seed(sandbox);
    const AppRun r
        = sandbox.run({ QStringLiteral("--export"), sandbox.home() + QStringLiteral("/no/such/folder/x.jsonl") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("cannot write"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestMemoryFile)
#include "tst_memory_file.moc"
