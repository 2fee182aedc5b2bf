#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// A projects folder the way users of memory plugins have it: user sessions,
// observer sessions of the three provable kinds, and decoys that look like
// observer sessions but are not.
struct Corpus
{
    QString projectsDir;
    QStringList observerFiles; // must be hidden
    QStringList otherFiles; // must stay, byte-identical, same mtime
    QStringList recordedIds; // session ids to record in observer_runs

    // totalFiles across folders, of which observers are observer sessions
    // (a third of each provable kind).
    static Corpus build(
        const QString &configDir, const QString &observerCwd, int folders, int totalFiles, int observers);
};
