#pragma once

#include <QObject>

#include <memory>

class Database;

// The window's long memory jobs, on a thread of their own with their own
// connection, so neither the GUI thread nor the store worker waits on them: bringing a
// claude-mem memory over (ClaudeMemTransfer) and the scan of stored memory
// for secrets (StoredRedaction), the same code as --import-claude-mem and
// --redact-existing. Requests are slots (queued), results signals.
class MemoryWorker : public QObject
{
    Q_OBJECT
public:
    explicit MemoryWorker(QObject *parent = nullptr);
    ~MemoryWorker() override;

public Q_SLOTS:
    // claudeMemOffered with path when the file there was never imported, with
    // an empty path when there is nothing to offer.
    void lookForClaudeMem(const QString &path);
    void importClaudeMem(const QString &path);
    void scanForSecrets(bool dryRun);

Q_SIGNALS:
    // observations and summaries are -1 when the file cannot be read now
    // (damaged, locked): importing says why.
    void claudeMemOffered(const QString &path, int observations, int summaries);
    void claudeMemImported(const QString &message);
    void claudeMemFailed(const QString &message);
    void secretsCounted(int observations, int summaries, int events, int replacements);
    void secretsRedacted(const QString &message);
    void scanFailed(const QString &message);

private:
    bool ensureOpen(QString *error);
    std::unique_ptr<Database> m_db;
};
