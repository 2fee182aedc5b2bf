#pragma once

#include "core/capture/OrderedJson.h"

#include <QString>

// Claude Code's settings.json as the installer reads and replaces it: one
// writer at a time (an flock on its folder, so concurrent installs queue up
// instead of losing each other's edits), the new file renamed into place
// (QSaveFile), and the user's file as it was before our first edit kept once
// as settings.json.observer-tray.bak (never overwritten by a later edit).
class SettingsFile
{
public:
    explicit SettingsFile(QString path);
    ~SettingsFile();
    SettingsFile(const SettingsFile &) = delete;
    SettingsFile &operator=(const SettingsFile &) = delete;

    // Blocks until no other installer edits the file; held until destruction.
    bool lock(QString *error);
    // A missing or empty file is an empty object; anything but a JSON object is refused.
    bool load(OrderedJson *root, QString *error);
    // Writes root; backs up the loaded bytes first when no backup exists yet.
    bool save(const OrderedJson &root, QString *error);

    QString path() const { return m_path; }
    QString backupPath() const { return m_path + QStringLiteral(".observer-tray.bak"); }
    bool backupWritten() const { return m_backupWritten; }

private:
    bool writeBackup(QString *error);

    QString m_path;
    QByteArray m_original;
    bool m_existed = false;
    bool m_backupWritten = false;
    int m_lockFd = -1;
};
