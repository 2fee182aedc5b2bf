#include "mcp/ProjectIdentity.h"

#include <QDir>

QString ProjectIdentity::current()
{
    const QString fromClaude = qEnvironmentVariable("CLAUDE_PROJECT_DIR");
    return fromClaude.isEmpty() ? QDir::currentPath() : fromClaude;
}
