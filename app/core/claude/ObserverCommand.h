#pragma once

#include "core/claude/CliCapabilities.h"

#include <QStringList>

// The observer's command line and working directory, built from what the
// installed CLI supports: its flags and the values each flag accepts, with a
// fallback per version where a flag is missing.
struct ObserverCommand
{
    QStringList arguments;
    QString workingDirectory;

    // Empty when this CLI can run an observer that talks stream-json, has no
    // tools and gets our instructions; else why not, for people.
    static QString whyUnsupported(const CliInfo &cli);
    // sessionId: the uuid we choose and record (so its transcript, if an old
    // CLI writes one, can be proven ours and hidden). Only for a CLI that
    // whyUnsupported() accepts.
    static ObserverCommand build(const CliInfo &cli, const QString &model, const QString &systemPrompt,
        const QString &sessionId, const QString &workingDirectory);
    // Put before our instructions where only --append-system-prompt exists:
    // Claude Code's own prompt (an interactive coding agent) comes first.
    static QString roleOverride();
};
