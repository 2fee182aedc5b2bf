#pragma once
// Small helpers the hiding tests share: a transcript written as Claude Code
// writes one, and a file's identity (content and modification time).
#include "core/hide/FileMover.h"
#include "core/store/ObserverRunLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QStringList>

struct Fingerprint
{
    QByteArray sha;
    qint64 mtime = 0;
    bool operator==(const Fingerprint &o) const { return sha == o.sha && mtime == o.mtime; }
};

inline Fingerprint fingerprint(const QString &path)
{
    QString error;
    return { FileMover::sha256(path, &error).toLatin1(), QFileInfo(path).lastModified().toMSecsSinceEpoch() };
}

// `before` goes ahead of the line that records the cwd (2.1 writes the first
// prompt before it), `after` follows it; returns false when the file cannot be written.
inline bool writeTranscript(
    const QString &path, const QString &cwd, int ageSecs, const QByteArray &before = {}, const QByteArray &after = {})
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(before);
    f.write(
        QStringLiteral(R"({"type":"user","cwd":"%1","sessionId":"x","entrypoint":"cli"})").arg(cwd).toUtf8() + "\n");
    f.write(after);
    f.flush(); // or closing would stamp the time again
    return f.setFileTime(QDateTime::currentDateTime().addSecs(-ageSecs), QFileDevice::FileModificationTime);
}

// Records a run for each observerSessionId, as the scheduler does when it
// starts an observer: what makes those transcripts provably ours.
inline bool recordRuns(QSqlDatabase db, const QStringList &observerSessionIds)
{
    ObserverRunLog runs(db);
    db.transaction();
    for (const QString &id : observerSessionIds) {
        if (!runs.recordStart({ id, QStringLiteral("u"), {}, QStringLiteral("/x"), {} }, nullptr)) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}
