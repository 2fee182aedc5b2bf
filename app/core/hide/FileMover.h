#pragma once

#include <QString>

// Moving a user's file without ever losing, duplicating or overwriting one:
// a rename that refuses an existing target on one file system; across file
// systems a copy into a newly created (O_EXCL) target, fsync, verify the
// checksum, keep the modification time, and only then delete the original.
namespace FileMover {
enum class Result { Moved, TargetExists, Failed };

QString sha256(const QString &path, QString *error); // streamed: memory independent of size
// A file at `to` is never replaced, even one that appears while we move:
// that is TargetExists, with both files left as they were.
Result move(const QString &from, const QString &to, const QString &expectedSha256, bool forceCopy, QString *error);
// Whether `part` holds the first bytes of `whole` (an interrupted copy of it).
bool isPrefixOf(const QString &part, const QString &whole);
} // namespace FileMover
