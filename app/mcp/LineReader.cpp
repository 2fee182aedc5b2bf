#include "mcp/LineReader.h"

#include <cerrno>

#include <unistd.h>

LineReader::LineReader(int fd) : m_fd(fd)
{
}

std::optional<LineReader::Line> LineReader::next()
{
    for (;;) {
        if (std::optional<Line> line = takeLine())
            return line;
        if (m_eof || !fill()) {
            m_eof = true;
            if (m_buffer.isEmpty() || m_skipping)
                return std::nullopt;
            Line last { m_buffer, false };
            m_buffer.clear();
            return last;
        }
    }
}

// A whole line from the buffer, if one is there; drops what a too-long line
// leaves behind.
std::optional<LineReader::Line> LineReader::takeLine()
{
    const qsizetype newline = m_buffer.indexOf('\n', m_scanned);
    if (newline < 0) {
        m_scanned = m_buffer.size(); // a long line is searched once, not once a block
        if (m_buffer.size() <= kMaxLineBytes)
            return std::nullopt;
        m_scanned = 0;
        m_buffer.clear();
        if (m_skipping)
            return std::nullopt;
        m_skipping = true;
        return Line { {}, true };
    }
    QByteArray bytes = m_buffer.left(newline);
    m_buffer.remove(0, newline + 1);
    m_scanned = 0;
    if (m_skipping) { // the end of the line already reported
        m_skipping = false;
        return takeLine();
    }
    if (bytes.size() > kMaxLineBytes)
        return Line { {}, true };
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return Line { bytes, false };
}

bool LineReader::fill()
{
    char block[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(m_fd, block, sizeof block);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        m_buffer.append(block, n);
        return true;
    }
}
