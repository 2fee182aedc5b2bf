#include "HookInstaller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
const QString kHookBinary = QStringLiteral("observer-tray-hook");

QString argumentFor(const QString &event)
{
    if (event == QLatin1String("SessionStart"))
        return QStringLiteral("session-start");
    if (event == QLatin1String("UserPromptSubmit"))
        return QStringLiteral("user-prompt-submit");
    if (event == QLatin1String("PostToolUse"))
        return QStringLiteral("post-tool-use");
    if (event == QLatin1String("Stop"))
        return QStringLiteral("stop");
    return QStringLiteral("session-end");
}
} // namespace

HookInstaller::HookInstaller(QString settingsPath, QString hookPath, QStringList extraArgs)
    : m_settingsPath(std::move(settingsPath)), m_hookPath(std::move(hookPath)), m_extraArgs(std::move(extraArgs))
{
}

QStringList HookInstaller::events()
{
    return { QStringLiteral("SessionStart"), QStringLiteral("UserPromptSubmit"), QStringLiteral("PostToolUse"),
        QStringLiteral("Stop"), QStringLiteral("SessionEnd") };
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
    case Status::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

bool HookInstaller::isOurs(const QJsonObject &hook)
{
    return hook.value(QStringLiteral("command")).toString().contains(kHookBinary);
}

bool HookInstaller::load(QJsonObject *settings, bool *exists, QString *error) const
{
    QFile f(m_settingsPath);
    *exists = f.exists();
    if (!*exists)
        return true;
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read %1 (%2). Nothing was changed; fix its permissions and try again.")
                     .arg(m_settingsPath, f.errorString());
        return false;
    }
    const QByteArray bytes = f.readAll();
    if (bytes.trimmed().isEmpty())
        return true;
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("%1 is not valid JSON (%2 at byte %3). Nothing was changed; fix the file (Claude Code "
                                "cannot read it either) and try again.")
                     .arg(m_settingsPath, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    *settings = doc.object();
    return true;
}

HookInstaller::Result HookInstaller::save(const QJsonObject &settings, bool existed) const
{
    Result r;
    QDir().mkpath(QFileInfo(m_settingsPath).absolutePath());
    if (existed) {
        const QString backup = m_settingsPath + QStringLiteral(".observer-tray.bak");
        QFile::remove(backup);
        if (!QFile::copy(m_settingsPath, backup)) {
            r.message = QStringLiteral("Cannot write the backup %1. Nothing was changed.").arg(backup);
            return r;
        }
    }
    QSaveFile out(m_settingsPath);
    if (!out.open(QIODevice::WriteOnly)) {
        r.message = QStringLiteral("Cannot write %1 (%2). Nothing was changed.").arg(m_settingsPath, out.errorString());
        return r;
    }
    out.write(QJsonDocument(settings).toJson(QJsonDocument::Indented));
    if (!out.commit()) {
        r.message = QStringLiteral("Cannot write %1 (%2). Nothing was changed.").arg(m_settingsPath, out.errorString());
        return r;
    }
    r.ok = true;
    r.changed = true;
    return r;
}

HookInstaller::Result HookInstaller::install() const
{
    Result r;
    QJsonObject settings;
    bool existed = false;
    if (!load(&settings, &existed, &r.message))
        return r;
    QJsonObject hooks = settings.value(QStringLiteral("hooks")).toObject();
    bool changed = false;
    for (const QString &event : events()) {
        QJsonArray groups = hooks.value(event).toArray();
        const QString command = commandFor(event);
        bool present = false;
        // Replace an outdated entry of ours in place; leave every other hook alone.
        for (qsizetype g = 0; g < groups.size(); ++g) {
            QJsonObject group = groups[g].toObject();
            QJsonArray list = group.value(QStringLiteral("hooks")).toArray();
            for (qsizetype h = 0; h < list.size(); ++h) {
                QJsonObject hook = list[h].toObject();
                if (!isOurs(hook))
                    continue;
                if (present || hook.value(QStringLiteral("command")).toString() != command) {
                    if (present) {
                        list.removeAt(h--);
                    } else {
                        hook.insert(QStringLiteral("command"), command);
                        list[h] = hook;
                    }
                    changed = true;
                }
                present = true;
            }
            group.insert(QStringLiteral("hooks"), list);
            groups[g] = group;
        }
        if (!present) {
            QJsonObject group { { QStringLiteral("hooks"),
                QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("command") },
                    { QStringLiteral("command"), command } } } } };
            if (event == QLatin1String("PostToolUse"))
                group.insert(QStringLiteral("matcher"), QStringLiteral("*"));
            groups.append(group);
            changed = true;
        }
        hooks.insert(event, groups);
    }
    if (!changed) {
        r.ok = true;
        r.message = QStringLiteral("Observer Tray's hooks are already installed in %1.").arg(m_settingsPath);
        return r;
    }
    settings.insert(QStringLiteral("hooks"), hooks);
    r = save(settings, existed);
    if (r.ok)
        r.message
            = QStringLiteral("Installed Observer Tray's hooks in %1%2.")
                  .arg(m_settingsPath,
                      existed ? QStringLiteral(" (previous file kept as settings.json.observer-tray.bak)") : QString());
    return r;
}

