// The four tools of observer-tray --mcp over a real SQLite file in the test's
// data folder, as a client calls them through McpServer.
#include "McpCall.h"
#include "core/capture/ContextBlock.h"
#include "core/platform/AppPaths.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QtTest>

namespace {
const QString kProject = QStringLiteral("/home/ada/projects/engine");
const QString kOther = QStringLiteral("/home/ada/projects/website");

qint64 at(const QString &isoDate)
{
    return QDateTime(QDate::fromString(isoDate, Qt::ISODate), QTime(12, 0)).toMSecsSinceEpoch();
}

Observation make(
    const QString &project, const QString &type, const QString &title, const QString &narrative, qint64 createdAt)
{
    Observation o;
    o.userSessionId = QStringLiteral("s-") + title;
    o.project = project;
    o.type = type;
    o.title = title;
    o.narrative = narrative;
    o.createdAt = createdAt;
    return o;
}
} // namespace

class TestMcpTools : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void searchFindsWordsPhrasesAndTheLastWordAsPrefix();
    void searchTakesFtsSyntaxAsPlainText();
    void searchWithoutWordsIsAToolError();
    void searchDefaultsToTheCurrentProject();
    void searchFiltersByTypeAndDates();
    void searchLimitsDefaultTo20();
    void searchAnswersAnIndexNotBodies();
    void getObservationsGivesTheFullText();
    void getObservationsNamesMissingIds();
    void getObservationsSharesTheCap();
    void timelineShowsNeighboursInTheAnchorsProject();
    void timelineAroundADate();
    void timelineOfAMissingIdIsAToolError();
    void rememberStoresANoteOnceAndSessionStartShowsIt();
    void aMissingDatabaseIsAToolErrorUntilItExists();
    void aNewerDatabaseIsAToolErrorAndLeftAlone();
    void anOlderDatabaseIsUpgradedAndSearched();

private:
    void store(const QList<Observation> &observations, const QList<SessionSummary> &summaries = {});
    qint64 idOf(const QString &title);
    std::unique_ptr<Database> m_db;
};

void TestMcpTools::init()
{
    m_db.reset();
    QDir(AppPaths::dataDir()).removeRecursively();
    qputenv("CLAUDE_PROJECT_DIR", kProject.toUtf8());
}

void TestMcpTools::store(const QList<Observation> &observations, const QList<SessionSummary> &summaries)
{
    if (!m_db) {
        m_db = std::make_unique<Database>(AppPaths::databasePath());
        QVERIFY2(m_db->open(), qPrintable(m_db->error()));
    }
    QString error;
    QVERIFY2(
        ObservationStore(m_db->connection()).commitAnswer(observations, summaries, {}, 0, &error), qPrintable(error));
}

qint64 TestMcpTools::idOf(const QString &title)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM observations WHERE title = ?"));
    q.addBindValue(title);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

void TestMcpTools::searchFindsWordsPhrasesAndTheLastWordAsPrefix()
{
    store({ make(kProject, "bugfix", "WAL checkpoint stalls the writer", "A reader held the snapshot open.",
                at("2026-01-10")),
        make(kProject, "change", "Migrating the settings file", "The settings file is rewritten atomically.",
            at("2026-02-10")),
        make(kProject, "discovery", "File watcher misses renames", "Settings are read again on rename.",
            at("2026-03-10")) });
    McpServer server;
    auto titlesFor = [&](const QString &query) {
        const CallResult r = callTool(server, QStringLiteral("search"), { { "query", query } });
        [&] { QVERIFY2(!r.isError, qPrintable(r.text)); }();
        QStringList titles;
        for (const char *title :
            { "WAL checkpoint stalls the writer", "Migrating the settings file", "File watcher misses renames" })
            if (r.text.contains(title))
                titles << title;
        return titles;
    };
    QCOMPARE(titlesFor("checkpoint"), QStringList { "WAL checkpoint stalls the writer" });
    QCOMPARE(titlesFor("migrat"), QStringList { "Migrating the settings file" }); // the last word is a prefix
    QCOMPARE(titlesFor("migrat settings"), QStringList {}); // only the last word is a prefix
    QCOMPARE(titlesFor("\"settings file\""), QStringList { "Migrating the settings file" }); // a phrase
    QCOMPARE(titlesFor("\"file settings\""), QStringList {}); // the phrase's order counts
    QCOMPARE(titlesFor("settings"), (QStringList { "Migrating the settings file", "File watcher misses renames" }));
    QCOMPARE(titlesFor("settings renam"), QStringList { "File watcher misses renames" });
}

