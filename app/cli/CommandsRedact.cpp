#include "cli/CommandDatabase.h"
#include "cli/Commands.h"
#include "core/platform/Settings.h"
#include "core/store/StoredRedaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {
QJsonObject countsJson(bool dryRun, const StoredRedaction::Counts &c)
{
    QJsonObject json { { QStringLiteral("dryRun"), dryRun }, { QStringLiteral("observations"), c.observations },
        { QStringLiteral("summaries"), c.summaries }, { QStringLiteral("events"), c.events },
        { QStringLiteral("replacements"), c.replacements } };
    if (!dryRun)
        json.insert(QStringLiteral("walTruncated"), c.walTruncated);
    return json;
}
} // namespace

int Commands::redactExisting(bool dryRun, QTextStream &out, QTextStream &err)
{
    // Asked for by name: the rules apply even when redaction of new events is off.
    std::string problem;
    const std::optional<Redactor> redactor = Redactor::make(
        [] {
            std::vector<std::string> patterns;
            for (const QString &p : Settings().redactPatterns())
                patterns.push_back(p.toStdString());
            return patterns;
        }(),
        &problem);
    if (!redactor) {
        err << "observer-tray: " << QString::fromStdString(problem) << "; fix it in Settings. Nothing was changed.\n";
        return kRedactFailed;
    }
    return CommandDatabase::run(err, [&](const QSqlDatabase &db) {
        StoredRedaction::Counts counts;
        QString error;
        if (!StoredRedaction(db, *redactor).run(dryRun, &counts, &error)) {
            err << "observer-tray: the database refused the rewrite (" << error
                << "); nothing was changed. Try again when Observer Tray is idle.\n";
            return kRedactFailed;
        }
        out << QJsonDocument(countsJson(dryRun, counts)).toJson(QJsonDocument::Indented);
        err << "observer-tray: " << (dryRun ? "would redact " : "redacted ") << counts.replacements
            << " credential(s) in " << counts.observations << " observation(s), " << counts.summaries
            << " summary(ies) and " << counts.events << " queued event(s).\n";
        return 0;
    });
}
