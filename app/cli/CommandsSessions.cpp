#include "cli/CommandDatabase.h"
#include "cli/Commands.h"
#include "core/hide/ObserverTranscriptFinder.h"
#include "core/hide/TranscriptHider.h"
#include "core/platform/AppPaths.h"
#include "core/platform/DataFolderLock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {
QJsonArray skippedJson(const QList<SkippedFile> &skipped)
{
    QJsonArray out;
    for (const SkippedFile &s : skipped)
        out.append(QJsonObject { { QStringLiteral("path"), s.path }, { QStringLiteral("reason"), s.reason } });
    return out;
}

// An interrupted hide or restore is finished only by the holder of the data
// folder's lock: while a tray runs, its half-done move is its own, not a
// crash to repair. Held (when free) for the whole command, so a pipeline
// starting meanwhile does not take this command's half-done move for one.
void recoverIfNoPipelineRuns(DataFolderLock &lock, TranscriptHider &hider)
{
    QString error;
    if (lock.tryAcquire(&error))
        hider.recover();
}

// Runs a hide or a restore with the database open and any interrupted move
// finished first.
int withHider(QTextStream &err, const std::function<int(TranscriptHider &, const QSqlDatabase &)> &command)
{
    return CommandDatabase::run(err, [&command](const QSqlDatabase &db) {
        TranscriptHider hider(db);
        DataFolderLock lock;
        recoverIfNoPipelineRuns(lock, hider);
        return command(hider, db);
    });
}

int hide(TranscriptHider &hider, const QSqlDatabase &db, bool dryRun, QTextStream &out, QTextStream &err)
{
    const HidePlan plan = ObserverTranscriptFinder(db).plan();
    QJsonObject json { { QStringLiteral("dryRun"), dryRun },
        { QStringLiteral("candidates"), int(plan.candidates.size()) },
        { QStringLiteral("candidateBytes"), plan.totalBytes },
        { QStringLiteral("hiddenDir"), AppPaths::hiddenSessionsDir() } };
    QList<SkippedFile> skipped = plan.skipped;
    int failed = 0;
    if (!dryRun) {
        const HideReport report = hider.hide(plan);
        json.insert(QStringLiteral("hidden"), report.hidden);
        json.insert(QStringLiteral("bytes"), report.bytes);
        skipped += report.skipped;
        failed = int(report.skipped.size());
    } else {
        QJsonArray files;
        for (const HideCandidate &c : plan.candidates)
            files.append(QJsonObject { { QStringLiteral("path"), c.path }, { QStringLiteral("reason"), c.reason },
                { QStringLiteral("size"), c.size } });
        json.insert(QStringLiteral("files"), files);
    }
    json.insert(QStringLiteral("skipped"), skippedJson(skipped));
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (failed == 0)
        return 0;
    // A move that failed (disk full, a file-size limit, …) left its file in place.
    err << "observer-tray: " << failed
        << " transcript(s) could not be hidden and were left where they were; see \"skipped\" for why.\n";
    return 1;
}

int restore(TranscriptHider &hider, QTextStream &out)
{
    const HideReport report = hider.restore();
    out << QJsonDocument(
        QJsonObject { { QStringLiteral("restored"), report.hidden }, { QStringLiteral("bytes"), report.bytes },
            { QStringLiteral("conflicts"), skippedJson(report.skipped) } })
               .toJson(QJsonDocument::Indented);
    return report.skipped.isEmpty() ? 0 : 1;
}
} // namespace

int Commands::hideObserverSessions(bool dryRun, QTextStream &out, QTextStream &err)
{
    return withHider(
        err, [&](TranscriptHider &hider, const QSqlDatabase &db) { return hide(hider, db, dryRun, out, err); });
}

int Commands::restoreHiddenSessions(QTextStream &out, QTextStream &err)
{
    return withHider(err, [&](TranscriptHider &hider, const QSqlDatabase &) { return restore(hider, out); });
}
