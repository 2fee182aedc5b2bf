#pragma once

#include "core/store/Database.h"

#include <QString>

#include <functional>

class QTextStream;

// The app's database as every command opens it, in one place (as KeePassXC's
// DatabaseCommand opens the database once for every CLI command): the data
// folder's file, opened the same way, and a failure said the same way on
// stderr, "observer-tray: <why and what to do>".
class CommandDatabase
{
public:
    // What a command that cannot work without the database exits with.
    static constexpr int kCannotOpen = 1;

    // For a command that needs the database (--hide-observer-sessions, ...):
    // runs command with it open, or says why it cannot be and returns kCannotOpen.
    static int run(QTextStream &err, const std::function<int(const QSqlDatabase &)> &command);

    CommandDatabase();

    // Opens it, creating the data folder and the file when missing and
    // migrating; when that fails, says why on err, after context (e.g.
    // "could not save the result: ").
    bool open(QTextStream &err, const QString &context = {});
    // For a read-only report (--status): opens only a database that is there,
    // never creating or migrating it. On failure error() says why, and the
    // report decides how to show it.
    bool openExisting();
    // Whether the file is there: a report that could not open it tells
    // "there is none yet" from "there is one, and it is unusable".
    bool fileExists() const;

    QSqlDatabase connection() const { return m_db.connection(); }
    QString error() const { return m_db.error(); }

private:
    Database m_db;
};
