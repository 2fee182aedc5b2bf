#include "core/capture/HookTree.h"

#include "core/capture/OrderedJson.h"

#include <algorithm>

namespace {
// The hook list of a group, when the group has the shape Claude Code documents.
OrderedJson *hookList(OrderedJson &group)
{
    OrderedJson *list = group.isObject() ? group.value(QStringLiteral("hooks")) : nullptr;
    return list && list->isArray() ? list : nullptr;
}

qsizetype walkGroups(OrderedJson &groups, const QString &event, const HookTree::Visitor &visit)
{
    qsizetype removed = 0;
    for (qsizetype g = 0; g < groups.items().size(); ++g) {
        OrderedJson *list = hookList(groups.items()[g]);
        if (!list)
            continue;
        qsizetype here = 0;
        for (qsizetype h = 0; h < list->items().size(); ++h) {
            if (visit(event, list->items()[h]) == HookTree::Visit::Remove) {
                list->items().removeAt(h--);
                ++here;
            }
        }
        if (here > 0 && list->items().isEmpty())
            groups.items().removeAt(g--); // a group that held only removed hooks goes with them
        removed += here;
    }
    return removed;
}

// Indexes of the members to walk: the first member of each named event, or every member.
QList<qsizetype> eventIndexes(const OrderedJson &hooks, const QStringList &events)
{
    QList<qsizetype> indexes;
    const auto &members = hooks.members();
    for (qsizetype e = 0; e < members.size() && events.isEmpty(); ++e)
        indexes << e;
    for (const QString &event : events) {
        const auto found = std::find_if(
            members.begin(), members.end(), [&event](const OrderedJson::Member &m) { return m.first == event; });
        if (found != members.end())
            indexes << qsizetype(found - members.begin());
    }
    return indexes;
}
} // namespace

qsizetype HookTree::walk(OrderedJson &hooks, const QStringList &events, const Visitor &visit)
{
    if (!hooks.isObject())
        return 0;
    qsizetype removed = 0;
    QList<qsizetype> emptied;
    for (const qsizetype e : eventIndexes(hooks, events)) {
        OrderedJson::Member &member = hooks.members()[e];
        if (!member.second.isArray())
            continue;
        const qsizetype here = walkGroups(member.second, member.first, visit);
        if (here > 0 && member.second.items().isEmpty())
            emptied << e;
        removed += here;
    }
    std::sort(emptied.rbegin(), emptied.rend()); // from the back, so indexes stay valid
    for (const qsizetype e : emptied)
        hooks.members().removeAt(e);
    return removed;
}
