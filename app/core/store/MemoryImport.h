#pragma once

#include "hookcore/Redactor.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// `--import FILE`: reads an export (JSON Lines, MemoryRecord) back. The whole
// file is checked first and stored in one transaction, so a bad line imports
// nothing; a record already stored (same content hash) is not stored again,
// so importing twice stores nothing twice. Text passes the Redactor, as
// anything else that enters the memory does.
class MemoryImport
{
public:
    struct Counts
    {
        int observations = 0; // in the file
        int summaries = 0;
        int observationsStored = 0; // new; the rest were there already
        int summariesStored = 0;
    };

    MemoryImport(QSqlDatabase db, std::optional<Redactor> redactor);
    // False with *error (which line, what is wrong); nothing is stored then.
    bool run(const QString &path, Counts *counts, QString *error);

private:
    QSqlDatabase m_db;
    std::optional<Redactor> m_redactor;
};
