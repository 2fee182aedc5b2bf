#pragma once

#include <QByteArrayView>
#include <QString>

// The first lines of a Claude Code transcript (.jsonl), read cheaply: at most
// kMaxBytes, whatever the file's size, and never trusted beyond what parses.
struct TranscriptProbe
{
    static constexpr qsizetype kMaxBytes = 8 * 1024;

    bool readable = false;
    QString error;
    QString cwd; // first "cwd" field seen
    QString entrypoint; // first "entrypoint" field seen ("cli", "sdk-cli", ... or empty)
    QString sessionId; // first "sessionId" field seen

    static TranscriptProbe read(const QString &path);
    static TranscriptProbe parse(QByteArrayView head); // the first bytes of a file
};