void TestMcpTools::searchTakesFtsSyntaxAsPlainText()
{
    store({ make(kProject, "bugfix", "NOT a problem: title column", "AND OR NEAR are words here.", at("2026-01-10")) });
    McpServer server;
    for (const char *query :
        { "NOT", "title:column", "\"unclosed phrase", "(a OR", "a*b^c", "NEAR(", "-problem", "col:* AND" }) {
        const CallResult r = callTool(server, QStringLiteral("search"), { { "query", query } });
        QVERIFY2(!r.isError, qPrintable(QString::fromUtf8(query) + " → " + r.text));
    }
    QVERIFY(callTool(server, QStringLiteral("search"), { { "query", "NOT" } }).text.contains("NOT a problem"));
    QVERIFY(callTool(server, QStringLiteral("search"), { { "query", "title:column" } }).text.contains("NOT a problem"));
}

void TestMcpTools::searchWithoutWordsIsAToolError()
{
    store({ make(kProject, "bugfix", "Something", "x", at("2026-01-10")) });
    McpServer server;
    const CallResult r = callTool(server, QStringLiteral("search"), { { "query", "!!! ***" } });
    QVERIFY(r.isError);
    QVERIFY2(r.text.contains("no word to search for"), qPrintable(r.text));
}

void TestMcpTools::searchDefaultsToTheCurrentProject()
{
    store({ make(kProject, "bugfix", "Engine crash on start", "x", at("2026-01-10")),
        make(kOther, "bugfix", "Website crash on load", "x", at("2026-01-11")) });
    McpServer server;
    const CallResult here = callTool(server, QStringLiteral("search"), { { "query", "crash" } });
    QVERIFY(here.text.contains("Engine crash"));
    QVERIFY(!here.text.contains("Website crash"));
    const CallResult there
        = callTool(server, QStringLiteral("search"), { { "query", "crash" }, { "project", kOther } });
    QVERIFY(!there.text.contains("Engine crash"));
    QVERIFY(there.text.contains("Website crash"));
    const CallResult all = callTool(server, QStringLiteral("search"), { { "query", "crash" }, { "project", "*" } });
    QVERIFY(all.text.contains("Engine crash") && all.text.contains("Website crash"));
    qputenv("CLAUDE_PROJECT_DIR", kOther.toUtf8());
    QVERIFY(callTool(server, QStringLiteral("search"), { { "query", "crash" } }).text.contains("Website crash"));
}

void TestMcpTools::searchFiltersByTypeAndDates()
{
    store({ make(kProject, "bugfix", "January fix", "cache", at("2026-01-10")),
        make(kProject, "decision", "February decision", "cache", at("2026-02-10")),
        make(kProject, "bugfix", "March fix", "cache", at("2026-03-10")) });
    McpServer server;
    const CallResult fixes = callTool(server, QStringLiteral("search"), { { "query", "cache" }, { "type", "bugfix" } });
    QVERIFY(fixes.text.contains("January fix") && fixes.text.contains("March fix"));
    QVERIFY(!fixes.text.contains("February"));
    const CallResult feb = callTool(server, QStringLiteral("search"),
        { { "query", "cache" }, { "since", "2026-02-01" }, { "until", "2026-02-10" } });
    QVERIFY2(feb.text.contains("February decision"), qPrintable(feb.text)); // until is inclusive
    QVERIFY(!feb.text.contains("January") && !feb.text.contains("March"));
}

void TestMcpTools::searchLimitsDefaultTo20()
{
    QList<Observation> many;
    for (int i = 0; i < 130; ++i)
        many << make(kProject, "change", QStringLiteral("Tuning step %1").arg(i), "tuning", at("2026-01-10") + i);
    store(many);
    McpServer server;
    auto lines = [&](const QJsonObject &args) {
        return int(callTool(server, QStringLiteral("search"), args).text.count(QStringLiteral("\n- #")));
    };
    QCOMPARE(lines({ { "query", "tuning" } }), 20);
    QCOMPARE(lines({ { "query", "tuning" }, { "limit", 100 } }), 100);
    QVERIFY(callTool(server, QStringLiteral("search"), { { "query", "tuning" }, { "limit", 101 } }).isError);
    QVERIFY(callTool(server, QStringLiteral("search"), { { "query", "tuning" } })
                .text.contains("Tuning step 129")); // newest first
}

