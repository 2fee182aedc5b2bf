#include "mcp/StdioServer.h"

#include "mcp/JsonRpc.h"
#include "mcp/LineReader.h"
#include "mcp/McpServer.h"

#include <cerrno>

#include <unistd.h>

namespace {
bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}
} // namespace

int StdioServer::run(int inFd, int outFd)
{
    McpServer server;
    LineReader reader(inFd);
    while (const std::optional<LineReader::Line> line = reader.next()) {
        const QByteArray answer = line->tooLong
            ? JsonRpc::frame(JsonRpc::error(QJsonValue::Null, JsonRpc::kInvalidRequest,
                QStringLiteral("message longer than %1 MB; not read").arg(LineReader::kMaxLineBytes >> 20)))
            : server.handleLine(line->bytes);
        if (!answer.isEmpty() && !writeAll(outFd, answer))
            return 1; // the client is gone
    }
    return 0;
}
