// Test helper: records N hook events from its own process through the hook's
// own code path (HookRecorder: parse, open, enqueue, wake the app), without
// paying for N process starts. usage: ot-queue-writer DB_DIR_OR_PATH TAG N
#include "AppPaths.h"
#include "HookRecorder.h"
#include "Settings.h"

#include <QCoreApplication>
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
    const Settings settings;
    for (int i = 0; i < n; ++i) {
        const QByteArray payload
            = QStringLiteral(R"({"session_id":"%1","cwd":"/tmp/p","tool_name":"Edit","tool_input":{"i":%2}})")
                  .arg(tag)
                  .arg(i)
                  .toUtf8();
        const HookRecorder::Result r = HookRecorder::run(QStringLiteral("post-tool-use"), payload, settings);
        if (r.outcome != HookRecorder::Outcome::Recorded) {
            std::fprintf(stderr, "%s\n", qPrintable(r.message));
            return 1;
        }
    }
    return 0;
}
