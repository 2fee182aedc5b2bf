#include "core/store/ClaudeMemTransfer.h"

#include "core/store/KeyValue.h"

#include <QFileInfo>

namespace {
const QString kImported = QStringLiteral("claude_mem_import");

QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QFileInfo(path).absoluteFilePath() : c;
}
} // namespace

ClaudeMemTransfer::ClaudeMemTransfer(QString path, ClaudeMemReader::Contents peer)
    : m_path(std::move(path)), m_peer(std::move(peer))
{
}

std::optional<ClaudeMemTransfer> ClaudeMemTransfer::read(const QString &path, QString *error)
{
    std::optional<ClaudeMemReader::Contents> peer = ClaudeMemReader::read(path, error);
    if (!peer)
        return std::nullopt;
    return ClaudeMemTransfer(path, std::move(*peer));
}

bool ClaudeMemTransfer::wasImported(const QSqlDatabase &db, const QString &path)
{
    return KeyValue::get(db, kImported).value(QStringLiteral("path")).toString() == canonical(path);
}

std::optional<ClaudeMemTransfer::Result> ClaudeMemTransfer::store(
    const QSqlDatabase &db, const std::optional<Redactor> &redactor, QString *error) const
{
    Result result { {}, m_peer.unmapped };
    QString why;
    if (!ClaudeMemImport(db, redactor).store(m_peer, &result.counts, &why)) {
        *error = QStringLiteral("cannot store the import (%1); nothing was imported").arg(why);
        return std::nullopt;
    }
    remember(db, result);
    return result;
}

// Not in the import's transaction: should this fail, the offer comes back, and
// a second import stores nothing twice anyway.
void ClaudeMemTransfer::remember(const QSqlDatabase &db, const Result &result) const
{
    KeyValue::put(db, kImported,
        QJsonObject { { QStringLiteral("path"), canonical(m_path) },
            { QStringLiteral("observationsStored"), result.counts.observationsStored },
            { QStringLiteral("summariesStored"), result.counts.summariesStored } });
}
