#include "Corpus.h"

#include "core/claude/ClaudePaths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QUuid>

namespace {
QString line(const QString &cwd, const QString &sid, const QString &entry)
{
    return QStringLiteral(
               R"({"parentUuid":null,"isSidechain":false,"type":"user","message":{"role":"user","content":"hello %1"},"uuid":"%2","timestamp":"2026-11-01T10:00:00.000Z","entrypoint":"%3","cwd":"%4","sessionId":"%1","version":"2.1.197"})")
               .arg(sid, QUuid::createUuid().toString(QUuid::WithoutBraces), entry, cwd)
        + QLatin1Char('\n');
}

void write(const QString &path, const QString &content)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(content.toUtf8());
        f.write(QByteArray(200, ' ')); // some body
        f.close();
        // Old enough not to count as a live session.
        f.open(QIODevice::ReadWrite);
        f.setFileTime(QDateTime::currentDateTime().addDays(-3), QFileDevice::FileModificationTime);
    }
}
} // namespace

Corpus Corpus::build(const QString &configDir, const QString &observerCwd, int folders, int totalFiles, int observers)
{
    Corpus c;
    c.projectsDir = configDir + QStringLiteral("/projects");
    const int perKind = observers / 3;
    int recordedLeft = observers - 2 * perKind;
    // Folder 0: our observer cwd (every file is an observer's); folder 1: the
    // peer's legacy folder (observers confirmed by cwd, plus decoys whose cwd
    // is someone else's); folder 2: a user's project whose folder name ends the
    // same way; folder 3: a user's project named observer-sessions; the rest:
    // user projects, some holding transcripts of sessions we recorded.
    struct Folder
    {
        QString cwd;
        int files;
    };
    QList<Folder> plan { { observerCwd, perKind },
        { QStringLiteral("/home/u/.claude-mem/observer-sessions"), perKind + 50 },
        { QStringLiteral("/home/u/claude-mem/observer-sessions"), 100 },
        { QStringLiteral("/home/u/code/observer-sessions"), 100 } };
    int used = 0;
    for (const Folder &f : plan)
        used += f.files;
    const int userFolders = folders - int(plan.size());
    for (int f = 0; f < userFolders; ++f) {
        const int files = (totalFiles - used) / userFolders + (f < (totalFiles - used) % userFolders ? 1 : 0);
        plan << Folder { QStringLiteral("/home/u/projects/p%1 with space-é").arg(f), files };
    }
    const int recordedPerFolder = userFolders > 0 ? (recordedLeft + userFolders - 1) / userFolders : 0;
    for (qsizetype f = 0; f < plan.size(); ++f) {
        const QString folder = c.projectsDir + QLatin1Char('/') + ClaudePaths::encodeProjectFolder(plan[f].cwd);
        QDir().mkpath(folder);
        const int recordedHere = f >= 4 ? std::min(recordedPerFolder, recordedLeft) : 0;
        recordedLeft -= recordedHere;
        for (int i = 0; i < plan[f].files; ++i) {
            const QString sid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString path = folder + QLatin1Char('/') + sid + QStringLiteral(".jsonl");
            bool observer = f == 0 || (f == 1 && i < perKind) || i < recordedHere;
            if (f >= 4 && i < recordedHere)
                c.recordedIds << sid;
            const QString cwd = f == 1 && !observer ? QStringLiteral("/home/u/other") : plan[f].cwd;
            write(path, line(cwd, sid, f == 1 ? QStringLiteral("cli") : QStringLiteral("sdk-cli")));
            (observer ? c.observerFiles : c.otherFiles) << path;
        }
    }
    return c;
}
