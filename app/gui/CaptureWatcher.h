#pragma once

#include "core/status/HookProbe.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

class Database;
class StatusModel;

// Keeps the capture part of StatusModel true without busy polling: the hooks
// are read again when the Claude config folder or its settings.json changes
// (debounced), and the stall check (CaptureCheck) runs every few minutes.
class CaptureWatcher : public QObject
{
    Q_OBJECT
public:
    explicit CaptureWatcher(StatusModel *model, QObject *parent = nullptr);
    ~CaptureWatcher() override;

    static constexpr int kStallCheckMs = 5 * 60 * 1000; // well under the bench's one wake-up a minute

    HookProbe::Result lastProbe() const { return m_probe; }

public Q_SLOTS:
    // Reads settings.json and, with our hooks installed, looks for a stall.
    void refresh();
    // Runs the hook command with a test event now (the checklist's "Test again").
    void probeHooks();

Q_SIGNALS:
    void probed(const HookProbe::Result &result);

private:
    void watchConfig();
    void checkStall(bool hooksInstalled);
    bool openDatabase();
    // Installed per settings.json, and the command really records (probed once per change of the file).
    QString provenStatus(QString *detail);

    StatusModel *m_model;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce; // an editor's save is several events
    QTimer m_stallTimer;
    std::unique_ptr<Database> m_db; // opened once the pipeline created the file
    HookProbe::Result m_probe;
    QDateTime m_probedSettings; // settings.json's mtime at the last probe
};