void TestMcpTools::searchAnswersAnIndexNotBodies()
{
    store({ make(kProject, "bugfix", "Deadlock in the pump", "The long narrative body stays out of the index.",
        at("2026-01-10")) });
    McpServer server;
    const CallResult r = callTool(server, QStringLiteral("search"), { { "query", "deadlock" } });
    const QString line = QStringLiteral("- #%1 2026-01-10 12:00 [bugfix] Deadlock in the pump — %2")
                             .arg(idOf("Deadlock in the pump"))
                             .arg(kProject);
    QVERIFY2(r.text.contains(line), qPrintable(r.text));
    QVERIFY(!r.text.contains("narrative body"));
}

void TestMcpTools::getObservationsGivesTheFullText()
{
    Observation o = make(kProject, "bugfix", "Deadlock in the pump", "The pump waited on itself.", at("2026-01-10"));
    o.subtitle = QStringLiteral("two locks, one order");
    o.facts = QStringList { "lock A before B", "B is the queue" };
    o.concepts = QStringList { "locking" };
    o.filesRead = QStringList { "src/pump.cpp" };
    o.filesModified = QStringList { "src/queue.cpp" };
    store({ o });
    McpServer server;
    const CallResult r
        = callTool(server, QStringLiteral("get_observations"), { { "ids", QJsonArray { idOf(o.title) } } });
    QVERIFY(!r.isError);
    for (const QString &part : { o.title, o.subtitle, o.narrative, QStringLiteral("- lock A before B"),
             QStringLiteral("locking"), QStringLiteral("src/pump.cpp"), QStringLiteral("src/queue.cpp") })
        QVERIFY2(r.text.contains(part), qPrintable(part + " missing in " + r.text));
}

void TestMcpTools::getObservationsNamesMissingIds()
{
    store({ make(kProject, "bugfix", "Only one", "x", at("2026-01-10")) });
    McpServer server;
    const CallResult some
        = callTool(server, QStringLiteral("get_observations"), { { "ids", QJsonArray { idOf("Only one"), 999 } } });
    QVERIFY(!some.isError);
    QVERIFY(some.text.contains("Only one") && some.text.contains("not found: #999"));
    const CallResult none
        = callTool(server, QStringLiteral("get_observations"), { { "ids", QJsonArray { 998, 999 } } });
    QVERIFY(none.isError);
    QVERIFY2(none.text.contains("#998, #999"), qPrintable(none.text));
}

void TestMcpTools::getObservationsSharesTheCap()
{
    QList<Observation> big;
    QJsonArray ids;
    for (int i = 0; i < 20; ++i)
        big << make(kProject, "change", QStringLiteral("Long %1").arg(i), QString(3900, QLatin1Char('x')),
            at("2026-01-10") + i);
    store(big);
    for (int i = 0; i < 20; ++i)
        ids << idOf(QStringLiteral("Long %1").arg(i));
    McpServer server;
    const CallResult r = callTool(server, QStringLiteral("get_observations"), { { "ids", ids } });
    QVERIFY(!r.isError);
    QVERIFY2(r.text.size() <= 12000, qPrintable(QString::number(r.text.size())));
    for (int i = 0; i < 20; ++i) // each got its share: none crowded out
        QVERIFY(r.text.contains(QStringLiteral("## #%1 Long %2\n").arg(ids.at(i).toInteger()).arg(i)));
    QVERIFY(r.text.contains("cut at"));
}

void TestMcpTools::timelineShowsNeighboursInTheAnchorsProject()
{
    QList<Observation> steps;
    for (int i = 1; i <= 9; ++i)
        steps << make(kProject, "change", QStringLiteral("Step %1").arg(i), "x", at("2026-01-10") + i * 60000);
    steps << make(kOther, "change", "Elsewhere meanwhile", "x", at("2026-01-10") + 5 * 60000 + 1);
    SessionSummary s;
    s.userSessionId = "s";
    s.project = kProject;
    s.request = "finish the steps";
    s.createdAt = at("2026-01-10") + 4 * 60000 + 30000;
    store(steps, { s });
    McpServer server;
    qputenv("CLAUDE_PROJECT_DIR", kOther.toUtf8()); // the anchor's project wins
    const CallResult r
        = callTool(server, QStringLiteral("timeline"), { { "id", idOf("Step 5") }, { "before", 2 }, { "after", 2 } });
    QVERIFY2(!r.isError, qPrintable(r.text));
    const QStringList lines = r.text.split('\n', Qt::SkipEmptyParts).mid(1);
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.at(0).contains("Step 4"), qPrintable(r.text));
    QVERIFY(lines.at(1).contains("session summary") && lines.at(1).contains("finish the steps"));
    QVERIFY(lines.at(2).startsWith("→ #") && lines.at(2).contains("Step 5"));
    QVERIFY(lines.at(3).contains("Step 6"));
    QVERIFY(lines.at(4).contains("Step 7"));
    QVERIFY(!r.text.contains("Elsewhere"));
}