HookInstaller::Result HookInstaller::uninstall() const
{
    Result r;
    QJsonObject settings;
    bool existed = false;
    if (!load(&settings, &existed, &r.message))
        return r;
    QJsonObject hooks = settings.value(QStringLiteral("hooks")).toObject();
    bool changed = false;
    for (const QString &event : hooks.keys()) {
        QJsonArray groups = hooks.value(event).toArray();
        QJsonArray kept;
        for (const QJsonValue &g : std::as_const(groups)) {
            QJsonObject group = g.toObject();
            QJsonArray list;
            const QJsonArray before = group.value(QStringLiteral("hooks")).toArray();
            for (const QJsonValue &h : before) {
                if (isOurs(h.toObject()))
                    changed = true;
                else
                    list.append(h);
            }
            if (list.isEmpty() && !before.isEmpty())
                continue; // a group that held only ours goes with it
            group.insert(QStringLiteral("hooks"), list);
            kept.append(group);
        }
        if (kept.isEmpty() && !groups.isEmpty())
            hooks.remove(event);
        else
            hooks.insert(event, kept);
    }
    if (!changed) {
        r.ok = true;
        r.message = QStringLiteral("No Observer Tray hooks in %1; nothing to remove.").arg(m_settingsPath);
        return r;
    }
    if (hooks.isEmpty())
        settings.remove(QStringLiteral("hooks"));
    else
        settings.insert(QStringLiteral("hooks"), hooks);
    r = save(settings, existed);
    if (r.ok)
        r.message = QStringLiteral("Removed Observer Tray's hooks from %1; other hooks were kept.").arg(m_settingsPath);
    return r;
}

HookInstaller::Status HookInstaller::status(QString *detail) const
{
    QJsonObject settings;
    bool existed = false;
    QString error;
    if (!load(&settings, &existed, &error)) {
        if (detail)
            *detail = error;
        return Status::Unreadable;
    }
    const QJsonObject hooks = settings.value(QStringLiteral("hooks")).toObject();
    int current = 0, ours = 0;
    for (const QString &event : events()) {
        for (const QJsonValue &g : hooks.value(event).toArray()) {
            for (const QJsonValue &h : g.toObject().value(QStringLiteral("hooks")).toArray()) {
                if (!isOurs(h.toObject()))
                    continue;
                ++ours;
                current += h.toObject().value(QStringLiteral("command")).toString() == commandFor(event) ? 1 : 0;
            }
        }
    }
    if (ours == 0)
        return Status::NotInstalled;
    if (current >= int(events().size()))
        return Status::Installed;
    if (detail)
        *detail
            = QStringLiteral("Some hooks point at another observer-tray-hook than %1; install again to update them.")
                  .arg(m_hookPath);
    return Status::Outdated;
}
