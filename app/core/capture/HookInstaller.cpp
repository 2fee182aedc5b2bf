#include "core/capture/HookInstaller.h"

#include "core/capture/OrderedJson.h"
#include "core/capture/SettingsFile.h"
#include "core/capture/ShellWord.h"
#include "hookcore/EventKind.h"

#include <QFileInfo>

namespace {
const QString kHookBinary = QStringLiteral("observer-tray-hook");
const QString kHooks = QStringLiteral("hooks");
const QString kCommand = QStringLiteral("command");

QString qs(std::string_view s)
{
    return QString::fromLatin1(s.data(), qsizetype(s.size()));
}

// The hook's argument for a Claude Code event: its kind in the queue.
QString argumentFor(const QString &event)
{
    for (const EventKindNames &k : kEventKinds) {
        if (qs(k.claudeEvent) == event)
            return qs(k.name);
    }
    return {};
}

// The hook list of a group, when the group has the shape Claude Code documents.
OrderedJson *hookList(OrderedJson &group)
{
    OrderedJson *list = group.isObject() ? group.value(kHooks) : nullptr;
    return list && list->isArray() ? list : nullptr;
}

OrderedJson newGroup(const QString &event, const QString &command)
{
    OrderedJson hook = OrderedJson::object();
    hook.insert(QStringLiteral("type"), OrderedJson::string(QStringLiteral("command")));
    hook.insert(kCommand, OrderedJson::string(command));
    OrderedJson list = OrderedJson::array();
    list.items().append(hook);
    OrderedJson group = OrderedJson::object();
    if (event == qs(claudeEventName(EventKind::PostToolUse)))
        group.insert(QStringLiteral("matcher"), OrderedJson::string(QStringLiteral("*")));
    group.insert(kHooks, list);
    return group;
}

QString refusedShape(const QString &settings, const QString &part, const QString &expected)
{
    return QStringLiteral("%1: %2 is not %3 as Claude Code expects. Nothing was changed; fix that part of the file "
                          "and install again.")
        .arg(settings, part, expected);
}
} // namespace

HookInstaller::HookInstaller(QString settingsPath, QString hookPath, QStringList extraArgs)
    : m_settingsPath(std::move(settingsPath)), m_hookPath(std::move(hookPath)), m_extraArgs(std::move(extraArgs))
{
}

QStringList HookInstaller::events()
{
    QStringList names;
    for (const EventKindNames &k : kEventKinds)
        names << qs(k.claudeEvent);
    return names;
}

