#pragma once

#include <QString>

#include <optional>

// The program a POSIX shell would run for a command line: its first word after
// quote removal ('…', "…", backslashes). Null when the line does not start with
// a plain word (an unclosed quote, a redirection, an empty line).
namespace ShellWord {
std::optional<QString> first(const QString &commandLine);
}
