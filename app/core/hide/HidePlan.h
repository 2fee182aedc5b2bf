#pragma once

#include "core/hide/SkippedFile.h"

#include <QList>
#include <QString>

// A candidate is only ever read as part of a plan, so the two share a header.
struct HideCandidate
{
    QString path;
    QString projectFolder; // e.g. -home-u--claude-mem-observer-sessions
    QString reason; // which proof made it an observer transcript (ObserverProof)
    qint64 size = 0;
};

// What ObserverTranscriptFinder found: the transcripts to hide, and those it
// left alone with the reason (shown by --hide-observer-sessions --dry-run).
struct HidePlan
{
    QList<HideCandidate> candidates;
    QList<SkippedFile> skipped;
    qint64 totalBytes = 0;
};
