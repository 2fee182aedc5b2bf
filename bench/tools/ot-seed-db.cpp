// ot-seed-db: fills a data folder with realistic observations for the
// benchmarks (a million in seconds), through the project's own Database
// (schema, pragmas, migrations) and ObservationStore::commitAnswer (dedup, FTS
// and count triggers), so the file is exactly what the app would have written.
//
//   ot-seed-db --data-dir DIR [--count 1000000] [--today 500] [--seed 1] [--incremental-fts]
//
// Prints one JSON line: rows stored, seconds, database size.
#include "core/platform/AppPaths.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

#include <QSqlError>

#include <array>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <random>
#include <thread>

namespace {
// Words observations are made of. Three kinds, as in real notes: English
// filler, the domain's vocabulary (drawn by Zipf's law, so a few words are
// everywhere and most are rare) and code identifiers (each one rare). FTS
// queries then meet both long and short posting lists; bench_store picks its
// query words by their real document frequency.
constexpr std::array kFiller { "the", "a", "of", "to", "in", "and", "is", "when", "after", "for", "with", "on", "it",
    "that", "by", "from", "now", "was", "not", "so", "this", "which", "before", "only", "each", "every", "all", "no",
    "into", "its", "then", "because", "while", "one", "two", "first", "last", "again", "still", "more" };
constexpr std::array kDomain { "queue", "sqlite", "hook", "observer", "session", "test", "build", "fix", "crash",
    "timeout", "tray", "icon", "settings", "parser", "stream", "json", "schema", "migration", "index", "query",
    "search", "counts", "thread", "signal", "slot", "process", "group", "kill", "retry", "backoff", "parked", "claimed",
    "transaction", "commit", "rollback", "wal", "checkpoint", "busy", "lock", "deadlock", "race", "mutex", "atomic",
    "memory", "leak", "allocation", "latency", "throughput", "benchmark", "profile", "perf", "strace", "valgrind",
    "sanitizer", "undefined", "overflow", "unicode", "encoding", "path", "folder", "permission", "credential", "login",
    "token", "oauth", "subscription", "billing", "api", "request", "response", "header", "payload", "capture",
    "transcript", "resume", "picker", "hidden", "restore", "journal", "hash", "dedup", "duplicate", "summary",
    "narrative", "concept", "fact", "title", "subtitle", "project", "cwd", "environment", "variable", "marker",
    "recursion", "prompt", "model", "haiku", "sonnet", "cli", "version", "flag", "option", "argument", "command",
    "exit", "status", "error", "message", "notification", "menu", "tooltip", "window", "dialog", "widget", "layout",
    "translation", "locale", "desktop", "autostart", "panel", "gnome", "kde", "xfce", "wayland", "x11", "xembed",
    "cmake", "ninja", "compiler", "warning", "clang", "format", "lint", "ci", "pipeline", "artifact", "package",
    "debian", "install", "uninstall", "upgrade", "downgrade", "revert", "refactor", "rename", "extract", "inline",
    "split", "merge", "conflict", "branch", "rebase", "cherry", "diff", "patch", "review", "comment", "docs", "readme",
    "example", "fixture", "mock", "fake", "standin", "loopback", "port", "socket", "connection", "reconnect", "offline",
    "online", "network", "proxy", "certificate", "tls", "http", "sse", "event", "delta", "block", "stop", "reason",
    "budget", "cost", "usage", "limit", "quota", "cache", "eviction", "compaction", "vacuum", "fts5", "tokenizer",
    "prefix", "rank", "bm25", "snippet", "highlight", "filter", "sort", "page", "cursor", "offset", "scroll",
    "delegate", "role", "selection", "clipboard", "keyboard", "shortcut", "accessibility", "contrast", "theme", "dark",
    "light", "mask", "svg", "png", "scale", "dpi", "startup", "shutdown", "idle", "wakeup", "timer", "inotify",
    "watcher", "poll", "epoll", "eventloop" };
constexpr std::array kSyllables { "get", "set", "load", "save", "parse", "read", "write", "open", "close", "find",
    "make", "run", "stop", "wait", "send", "emit", "queue", "store", "batch", "claim", "event", "state", "path", "file",
    "line", "item", "node", "key", "value", "count" };

class TextMaker
{
public:
    explicit TextMaker(quint64 seed) : m_rng(seed)
    {
        // Weight 1/(rank+1): Zipf's law with s = 1.
        auto zipf = [](size_t n) {
            std::vector<double> w(n);
            for (size_t i = 0; i < n; ++i)
                w[i] = 1.0 / double(i + 1);
            return std::discrete_distribution<size_t>(w.begin(), w.end());
        };
        m_fillerDist = zipf(kFiller.size());
        m_domainDist = zipf(kDomain.size());
        for (const char *w : kFiller)
            m_filler << QString::fromLatin1(w);
        for (const char *w : kDomain)
            m_domain << QString::fromLatin1(w);
        // 30^3 = 27,000 identifiers such as "parseQueueState".
        for (const char *a : kSyllables)
            for (const char *b : kSyllables)
                for (const char *c : kSyllables) {
                    QString id = QString::fromLatin1(a) + QString::fromLatin1(b) + QString::fromLatin1(c);
                    id[qsizetype(strlen(a))] = id[qsizetype(strlen(a))].toUpper();
                    m_identifiers << id;
                }
    }
    const QString &domainWord() { return m_domain[qsizetype(m_domainDist(m_rng))]; }
    const QString &token()
    {
        const int kind = between(0, 99);
        if (kind < 45)
            return m_filler[qsizetype(m_fillerDist(m_rng))];
        if (kind < 85)
            return domainWord();
        return m_identifiers[between(0, int(m_identifiers.size()) - 1)];
    }
    QString words(int n)
    {
        QString out;
        out.reserve(n * 8);
        for (int i = 0; i < n; ++i) {
            if (i)
                out += QLatin1Char(' ');
            out += token();
        }
        return out;
    }
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    quint64 bits() { return m_rng(); }

private:
    std::mt19937_64 m_rng;
    std::discrete_distribution<size_t> m_fillerDist, m_domainDist;
    QStringList m_filler, m_domain, m_identifiers;
};

const char *const kTypes[] = { "discovery", "change", "bugfix", "feature", "decision", "refactor" };

Observation makeObservation(
    TextMaker &t, qint64 index, qint64 createdAt, const QString &session, const QString &project)
{
    Observation o;
    o.userSessionId = session;
    o.project = project;
    o.type = QString::fromLatin1(kTypes[t.between(0, 5)]);
    o.title = t.words(t.between(4, 9));
    o.title[0] = o.title[0].toUpper();
    o.subtitle = t.words(t.between(6, 14));
    for (int i = 0, n = t.between(2, 5); i < n; ++i)
        o.facts << t.words(t.between(6, 16));
    // About 60 words: what observers write. The index keeps every row distinct.
    o.narrative = t.words(t.between(35, 90)) + QStringLiteral(" (#%1)").arg(index);
    for (int i = 0, n = t.between(1, 4); i < n; ++i)
        o.concepts << t.domainWord();
    for (int i = 0, n = t.between(0, 3); i < n; ++i)
        o.filesRead << project + QStringLiteral("/src/") + t.domainWord() + QStringLiteral(".cpp");
    for (int i = 0, n = t.between(0, 2); i < n; ++i)
        o.filesModified << project + QStringLiteral("/src/") + t.domainWord() + QStringLiteral(".h");
    o.createdAt = createdAt;
    return o;
}

// Makes batches on its own thread while the main thread stores the previous
// one: generating text costs about as much as storing it.
class BatchMaker
{
public:
    BatchMaker(quint64 seed, qint64 total, qint64 todayCount, int chunk)
        : m_text(seed), m_total(total), m_todayCount(todayCount), m_chunk(chunk)
    {
        for (int i = 0; i < 24; ++i)
            m_projects << QStringLiteral("/home/dev/src/project-%1").arg(i, 2, 10, QLatin1Char('0'));
        m_now = QDateTime::currentMSecsSinceEpoch();
        m_startOfToday = ObservationStore::startOfTodayLocalMs();
        m_thread = std::thread([this] { run(); });
    }
    ~BatchMaker()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_all();
        m_thread.join();
    }
    // Empty when everything was handed out.
    QList<Observation> next()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return !m_ready.empty() || m_done; });
        if (m_ready.empty())
            return {};
        QList<Observation> batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_cv.notify_all();
        return batch;
    }

