#pragma once

#include <QStringList>

// The built-in tools of the Claude Code versions that have no `--tools ""`:
// there an observer is made tool-less by denying each by name
// (`--disallowedTools`). The one table of them; each row measured on the real
// CLI (the tools its stream-json init line lists). A version without a row
// gets no observer at all (ObserverCommand says why).
class BuiltinTools
{
public:
    // Empty when no row covers version.
    static QStringList forVersion(const QString &version);
};
