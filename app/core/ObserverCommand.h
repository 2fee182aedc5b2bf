#pragma once

#include "CliCapabilities.h"

#include <QStringList>

// The observer's command line and working directory, built from what the
// installed CLI supports.
struct ObserverCommand
{
    QStringList arguments;
    QString workingDirectory;

    // sessionId: the uuid we choose and record (so its transcript, if an old
    // CLI writes one, can be proven ours and hidden).
    static ObserverCommand build(const CliInfo &cli, const QString &model, const QString &systemPrompt,
        const QString &sessionId, const QString &workingDirectory);
};