private:
    void run()
    {
        const qint64 older = m_total - m_todayCount;
        // Older rows spread evenly over two years before today, oldest first,
        // so ids grow with time as they do in use; the rest is today.
        const qint64 span = 2LL * 365 * 24 * 3600 * 1000;
        const int kPerSession = 40;
        QString session, project;
        QList<Observation> batch;
        for (qint64 i = 0; i < m_total; ++i) {
            if (i % kPerSession == 0) {
                session = QStringLiteral("%1-%2")
                              .arg(m_text.bits(), 16, 16, QLatin1Char('0'))
                              .arg(i, 8, 10, QLatin1Char('0'));
                // Skewed: half of all observations in 3 projects.
                const int r = m_text.between(0, 99);
                project = m_projects[r < 50 ? r % 3 : r < 80 ? 3 + r % 6 : 9 + r % 15];
            }
            const qint64 createdAt = i < older
                ? m_startOfToday - span + (span * i) / std::max<qint64>(1, older)
                : m_startOfToday + ((m_now - m_startOfToday) * (i - older)) / std::max<qint64>(1, m_todayCount);
            batch << makeObservation(m_text, i, createdAt, session, project);
            if (batch.size() == m_chunk || i + 1 == m_total) {
                std::unique_lock lock(m_mutex);
                m_cv.wait(lock, [this] { return m_ready.size() < 2 || m_stop; });
                if (m_stop)
                    return;
                m_ready.push_back(std::move(batch));
                batch = {};
                m_cv.notify_all();
            }
        }
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_cv.notify_all();
    }

    TextMaker m_text;
    qint64 m_total, m_todayCount;
    int m_chunk;
    QStringList m_projects;
    qint64 m_now = 0, m_startOfToday = 0;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<QList<Observation>> m_ready;
    bool m_done = false, m_stop = false;
    std::thread m_thread;
};

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text() + QStringLiteral(" in: ") + sql;
    return false;
}

