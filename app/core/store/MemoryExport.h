#pragma once

#include <QSqlDatabase>
#include <QString>

// `--export [--project P] FILE`: every stored observation and session summary
// (of one project when given) to a file, written atomically. JSON Lines (a
// header line naming the format and version, then one record a line, see
// MemoryRecord) that MemoryImport reads back losslessly; or, for a .md file,
// Markdown with one section per session (MemoryMarkdown). Rows are streamed:
// a million observations are never all in memory.
class MemoryExport
{
public:
    struct Counts
    {
        int observations = 0;
        int summaries = 0;
    };

    explicit MemoryExport(QSqlDatabase db);
    static bool isMarkdown(const QString &path);
    // False with *error (the file is then not created or left as it was).
    bool write(const QString &path, const QString &project, Counts *counts, QString *error);

private:
    QSqlDatabase m_db;
};
