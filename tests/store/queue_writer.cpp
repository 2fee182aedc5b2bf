// Test helper: records N hook events from its own process through the hook's
// own code path (HookFront: parse, settings, append, wake the app; the app's
// full path when the database is new), without paying for N process starts.
// usage: ot-queue-writer DB_DIR_OR_PATH TAG N
#include "core/capture/HookRecorder.h"
#include "core/platform/AppPaths.h"
#include "hookcore/HookFront.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    const QString target = QString::fromLocal8Bit(argv[1]);
    // Given the database path, use its folder as the data folder.
    AppPaths::setDataDirOverride(target.endsWith(QLatin1String(".db")) ? QFileInfo(target).absolutePath() : target);
    const QString tag = QString::fromLocal8Bit(argv[2]);
    const int n = atoi(argv[3]);
    const std::string dataDir = QFile::encodeName(AppPaths::dataDir()).toStdString();
    const std::string configDir = QFile::encodeName(AppPaths::configDir()).toStdString();
    for (int i = 0; i < n; ++i) {
        const QByteArray payload
            = QStringLiteral(R"({"session_id":"%1","cwd":"/tmp/p","tool_name":"Edit","tool_input":{"i":%2}})")
                  .arg(tag)
                  .arg(i)
                  .toUtf8();
        const HookFront::Result fast = HookFront::run("post-tool-use", payload.toStdString(), dataDir, configDir);
        if (fast.outcome == HookFront::Outcome::Recorded)
            continue;
        if (fast.outcome == HookFront::Outcome::NeedsFullPath) {
            const HookRecorder::Result full = HookRecorder::run(QStringLiteral("post-tool-use"), payload);
            if (full.outcome == HookRecorder::Outcome::Recorded)
                continue;
            std::fprintf(stderr, "%s\n", qPrintable(full.message));
            return 1;
        }
        std::fprintf(stderr, "%s\n", fast.message.c_str());
        return 1;
    }
    return 0;
}