struct FtsTrigger
{
    QString name, sql;
};

// The schema's triggers that copy new observations into the FTS index.
QList<FtsTrigger> ftsInsertTriggers(QSqlDatabase &db)
{
    QList<FtsTrigger> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'observations' "
                          "AND sql LIKE '%AFTER INSERT%' AND sql LIKE '%_fts%'"));
    while (q.next())
        out << FtsTrigger { q.value(0).toString(), q.value(1).toString() };
    return out;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Seeds an Observer Tray data folder for the benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Data folder."), QStringLiteral("DIR"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Observations (1000000)."),
        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption today(QStringLiteral("today"), QStringLiteral("Of which created today (500)."),
        QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), QStringLiteral("Random seed (1)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption incremental(
        QStringLiteral("incremental-fts"), QStringLiteral("Index through the schema's triggers, row by row (slow)."));
    parser.addOptions({ dataDir, count, today, seed, incremental });
    parser.process(app);
    QTextStream err(stderr);
    if (!parser.isSet(dataDir)) {
        err << "ot-seed-db: --data-dir DIR is required\n";
        return 2;
    }
    AppPaths::setDataDirOverride(parser.value(dataDir));
    const qint64 total = parser.value(count).toLongLong();
    const qint64 todayCount = std::min(total, parser.value(today).toLongLong());

    QElapsedTimer timer;
    timer.start();
    Database db(AppPaths::databasePath());
    if (!db.open()) {
        err << "ot-seed-db: " << db.error() << '\n';
        return 1;
    }
    QSqlDatabase conn = db.connection();
    // A benchmark fixture, rebuilt at will: durability during the fill buys nothing.
    QString error;
    if (!exec(conn, QStringLiteral("PRAGMA synchronous=OFF"), &error)
        || !exec(conn, QStringLiteral("PRAGMA cache_size=-262144"), &error)) {
        err << "ot-seed-db: " << error << '\n';
        return 1;
    }
    // Indexing a million rows one trigger call at a time takes minutes; the
    // FTS index built in one 'rebuild' pass afterwards holds the same rows
    // (fully merged, as after an 'optimize'). --incremental-fts keeps the
    // triggers, to compare.
    const QList<FtsTrigger> triggers = parser.isSet(incremental) ? QList<FtsTrigger>() : ftsInsertTriggers(conn);
    for (const FtsTrigger &t : triggers) {
        if (!exec(conn, QStringLiteral("DROP TRIGGER \"%1\"").arg(t.name), &error)) {
            err << "ot-seed-db: " << error << '\n';
            return 1;
        }
    }
    ObservationStore store(conn);
    const int chunk = 20000; // rows per commitAnswer call (one transaction each)
    BatchMaker maker(parser.value(seed).toULongLong(), total, todayCount, chunk);
    qint64 stored = 0;
    for (QList<Observation> batch = maker.next(); !batch.isEmpty(); batch = maker.next()) {
        const auto result = store.commitAnswer(batch, {}, {}, 0, &error);
        if (!result) {
            err << "ot-seed-db: storing failed: " << error << '\n';
            return 1;
        }
        stored += result->observationsStored;
    }
    if (!triggers.isEmpty()
        && !exec(conn, QStringLiteral("INSERT INTO observations_fts(observations_fts) VALUES('rebuild')"), &error)) {
        err << "ot-seed-db: " << error << '\n';
        return 1;
    }
    for (const FtsTrigger &t : triggers) {
        if (!exec(conn, t.sql, &error)) {
            err << "ot-seed-db: " << error << '\n';
            return 1;
        }
    }
    exec(conn, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error);
    const double seconds = timer.nsecsElapsed() / 1e9;
    QTextStream(stdout) << QStringLiteral("{\"stored\": %1, \"seconds\": %2, \"bytes\": %3}\n")
                               .arg(stored)
                               .arg(seconds, 0, 'f', 1)
                               .arg(QFileInfo(AppPaths::databasePath()).size());
    return 0;
}
