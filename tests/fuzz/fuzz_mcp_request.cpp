// One line a client sends observer-tray --mcp: the JSON-RPC parser, the
// dispatcher for every method that needs no database, and the search-query
// sanitiser on the same bytes. Whatever the line, one answer line or none.
#include "mcp/JsonRpc.h"
#include "mcp/McpServer.h"
#include "mcp/SafeFtsQuery.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray line(reinterpret_cast<const char *>(data), qsizetype(size));
    static McpServer server;
    const JsonRpc::Parsed parsed = JsonRpc::parse(line);
    if (const auto *request = std::get_if<JsonRpc::Request>(&parsed); request && request->method != "tools/call") {
        const QByteArray answer = server.handleLine(line);
        if (!answer.isEmpty() && (!answer.endsWith('\n') || answer.count('\n') != 1))
            std::abort(); // a framing break: the client would lose sync
    }
    SafeFtsQuery::from(QString::fromUtf8(line));
    return 0;
}
