// Benchmark: plan + hide at 20,000 transcripts (2,000 observer sessions),
// printed, not asserted. usage: ot-bench-hide [runs]
#include "Corpus.h"
#include "core/hide/ObserverTranscriptFinder.h"
#include "core/hide/TranscriptHider.h"
#include "core/platform/AppPaths.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    QList<double> ms;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        AppPaths::setDataDirOverride(dir.filePath(QStringLiteral("data")));
        const QString config = dir.filePath(QStringLiteral("claude"));
        const Corpus corpus = Corpus::build(config, AppPaths::observerCwd(), 200, 20000, 2000);
        Database db(AppPaths::databasePath());
        if (!db.open())
            return 1;
        {
            QSqlQuery q(db.connection());
            db.connection().transaction();
            q.prepare(QStringLiteral("INSERT INTO observer_runs(observer_session_id, user_session_id, cwd, started_at) "
                                     "VALUES (?, 'u', '/x', 1)"));
            for (const QString &id : corpus.recordedIds) {
                q.addBindValue(id);
                q.exec();
            }
            db.connection().commit();
        }
        QProcessEnvironment env;
        env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), config);
        QElapsedTimer t;
        t.start();
        const HidePlan plan = ObserverTranscriptFinder(db.connection(), env).plan();
        const HideReport report = TranscriptHider(db.connection()).hide(plan);
        ms << t.nsecsElapsed() / 1e6;
        if (report.hidden != 2000) {
            std::fprintf(stderr, "hid %d, expected 2000\n", report.hidden);
            return 1;
        }
    }
    std::sort(ms.begin(), ms.end());
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("hide-20000 median_ms=%.1f min_ms=%.1f max_ms=%.1f runs=%d peak_rss_mb=%.1f\n", ms[ms.size() / 2],
        ms.first(), ms.last(), int(ms.size()), usage.ru_maxrss / 1024.0);
    return 0;
}
