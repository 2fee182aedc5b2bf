#pragma once

#include "hookcore/Redactor.h"

#include <QSqlDatabase>
#include <QString>

// `--redact-existing`: runs what is already stored (observations, session
// summaries, queued events) through a Redactor, in one transaction, and makes
// SQLite forget the old bytes (secure_delete, the FTS index rebuilt, the WAL
// checkpointed), so a credential stored before redaction existed is gone
// from the file, not only from what a SELECT returns.
class StoredRedaction
{
public:
    struct Counts
    {
        int observations = 0; // rows that held at least one credential
        int summaries = 0;
        int events = 0;
        int replacements = 0; // credentials replaced in all
        bool walTruncated = false; // false: a reader held the WAL; the old bytes leave it at its next checkpoint
        int rows() const { return observations + summaries + events; }
    };

    StoredRedaction(QSqlDatabase db, Redactor redactor);

    // What `--redact-existing` and the window's "Scan stored memory for
    // secrets" both run: asked for by name, the built-in rules apply even when
    // redaction of new events is off, with the user's patterns from Settings.
    // False with *error, a sentence that says what to do (nothing was changed).
    static bool runWithSettings(const QSqlDatabase &db, bool dryRun, Counts *counts, QString *error);

    // With dryRun, counts what would change and writes nothing. False with
    // *error when the database refused (nothing is changed then).
    bool run(bool dryRun, Counts *counts, QString *error);

private:
    bool rewriteTable(const QString &table, const QStringList &textColumns, const QStringList &jsonColumns, bool dryRun,
        int *rows, int *replacements, QString *error);
    bool forgetOldBytes(Counts *counts, QString *error);

    QSqlDatabase m_db;
    Redactor m_redactor;
};