void TestMcpTools::timelineAroundADate()
{
    store({ make(kProject, "change", "Before the date", "x", at("2026-01-09")),
        make(kProject, "change", "After the date", "x", at("2026-01-11")) });
    McpServer server;
    const CallResult r = callTool(server, QStringLiteral("timeline"), { { "date", "2026-01-10" } });
    QVERIFY2(
        r.text.indexOf("Before the date") >= 0 && r.text.indexOf("Before the date") < r.text.indexOf("After the date"),
        qPrintable(r.text));
}

void TestMcpTools::timelineOfAMissingIdIsAToolError()
{
    store({ make(kProject, "change", "Something", "x", at("2026-01-09")) });
    McpServer server;
    const CallResult r = callTool(server, QStringLiteral("timeline"), { { "id", 4242 } });
    QVERIFY(r.isError);
    QVERIFY2(r.text.contains("no observation #4242"), qPrintable(r.text));
}

void TestMcpTools::rememberStoresANoteOnceAndSessionStartShowsIt()
{
    McpServer server; // no database yet: remember creates it, as the hook would
    const QJsonObject note { { "text", "Release builds need -DOT_LTO=ON; the CI forgets it." },
        { "title", "LTO in release builds" } };
    const CallResult first = callTool(server, QStringLiteral("remember"), note);
    QVERIFY2(!first.isError, qPrintable(first.text));
    QVERIFY(first.text.startsWith("Remembered for " + kProject));
    const CallResult again = callTool(server, QStringLiteral("remember"), note);
    QVERIFY2(again.text.contains("Already remembered"), qPrintable(again.text));
    const CallResult found = callTool(server, QStringLiteral("search"), { { "query", "LTO" } });
    QCOMPARE(found.text.count("LTO in release builds"), 1);
    QVERIFY(found.text.contains("[note]"));
    Database db(AppPaths::databasePath());
    QVERIFY(db.open());
    QVERIFY(ContextBlock::build(db.connection(), kProject).contains("[note] LTO in release builds"));
    QVERIFY(!ContextBlock::build(db.connection(), kOther).contains("LTO"));
}

void TestMcpTools::aMissingDatabaseIsAToolErrorUntilItExists()
{
    McpServer server;
    const CallResult missing = callTool(server, QStringLiteral("search"), { { "query", "x" } });
    QVERIFY(missing.isError);
    QVERIFY2(missing.text.contains("No database yet"), qPrintable(missing.text));
    QVERIFY(!QFile::exists(AppPaths::databasePath())); // a read creates nothing
    store({ make(kProject, "change", "Recorded later", "x", at("2026-01-09")) });
    QVERIFY(callTool(server, QStringLiteral("search"), { { "query", "recorded" } }).text.contains("Recorded later"));
}

void TestMcpTools::aNewerDatabaseIsAToolErrorAndLeftAlone()
{
    store({ make(kProject, "change", "From the future", "x", at("2026-01-09")) });
    QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA user_version = 99"));
    m_db.reset();
    McpServer server;
    for (const QString tool : { "search", "remember" }) {
        const CallResult r = callTool(server, tool, { { tool == "search" ? "query" : "text", "future" } });
        QVERIFY(r.isError);
        QVERIFY2(r.text.contains("schema version 99"), qPrintable(r.text));
    }
    Database check(AppPaths::databasePath());
    QVERIFY(!check.open()); // still 99: refused, not migrated down
}

// After an upgrade of the app, before it ran: upgraded as every command does,
// not an error. Version 0 (a SQLite file with no schema yet) is the oldest.
void TestMcpTools::anOlderDatabaseIsUpgradedAndSearched()
{
    QDir().mkpath(AppPaths::dataDir());
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(AppPaths::databasePath());
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE t(x)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    McpServer server;
    const CallResult r = callTool(server, QStringLiteral("search"), { { "query", "anything" } });
    QVERIFY2(!r.isError, qPrintable(r.text));
    QVERIFY2(r.text.startsWith("No observations match"), qPrintable(r.text));
}

QTEST_GUILESS_MAIN(TestMcpTools)
#include "tst_mcptools.moc"
