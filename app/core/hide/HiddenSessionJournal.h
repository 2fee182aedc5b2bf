#pragma once

#include "core/hide/HiddenEntry.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The one owner of the hidden_sessions table: one row per hidden transcript,
// written before its file moves, so a move a crash interrupted is found and
// finished or rolled back (TranscriptHider::recover). Every statement on the
// table lives here.
class HiddenSessionJournal
{
public:
    // Stored as these numbers (the schema's comment lists them): never renumber.
    enum State { Hiding = 0, Hidden = 1, Restoring = 2, Restored = 3, Deleted = 4 };

    // A transcript about to be hidden: what the row records before the move.
    struct NewRow
    {
        QString originalPath;
        QString hiddenPath;
        QString projectFolder;
        QString observerSessionId; // the transcript's name (column session_id)
        QString reason;
        qint64 size = 0;
        QString sha256;
        qint64 mtime = 0;
    };

    // A row left in Hiding or Restoring: its move may or may not have happened.
    struct InterruptedMove
    {
        qint64 id = 0;
        QString originalPath;
        QString hiddenPath;
        QString sha256;
        State state = Hiding;
    };

    explicit HiddenSessionJournal(QSqlDatabase db);

    // The new row's id (state Hiding); 0 with *error set when it cannot be written.
    qint64 beginHide(const NewRow &row, QString *error);
    void setState(qint64 id, State state);
    // Drops a row whose move never happened (or whose files are both gone).
    void forget(qint64 id);
    QString sha256(qint64 id) const;
    QList<HiddenEntry> hiddenEntries() const; // state Hidden, oldest first
    QList<InterruptedMove> interruptedMoves() const;

private:
    QSqlDatabase m_db;
};
