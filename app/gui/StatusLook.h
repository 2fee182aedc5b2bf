#pragma once

#include "core/status/StatusModel.h"

#include <QCoreApplication>
#include <QString>

// How a state looks to a person: the tray icon (a resource only the GUI
// compiles) and the words the tray, its menu and the Status page show. Which
// state wins is StatusModel's rule; this only dresses it.
class StatusLook
{
    Q_DECLARE_TR_FUNCTIONS(StatusLook)
public:
    static QString iconName(StatusModel::State state); // resource path of the SVG; one shape per state
    static QString stateText(const StatusModel &model); // "signed in (Claude subscription)"
    static QString countsText(const StatusModel &model); // "1,234 observations, 56 today · 3 queued"
    // "3 queued", or "3 queued until their turn ends (by 17:42)" while
    // observing holds a batch (BatchPolicy): waiting, not stuck.
    static QString queuedText(const StatusModel &model);
    static bool batchHeld(const StatusModel &model); // queuedText says "until their turn ends"
    static QString toolTip(const StatusModel &model); // both, for the tray
    static bool needsAttention(StatusModel::State state); // the user must act (a warning, not news)
    static bool hooksFixHelps(StatusModel::State state); // "Install Claude Code hooks" is the one-click fix
};
