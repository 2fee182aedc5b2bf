#pragma once

#include <QString>

// Moving a user's file without ever losing or duplicating it: rename(2) on
// one file system; across file systems copy, fsync, verify the checksum, keep
// the modification time, and only then delete the original.
namespace FileMover {
QString sha256(const QString &path, QString *error); // streamed: memory independent of size
bool move(const QString &from, const QString &to, const QString &expectedSha256, bool forceCopy, QString *error);
} // namespace FileMover
