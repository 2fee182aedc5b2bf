// Row 6: what the tooltip asks for (ObservationStore::counts), search box
// queries (ObservationStore::search, FTS5, first page of 100, newest first) and
// a project's newest five (ObservationStore::recent: carry-over, context) on
// a seeded database. The query words are picked by their real document
// frequency in that database (fts5vocab), so the figures say how long a
// search takes for a word found in 0.1 %, 10 % and 50 % of all observations.
//   OT_BENCH_DB=/path/observer-tray.db bench_store --benchmark_repetitions=10
#include "core/observe/Pipeline.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace {
std::unique_ptr<Database> g_db;

void counts(benchmark::State &state)
{
    qint64 total = 0;
    for (auto _ : state) {
        // What the status line pays: the store's counts and the queue's (Pipeline combines them).
        const ObservationCounts c = Pipeline::countsIn(g_db->connection());
        total = c.total;
        benchmark::DoNotOptimize(total);
    }
    state.counters["observations"] = double(total);
}

void search(benchmark::State &state, const QString &query)
{
    ObservationStore store(g_db->connection());
    qsizetype found = 0;
    for (auto _ : state) {
        QString error;
        const QList<Observation> rows = store.search(query, {}, 100, 0, &error);
        if (!error.isEmpty()) {
            state.SkipWithError(error.toUtf8().constData());
            break;
        }
        found = rows.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["results"] = double(found);
}

// What a new observer's carry-over and a session's context read: the newest
// observations of one project, no search words.
void projectNewest(benchmark::State &state, const QString &project)
{
    ObservationStore store(g_db->connection());
    qsizetype found = 0;
    for (auto _ : state) {
        found = store.recent(project, 5).size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["results"] = double(found);
}

// The plain word (letters only) whose document count is closest to
// fraction * total, and its document count.
std::pair<QString, qint64> termNear(double fraction, qint64 total)
{
    QSqlQuery q(g_db->connection());
    q.prepare(QStringLiteral("SELECT term, doc FROM temp.ot_bench_vocab WHERE term GLOB '[a-z]*' "
                             "AND term NOT GLOB '*[^a-z]*' AND length(term) > 3 ORDER BY abs(doc - ?) LIMIT 1"));
    q.addBindValue(qint64(fraction * double(total)));
    if (!q.exec() || !q.next())
        return {};
    return { q.value(0).toString(), q.value(1).toLongLong() };
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const char *path = std::getenv("OT_BENCH_DB");
    if (!path) {
        std::fputs("bench_store: set OT_BENCH_DB to a seeded observer-tray.db (see bench/tools/ot-seed-db)\n", stderr);
        return 2;
    }
    g_db = std::make_unique<Database>(QString::fromLocal8Bit(path));
    if (!g_db->openExisting()) {
        std::fprintf(stderr, "bench_store: %s\n", qPrintable(g_db->error()));
        return 1;
    }
    QSqlQuery q(g_db->connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM observations"));
    const qint64 total = q.next() ? q.value(0).toLongLong() : 0;
    if (!q.exec(QStringLiteral(
            "CREATE VIRTUAL TABLE temp.ot_bench_vocab USING fts5vocab(main, 'observations_fts', 'row')"))) {
        std::fputs("bench_store: cannot read the FTS vocabulary\n", stderr);
        return 1;
    }
    benchmark::RegisterBenchmark("counts", counts)->UseRealTime()->Unit(benchmark::kMillisecond);
    const auto rare = termNear(0.001, total);
    const auto common = termNear(0.10, total);
    const auto frequent = termNear(0.50, total);
    const auto other = termNear(0.20, total);
    auto add = [](const char *name, const QString &query, qint64 docs) {
        const std::string label = std::string(name) + "/" + query.toStdString() + "/docs:" + std::to_string(docs);
        benchmark::RegisterBenchmark(label.c_str(), [query](benchmark::State &s) { search(s, query); })
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
    };
    add("search_rare", rare.first, rare.second);
    add("search_10pct", common.first, common.second);
    add("search_50pct", frequent.first, frequent.second);
    add("search_two_words", common.first + QLatin1Char(' ') + other.first, -1);
    if (q.exec(QStringLiteral("SELECT project, total FROM observation_counts ORDER BY total DESC LIMIT 1"))
        && q.next()) {
        const QString project = q.value(0).toString();
        const std::string label = "project_newest/biggest/docs:" + q.value(1).toString().toStdString();
        benchmark::RegisterBenchmark(label.c_str(), [project](benchmark::State &s) { projectNewest(s, project); })
            ->UseRealTime()
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    q = QSqlQuery();
    g_db.reset();
    return 0;
}
