#pragma once

#include "core/store/ClaudeMemImport.h"
#include "core/store/ClaudeMemReader.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// Bringing a claude-mem memory over, the one way `--import-claude-mem` and
// the window's "Bring your claude-mem memory" both do it: the peer's file is
// read whole and closed again (ClaudeMemReader, read-only) before our
// database is even opened, then stored in one transaction (ClaudeMemImport),
// and the import is remembered (KeyValue) so the window stops offering it.
class ClaudeMemTransfer
{
public:
    struct Result
    {
        ClaudeMemImport::Counts counts;
        QList<ClaudeMemReader::Unmapped> unmapped;
    };

    // nullopt with *error (missing, damaged, locked, not claude-mem's).
    static std::optional<ClaudeMemTransfer> read(const QString &path, QString *error);
    // Whether the file at path was imported into db before.
    static bool wasImported(const QSqlDatabase &db, const QString &path);

    QString path() const { return m_path; }
    int observations() const { return int(m_peer.observations.size()); } // what can be mapped
    int summaries() const { return int(m_peer.summaries.size()); }
    const QList<ClaudeMemReader::Unmapped> &unmapped() const { return m_peer.unmapped; }

    // nullopt with *error when db refused (nothing was imported then).
    std::optional<Result> store(const QSqlDatabase &db, const std::optional<Redactor> &redactor, QString *error) const;

private:
    ClaudeMemTransfer(QString path, ClaudeMemReader::Contents peer);
    void remember(const QSqlDatabase &db, const Result &result) const;

    QString m_path;
    ClaudeMemReader::Contents m_peer;
};
