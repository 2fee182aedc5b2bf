#include "cli/CommandDatabase.h"
#include "cli/Commands.h"
#include "core/platform/Settings.h"
#include "core/store/ClaudeMemTransfer.h"
#include "core/store/MemoryExport.h"
#include "core/store/MemoryImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int Commands::exportMemory(const QString &path, const QString &project, QTextStream &out, QTextStream &err)
{
    return CommandDatabase::run(err, [&](const QSqlDatabase &db) {
        MemoryExport::Counts counts;
        QString error;
        if (!MemoryExport(db).write(path, project, &counts, &error)) {
            err << "observer-tray: " << error << ". Choose a folder you can write to.\n";
            return kMemoryFileFailed;
        }
        out << QJsonDocument(
            QJsonObject { { QStringLiteral("file"), path },
                { QStringLiteral("format"),
                    MemoryExport::isMarkdown(path) ? QStringLiteral("markdown") : QStringLiteral("jsonl") },
                { QStringLiteral("observations"), counts.observations },
                { QStringLiteral("summaries"), counts.summaries } })
                   .toJson(QJsonDocument::Indented);
        return 0;
    });
}

int Commands::importMemory(const QString &path, QTextStream &out, QTextStream &err)
{
    return CommandDatabase::run(err, [&](const QSqlDatabase &db) {
        MemoryImport::Counts counts;
        QString error;
        if (!MemoryImport(db, Settings().redactor()).run(path, &counts, &error)) {
            err << "observer-tray: " << error << ".\n";
            return kMemoryFileFailed;
        }
        out << QJsonDocument(
            QJsonObject { { QStringLiteral("file"), path }, { QStringLiteral("observations"), counts.observations },
                { QStringLiteral("summaries"), counts.summaries },
                { QStringLiteral("observationsStored"), counts.observationsStored },
                { QStringLiteral("summariesStored"), counts.summariesStored } })
                   .toJson(QJsonDocument::Indented);
        return 0;
    });
}

namespace {
QJsonArray unmappedJson(const QList<ClaudeMemReader::Unmapped> &unmapped)
{
    QJsonArray out;
    for (const ClaudeMemReader::Unmapped &u : unmapped)
        out.append(QJsonObject { { QStringLiteral("from"), u.provenance }, { QStringLiteral("reason"), u.reason } });
    return out;
}
} // namespace

int Commands::importClaudeMem(const QString &givenPath, QTextStream &out, QTextStream &err)
{
    const QString path = givenPath.isEmpty() ? ClaudeMemReader::defaultPath() : givenPath;
    QString error;
    const std::optional<ClaudeMemTransfer> peer = ClaudeMemTransfer::read(path, &error);
    if (!peer) {
        err << "observer-tray: " << error << ".\n";
        return kMemoryFileFailed;
    }
    return CommandDatabase::run(err, [&](const QSqlDatabase &db) {
        const std::optional<ClaudeMemTransfer::Result> r = peer->store(db, Settings().redactor(), &error);
        if (!r) {
            err << "observer-tray: " << error << ".\n";
            return kMemoryFileFailed;
        }
        out << QJsonDocument(
            QJsonObject { { QStringLiteral("file"), path },
                { QStringLiteral("observationsStored"), r->counts.observationsStored },
                { QStringLiteral("summariesStored"), r->counts.summariesStored },
                { QStringLiteral("alreadyStored"), r->counts.observationsSkipped + r->counts.summariesSkipped },
                { QStringLiteral("unmapped"), unmappedJson(r->unmapped) } })
                   .toJson(QJsonDocument::Indented);
        return 0;
    });
}
