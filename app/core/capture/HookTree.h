#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class OrderedJson;

// The one walk over the "hooks" object of Claude Code's settings.json: event →
// group → hook, as Claude Code documents it. Install, uninstall and status say
// only what to do with one hook; parts of other shapes are skipped, untouched.
namespace HookTree {
enum class Visit { Keep, Remove };
using Visitor = std::function<Visit(const QString &event, OrderedJson &hook)>;

// Calls visit for each hook of the named events (in that order), or of every
// event in the file when events is empty. A group, and then an event, left
// empty by a removal goes with it. Returns how many hooks were removed.
qsizetype walk(OrderedJson &hooks, const QStringList &events, const Visitor &visit);
} // namespace HookTree