QString HookInstaller::shellQuote(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString HookInstaller::commandFor(const QString &event) const
{
    QStringList parts { shellQuote(m_hookPath) };
    for (const QString &a : m_extraArgs)
        parts << shellQuote(a);
    parts << argumentFor(event);
    return parts.join(QLatin1Char(' '));
}

QString HookInstaller::statusName(Status s)
{
    switch (s) {
    case Status::Installed:
        return QStringLiteral("installed");
    case Status::NotInstalled:
        return QStringLiteral("not_installed");
    case Status::Outdated:
        return QStringLiteral("outdated");
    case Status::Broken:
        return QStringLiteral("broken");
    case Status::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

QString HookInstaller::ourProgram(const OrderedJson &hook) const
{
    const OrderedJson *command = hook.isObject() ? hook.value(kCommand) : nullptr;
    if (!command || !command->isString())
        return {};
    // Ours by the program it runs, never by what the text mentions.
    const std::optional<QString> program = ShellWord::first(command->toString());
    if (!program || (*program != m_hookPath && QFileInfo(*program).fileName() != kHookBinary))
        return {};
    return *program;
}

bool HookInstaller::mergeEvent(OrderedJson &hooks, const QString &event, bool *changed, QString *refusal) const
{
    OrderedJson *groups = hooks.value(event);
    if (groups && !groups->isArray()) {
        *refusal = refusedShape(m_settingsPath, QStringLiteral("hooks.%1").arg(event), QStringLiteral("a list"));
        return false;
    }
    if (!groups) {
        hooks.insert(event, OrderedJson::array());
        groups = hooks.value(event);
    }
    const QString command = commandFor(event);
    bool present = false;
    // Update our first entry in place, drop any duplicate of it; groups of other shapes are skipped, untouched.
    for (qsizetype g = 0; g < groups->items().size(); ++g) {
        OrderedJson *list = hookList(groups->items()[g]);
        if (!list)
            continue;
        const qsizetype before = list->items().size();
        for (qsizetype h = 0; h < list->items().size(); ++h) {
            OrderedJson &hook = list->items()[h];
            if (ourProgram(hook).isEmpty())
                continue;
            if (present) {
                list->items().removeAt(h--);
                *changed = true;
            } else if (hook.value(kCommand)->toString() != command) {
                hook.insert(kCommand, OrderedJson::string(command));
                *changed = true;
            }
            present = true;
        }
        if (list->items().isEmpty() && before > 0)
            groups->items().removeAt(g--); // it held only a duplicate of ours
    }
    if (!present) {
        groups->items().append(newGroup(event, command));
        *changed = true;
    }
    return true;
}

HookInstaller::Result HookInstaller::install() const
{
    Result r;
    SettingsFile file(m_settingsPath);
    OrderedJson settings = OrderedJson::object();
    if (!file.lock(&r.message) || !file.load(&settings, &r.message))
        return r;
    if (!settings.value(kHooks))
        settings.insert(kHooks, OrderedJson::object());
    OrderedJson *hooks = settings.value(kHooks);
    if (!hooks->isObject()) {
        r.message = refusedShape(m_settingsPath, QStringLiteral("\"hooks\""), QStringLiteral("an object"));
        return r;
    }
    bool changed = false;
    for (const QString &event : events()) {
        if (!mergeEvent(*hooks, event, &changed, &r.message))
            return r; // refused before anything was written
    }
    r.ok = true;
    if (!changed) {
        r.message = QStringLiteral("Observer Tray's hooks are already installed in %1.").arg(m_settingsPath);
        return r;
    }
    if (!file.save(settings, &r.message)) {
        r.ok = false;
        return r;
    }
    r.changed = true;
    r.message
        = QStringLiteral("Installed Observer Tray's hooks in %1%2.")
              .arg(m_settingsPath,
                  file.backupWritten() ? QStringLiteral(" (your previous file is kept as %1)").arg(file.backupPath())
                                       : QString());
    return r;
}

bool HookInstaller::removeOurs(OrderedJson &groups) const
{
    bool changed = false;
    for (qsizetype g = 0; g < groups.items().size(); ++g) {
        OrderedJson *list = hookList(groups.items()[g]);
        if (!list || list->items().isEmpty())
            continue;
        const qsizetype removed
            = list->items().removeIf([this](const OrderedJson &h) { return !ourProgram(h).isEmpty(); });
        changed = changed || removed > 0;
        if (removed > 0 && list->items().isEmpty())
            groups.items().removeAt(g--); // a group that held only ours goes with it
    }
    return changed;
}

HookInstaller::Result HookInstaller::uninstall() const
{
    Result r;
    SettingsFile file(m_settingsPath);
    OrderedJson settings = OrderedJson::object();
    if (!file.lock(&r.message) || !file.load(&settings, &r.message))
        return r;
    OrderedJson *hooks = settings.value(kHooks);
    bool changed = false;
    if (hooks && hooks->isObject()) {
        for (qsizetype e = 0; e < hooks->members().size(); ++e) {
            OrderedJson &groups = hooks->members()[e].second;
            if (!groups.isArray() || !removeOurs(groups))
                continue;
            changed = true;
            if (groups.items().isEmpty())
                hooks->members().removeAt(e--);
        }
        if (changed && hooks->members().isEmpty())
            settings.remove(kHooks);
    }
    r.ok = true;
    if (!changed) {
        r.message = QStringLiteral("No Observer Tray hooks in %1; nothing to remove.").arg(m_settingsPath);
        return r;
    }
    if (!file.save(settings, &r.message)) {
        r.ok = false;
        return r;
    }
    r.changed = true;
    r.message = QStringLiteral("Removed Observer Tray's hooks from %1; other hooks were kept.").arg(m_settingsPath);
    return r;
}
