#pragma once

#include <QByteArray>

#include <optional>

// MCP's stdio framing on the reading side: messages are lines. Reads a file
// descriptor (stdin) in blocks and hands out one line at a time, without its
// newline (and without a '\r' before it). A line longer than kMaxLineBytes is
// not kept in memory: it comes back as tooLong, once, and reading goes on
// after its newline.
class LineReader
{
public:
    static constexpr qsizetype kMaxLineBytes = 8 * 1024 * 1024;

    struct Line
    {
        QByteArray bytes;
        bool tooLong = false;
    };

    explicit LineReader(int fd);
    // The next line; nullopt at end of input (a last line without a newline
    // still counts) or on a read error.
    std::optional<Line> next();

private:
    bool fill();
    std::optional<Line> takeLine();

    int m_fd;
    QByteArray m_buffer;
    qsizetype m_scanned = 0; // the buffer's first bytes hold no newline
    bool m_skipping = false; // inside a line that was too long
    bool m_eof = false;
};
