#include "AppPaths.h"
#include "Database.h"
#include "TrayIcon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("observer-tray"));
    QApplication::setApplicationDisplayName(QStringLiteral("Observer Tray"));
    QApplication::setApplicationVersion(QStringLiteral(OBSERVER_TRAY_VERSION));
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Observer Tray: Claude Code observer sessions, in the tray."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Keep the database in DIR."),
                                     QStringLiteral("DIR"));
    parser.addOption(dataDir);
    parser.process(app);
    if (parser.isSet(dataDir))
        AppPaths::setDataDirOverride(parser.value(dataDir));

    Database db(AppPaths::databasePath());
    if (!db.open()) {
        QTextStream(stderr) << "observer-tray: " << db.error() << '\n';
        return 1;
    }

    TrayIcon tray;
    QObject::connect(&tray, &TrayIcon::quitRequested, &app, &QApplication::quit);
    return app.exec();
}
