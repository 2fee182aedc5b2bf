#pragma once

#include <QString>
#include <QStringList>

class OrderedJson;

// Our entries in Claude Code's settings.json, and only ours: merged in,
// removed, checked. A hook is ours when the program its command runs (the
// first shell word) is our hook path or a file named observer-tray-hook;
// every other key and hook is kept exactly, in its order. A part of the file
// whose shape we do not expect is left alone or, when we would have to change
// it, the whole install is refused and the file stays byte-identical.
// Writes go through SettingsFile (locked, atomic, original kept as .bak).
class HookInstaller
{
public:
    enum class Status { Installed, NotInstalled, Outdated, Broken, Unreadable };
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
    // Broken: one of our hooks runs a program that is missing or not executable
    // (every run would exit non-zero); detail names it.
    Status status(QString *detail = nullptr) const;

    static QStringList events(); // SessionStart, UserPromptSubmit, PostToolUse, Stop, SessionEnd
    static QString shellQuote(const QString &s); // POSIX single quotes
    QString commandFor(const QString &event) const;
    QString hookPath() const { return m_hookPath; }
    QStringList extraArgs() const { return m_extraArgs; }
    static QString statusName(Status s);
    // The program a hook command runs when the hook is ours, else empty.
    QString ourProgram(const OrderedJson &hook) const;

private:
    // Each of our events holds a list of groups (added when missing); refused when one is not a list.
    bool ensureGroupLists(OrderedJson &hooks, QString *refusal) const;
    // One current hook of ours per event; true when that changed anything.
    bool mergeOurs(OrderedJson &hooks) const;

    QString m_settingsPath;
    QString m_hookPath;
    QStringList m_extraArgs;
};
