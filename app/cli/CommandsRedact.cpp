#include "cli/CommandDatabase.h"
#include "cli/Commands.h"
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
    return CommandDatabase::run(err, [&](const QSqlDatabase &db) {
        StoredRedaction::Counts counts;
        QString error;
        if (!StoredRedaction::runWithSettings(db, dryRun, &counts, &error)) {
            err << "observer-tray: " << error << ".\n";
            return kRedactFailed;
        }
        out << QJsonDocument(countsJson(dryRun, counts)).toJson(QJsonDocument::Indented);
        err << "observer-tray: " << (dryRun ? "would redact " : "redacted ") << counts.replacements
            << " credential(s) in " << counts.observations << " observation(s), " << counts.summaries
            << " summary(ies) and " << counts.events << " queued event(s).\n";
        return 0;
    });
}
