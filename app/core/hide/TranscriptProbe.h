#pragma once

#include <QByteArrayView>
#include <QString>

// The first lines of a Claude Code transcript (.jsonl), read cheaply: at most
// kMaxBytes, whatever the file's size, and never trusted beyond what parses.
struct TranscriptProbe
{
    static constexpr qsizetype kMaxBytes = 8 * 1024;
    // Claude Code 2.1 writes `cwd` after the first prompt, which can be long:
    // when the head holds no cwd, read() reads on up to this many bytes.
    static constexpr qsizetype kMaxCwdScanBytes = 1024 * 1024;

    bool readable = false;
    QString error;
    QString cwd; // first "cwd" field seen
    QString entrypoint; // first "entrypoint" field seen ("cli", "sdk-cli", ... or empty)
    QString sessionId; // first "sessionId" field seen

    static TranscriptProbe read(const QString &path);
    static TranscriptProbe parse(QByteArrayView head, qsizetype limit = kMaxBytes); // the first bytes of a file
};
