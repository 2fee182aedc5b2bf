#pragma once

#include "core/store/ClaudeMemReader.h"
#include "hookcore/Redactor.h"

#include <QSqlDatabase>

#include <optional>

// `--import-claude-mem [PATH]`: what ClaudeMemReader read, stored in one
// transaction with each row's claude-mem id in the provenance column. Text
// passes the Redactor; a row already stored (same content hash) is not
// stored again, so a second import adds nothing.
class ClaudeMemImport
{
public:
    struct Counts
    {
        int observationsStored = 0;
        int summariesStored = 0;
        int observationsSkipped = 0; // already there
        int summariesSkipped = 0;
    };

    ClaudeMemImport(QSqlDatabase db, std::optional<Redactor> redactor);
    bool store(const ClaudeMemReader::Contents &peer, Counts *counts, QString *error);

private:
    bool storeObservations(const ClaudeMemReader::Contents &peer, Counts *counts, QString *error);
    bool storeSummaries(const ClaudeMemReader::Contents &peer, Counts *counts, QString *error);
    QString redacted(const QString &text) const;

    QSqlDatabase m_db;
    std::optional<Redactor> m_redactor;
};
