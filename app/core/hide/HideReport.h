#pragma once

#include "core/hide/SkippedFile.h"

#include <QList>

// What one hide, restore or delete did: `hidden` counts the transcripts it
// moved (or deleted), `bytes` their size.
struct HideReport
{
    int hidden = 0;
    qint64 bytes = 0;
    QList<SkippedFile> skipped;
};
