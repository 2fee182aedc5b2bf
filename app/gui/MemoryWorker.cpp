#include "gui/MemoryWorker.h"

#include "core/platform/AppPaths.h"
#include "core/platform/Settings.h"
#include "core/store/ClaudeMemTransfer.h"
#include "core/store/Database.h"
#include "core/store/StoredRedaction.h"

#include <QFileInfo>
#include <QMap>

namespace {
// "2 could not be mapped: no session or nothing readable (2)".
QString unmappedText(const QList<ClaudeMemReader::Unmapped> &unmapped)
{
    QMap<QString, int> reasons;
    for (const ClaudeMemReader::Unmapped &u : unmapped)
        ++reasons[u.reason];
    QStringList parts;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        parts << QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value());
    return MemoryWorker::tr("; %1 could not be mapped: %2").arg(unmapped.size()).arg(parts.join(QLatin1String(", ")));
}

// The core's "cannot import …; nothing was imported" as a sentence.
QString sentence(const QString &error)
{
    return error.left(1).toUpper() + error.mid(1) + QLatin1Char('.');
}

QString importedText(const ClaudeMemTransfer::Result &r)
{
    const int already = r.counts.observationsSkipped + r.counts.summariesSkipped;
    return MemoryWorker::tr("Imported %1 observations, %2 summaries from claude-mem")
               .arg(r.counts.observationsStored)
               .arg(r.counts.summariesStored)
        + (already > 0 ? MemoryWorker::tr(" (%1 were stored already)").arg(already) : QString())
        + (r.unmapped.isEmpty() ? QString() : unmappedText(r.unmapped)) + QLatin1Char('.');
}
} // namespace

MemoryWorker::MemoryWorker(QObject *parent) : QObject(parent)
{
}

MemoryWorker::~MemoryWorker() = default;

bool MemoryWorker::ensureOpen(QString *error)
{
    if (m_db && m_db->isOpen())
        return true;
    m_db = std::make_unique<Database>(AppPaths::databasePath()); // opened on the thread that uses it
    if (m_db->open())
        return true;
    *error = m_db->error();
    return false;
}

void MemoryWorker::lookForClaudeMem(const QString &path)
{
    QString error;
    if (!QFileInfo(path).isFile() || !ensureOpen(&error) || ClaudeMemTransfer::wasImported(m_db->connection(), path)) {
        Q_EMIT claudeMemOffered(QString(), 0, 0);
        return;
    }
    const std::optional<ClaudeMemTransfer> peer = ClaudeMemTransfer::read(path, &error);
    Q_EMIT claudeMemOffered(path, peer ? peer->observations() : -1, peer ? peer->summaries() : -1);
}

void MemoryWorker::importClaudeMem(const QString &path)
{
    QString error;
    // Read whole and closed again before anything is stored: a damaged or locked file imports nothing.
    const std::optional<ClaudeMemTransfer> peer = ClaudeMemTransfer::read(path, &error);
    if (!peer) {
        Q_EMIT claudeMemFailed(sentence(error));
        return;
    }
    if (!ensureOpen(&error)) {
        Q_EMIT claudeMemFailed(tr("Could not open Observer Tray's database: %1. Nothing was imported.").arg(error));
        return;
    }
    const std::optional<ClaudeMemTransfer::Result> result
        = peer->store(m_db->connection(), Settings().redactor(), &error);
    if (result)
        Q_EMIT claudeMemImported(importedText(*result));
    else
        Q_EMIT claudeMemFailed(sentence(error));
}

void MemoryWorker::scanForSecrets(bool dryRun)
{
    QString error;
    StoredRedaction::Counts c;
    if (!ensureOpen(&error) || !StoredRedaction::runWithSettings(m_db->connection(), dryRun, &c, &error)) {
        Q_EMIT scanFailed(tr("Could not scan stored memory for secrets: %1.").arg(error));
        return;
    }
    if (dryRun) {
        Q_EMIT secretsCounted(c.observations, c.summaries, c.events, c.replacements);
        return;
    }
    Q_EMIT secretsRedacted(tr("Replaced %1 secrets in %2 observations, %3 summaries and %4 queued events.")
                               .arg(c.replacements)
                               .arg(c.observations)
                               .arg(c.summaries)
                               .arg(c.events)
        + (c.walTruncated ? QString() : tr(" The old text leaves the database's log file at its next checkpoint.")));
}
