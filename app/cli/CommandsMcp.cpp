#include "cli/Commands.h"
#include "mcp/StdioServer.h"

#include <QTextStream>

#include <unistd.h>

int Commands::mcpServer(QTextStream &, QTextStream &)
{
    // stdout is the protocol's: nothing else may be written to it.
    return StdioServer::run(STDIN_FILENO, STDOUT_FILENO);
}
