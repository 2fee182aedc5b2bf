// Test helper: runs a hide and prints "done N" after each file, so a test can
// kill it mid-way. usage: ot-hide-runner (env: OBSERVER_TRAY_DATA_DIR, CLAUDE_CONFIG_DIR)
#include "core/hide/ObserverTranscriptFinder.h"
#include "core/hide/TranscriptHider.h"
#include "core/platform/AppPaths.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Database db(AppPaths::databasePath());
    if (!db.open())
        return 1;
    TranscriptHider hider(db.connection());
    hider.recover();
    const HidePlan plan = ObserverTranscriptFinder(db.connection()).plan();
    std::printf("planned %lld\n", static_cast<long long>(plan.candidates.size()));
    std::fflush(stdout);
    hider.hide(plan, [](int done) {
        std::printf("done %d\n", done);
        std::fflush(stdout);
        return true;
    });
    return 0;
}
