#include "core/claude/BuiltinTools.h"

#include <array>

namespace {
struct Row
{
    const char *series; // version prefix the row covers
    const char *tools; // comma-separated, as --disallowedTools takes them
};

// 1.0.x: measured on 1.0.128, the last 1.0 release (2026-12-02). Earlier 1.0
// releases have a subset; denying a tool a CLI lacks changes nothing.
constexpr std::array<Row, 1> kRows { {
    { "1.0.",
        "Task,Bash,Glob,Grep,ExitPlanMode,Read,Edit,MultiEdit,Write,NotebookEdit,WebFetch,TodoWrite,WebSearch,"
        "BashOutput,KillShell,SlashCommand" },
} };
} // namespace

QStringList BuiltinTools::forVersion(const QString &version)
{
    for (const Row &row : kRows) {
        if (version.startsWith(QLatin1String(row.series)))
            return QString::fromLatin1(row.tools).split(QLatin1Char(','));
    }
    return {};
}
