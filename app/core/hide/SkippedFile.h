#pragma once

#include <QString>

// A transcript left where it was, and why (live, unreadable, a move that
// failed, a restore whose original path is taken). Its own header: both a
// HidePlan and a HideReport carry these.
struct SkippedFile
{
    QString path;
    QString reason;
};
