#pragma once

#include <QString>

// One hidden transcript as the Hidden sessions page lists it (a row of
// HiddenSessionJournal in state Hidden).
struct HiddenEntry
{
    qint64 id = 0;
    QString originalPath;
    QString hiddenPath;
    QString projectFolder;
    QString reason;
    qint64 size = 0;
    qint64 mtime = 0;
    qint64 hiddenAt = 0;
};
