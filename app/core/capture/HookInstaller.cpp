#include "core/capture/HookInstaller.h"

#include "core/capture/HookTree.h"
#include "core/capture/OrderedJson.h"
#include "core/capture/SettingsFile.h"
#include "core/capture/ShellWord.h"
#include "hookcore/EventKind.h"

#include <QFileInfo>
#include <QSet>

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

bool HookInstaller::ensureGroupLists(OrderedJson &hooks, QString *refusal) const
{
    for (const QString &event : events()) {
        const OrderedJson *groups = hooks.value(event);
        if (groups && !groups->isArray()) {
            *refusal = refusedShape(m_settingsPath, QStringLiteral("hooks.%1").arg(event), QStringLiteral("a list"));
            return false;
        }
        if (!groups)
            hooks.insert(event, OrderedJson::array());
    }
    return true;
}

bool HookInstaller::mergeOurs(OrderedJson &hooks) const
{
    bool changed = false;
    QSet<QString> present;
    // Update our first entry of each event in place, drop any duplicate of it.
    HookTree::walk(hooks, events(), [&](const QString &event, OrderedJson &hook) {
        if (ourProgram(hook).isEmpty())
            return HookTree::Visit::Keep;
        if (present.contains(event)) {
            changed = true;
            return HookTree::Visit::Remove;
        }
        present.insert(event);
        const QString command = commandFor(event);
        if (hook.value(kCommand)->toString() != command) {
            hook.insert(kCommand, OrderedJson::string(command));
            changed = true;
        }
        return HookTree::Visit::Keep;
    });
    for (const QString &event : events()) {
        if (!present.contains(event)) {
            hooks.value(event)->items().append(newGroup(event, commandFor(event)));
            changed = true;
        }
    }
    return changed;
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
    if (!ensureGroupLists(*hooks, &r.message))
        return r; // refused before anything was written
    const bool changed = mergeOurs(*hooks);
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

HookInstaller::Result HookInstaller::uninstall() const
{
    Result r;
    SettingsFile file(m_settingsPath);
    OrderedJson settings = OrderedJson::object();
    if (!file.lock(&r.message) || !file.load(&settings, &r.message))
        return r;
    OrderedJson *hooks = settings.value(kHooks);
    const bool changed = hooks && HookTree::walk(*hooks, {}, [this](const QString &, OrderedJson &hook) {
        return ourProgram(hook).isEmpty() ? HookTree::Visit::Keep : HookTree::Visit::Remove;
    }) > 0;
    if (changed && hooks->members().isEmpty())
        settings.remove(kHooks);
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
