#include "mcp/ProjectIdentity.h"

#include "core/platform/Project.h"

#include <QDir>

QString ProjectIdentity::current()
{
    const QString fromClaude = qEnvironmentVariable("CLAUDE_PROJECT_DIR");
    return of(fromClaude.isEmpty() ? QDir::currentPath() : fromClaude);
}

QString ProjectIdentity::of(const QString &folder)
{
    return projectOf(folder);
}
