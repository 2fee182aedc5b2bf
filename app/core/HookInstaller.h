#pragma once

#include <QJsonObject>
#include <QString>

// Our entries in Claude Code's settings.json, and only ours: merged in,
// removed, checked. Every other key and hook is kept exactly; writes are
// atomic (QSaveFile) with a backup of the previous file; a file we cannot
// read or parse is refused and left byte-identical.
class HookInstaller
{
public:
    enum class Status { Installed, NotInstalled, Outdated, Unreadable };
    struct Result
    {
        bool ok = false;
        bool changed = false;
        QString message; // what happened or what to do
    };

    // settingsPath: <config dir>/settings.json; hookPath: absolute path of observer-tray-hook.
    // extraArgs: e.g. {"--data-dir", DIR} when the app uses a non-default data folder.
    HookInstaller(QString settingsPath, QString hookPath, QStringList extraArgs = {});

    Result install() const;
    Result uninstall() const;
    Status status(QString *detail = nullptr) const;

    static QStringList events(); // SessionStart, UserPromptSubmit, PostToolUse, Stop, SessionEnd
    static QString shellQuote(const QString &s); // POSIX single quotes
    QString commandFor(const QString &event) const;
    static QString statusName(Status s);

private:
    bool load(QJsonObject *settings, bool *exists, QString *error) const;
    Result save(const QJsonObject &settings, bool existed) const;
    static bool isOurs(const QJsonObject &hook);

    QString m_settingsPath;
    QString m_hookPath;
    QStringList m_extraArgs;
};
