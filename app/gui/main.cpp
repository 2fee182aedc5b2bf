#include "cli/Commands.h"
#include "core/platform/AppPaths.h"
#include "core/platform/Settings.h"
#include "core/status/StatusModel.h"
#include "gui/AppController.h"
#include "version/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <csignal>
#include <functional>
#include <memory>

namespace {
struct Options
{
    QCommandLineOption dataDir { QStringLiteral("data-dir"), QStringLiteral("Keep the database in DIR."),
        QStringLiteral("DIR") };
    QCommandLineOption checkAuth { QStringLiteral("check-auth"),
        QStringLiteral("Check whether observers can sign in; print JSON. Exit 0 signed in, "
                       "1 not signed in, 2 CLI missing or broken.") };
    QCommandLineOption status { QStringLiteral("status"),
        QStringLiteral("Print the last known state, counts and queue as JSON; runs nothing.") };
    QCommandLineOption installHooks { QStringLiteral("install-hooks"),
        QStringLiteral("Add Observer Tray's hooks to Claude Code's settings.json.") };
    QCommandLineOption uninstallHooks { QStringLiteral("uninstall-hooks"),
        QStringLiteral("Remove Observer Tray's hooks (and only those).") };
    QCommandLineOption hooksStatus { QStringLiteral("hooks-status"),
        QStringLiteral("Say whether the hooks are installed, not installed, outdated or broken. Exit 0 installed, "
                       "1 not installed, 2 outdated, 3 broken, 4 settings.json unreadable.") };
    QCommandLineOption hide { QStringLiteral("hide-observer-sessions"),
        QStringLiteral("Move observer transcripts out of Claude Code's resume list; print JSON.") };
    QCommandLineOption dryRun { QStringLiteral("dry-run"),
        QStringLiteral("With --hide-observer-sessions: only report.") };
    QCommandLineOption restore { QStringLiteral("restore-hidden-sessions"),
        QStringLiteral("Put every hidden transcript back where it was; print JSON.") };
    QCommandLineOption headless { QStringLiteral("headless"),
        QStringLiteral("Run the pipeline without a GUI until SIGTERM or SIGINT.") };
    QCommandLineOption drain { QStringLiteral("drain"),
        QStringLiteral("Process everything queued now, then exit (0 when the queue is empty, 4 when another "
                       "Observer Tray processes this data folder).") };
    QCommandLineOption wait { QStringLiteral("wait"),
        QStringLiteral("With --drain: when another Observer Tray processes this data folder, wait until it has "
                       "emptied the queue (or exited) instead of exiting with 4.") };
    QCommandLineOption recordEvent { QStringLiteral("record-event"),
        QStringLiteral("Record one Claude Code hook event from stdin (what observer-tray-hook hands over "
                       "when it needs the app: a new database, a new session's context)."),
        QStringLiteral("KIND") };
};

using Command = std::function<int(QTextStream &, QTextStream &)>;

Command commandFor(const QCommandLineParser &parser, const Options &o)
{
    if (parser.isSet(o.checkAuth))
        return Commands::checkAuth;
    if (parser.isSet(o.status))
        return Commands::status;
    if (parser.isSet(o.installHooks))
        return Commands::installHooks;
    if (parser.isSet(o.uninstallHooks))
        return Commands::uninstallHooks;
    if (parser.isSet(o.hooksStatus))
        return Commands::hooksStatus;
    if (parser.isSet(o.hide)) {
        const bool dry = parser.isSet(o.dryRun);
        return [dry](QTextStream &out, QTextStream &err) { return Commands::hideObserverSessions(dry, out, err); };
    }
    if (parser.isSet(o.restore))
        return Commands::restoreHiddenSessions;
    if (parser.isSet(o.headless))
        return Commands::headless;
    if (parser.isSet(o.drain)) {
        const bool wait = parser.isSet(o.wait);
        return [wait](QTextStream &out, QTextStream &err) { return Commands::drain(wait, out, err); };
    }
    if (parser.isSet(o.recordEvent)) {
        const QString kind = parser.value(o.recordEvent);
        return [kind](QTextStream &out, QTextStream &err) { return Commands::recordEvent(kind, out, err); };
    }
    return {};
}

void setAppIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("observer-tray"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OBSERVER_TRAY_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    // Like the hook: a file-size limit (RLIMIT_FSIZE) must be an error we
    // report (EFBIG, handled like a full disk), not a signal that kills us mid-copy.
    std::signal(SIGXFSZ, SIG_IGN);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    Options o;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Observer Tray: Claude Code observer sessions that sign in with your own login, in the tray."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({ o.dataDir, o.checkAuth, o.status, o.installHooks, o.uninstallHooks, o.hooksStatus, o.hide,
        o.dryRun, o.restore, o.headless, o.drain, o.wait, o.recordEvent });
    const bool parsed = parser.parse(arguments);

    // Commands run without a display: a QCoreApplication is enough.
    const Command command = parsed ? commandFor(parser, o) : Command();
    if (command || !parsed || parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        QCoreApplication app(argc, argv);
        setAppIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (!parsed) {
            err << "observer-tray: " << parser.errorText() << "\nTry observer-tray --help.\n";
            return 2;
        }
        if (!command)
            parser.process(app); // prints --help or --version and exits
        if (parser.isSet(o.dataDir))
            AppPaths::setDataDirOverride(parser.value(o.dataDir));
        return command(out, err);
    }

    QApplication app(argc, argv);
    setAppIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Observer Tray"));
    QApplication::setQuitOnLastWindowClosed(false);
    if (parser.isSet(o.dataDir))
        AppPaths::setDataDirOverride(parser.value(o.dataDir));

    // The system language unless the settings choose one.
    QTranslator qtTranslator, appTranslator;
    const QString language = Settings().language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // English is the source language; its file only adds plural forms.
    if (appTranslator.load(locale, QStringLiteral("observer-tray"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || appTranslator.load(QStringLiteral(":/i18n/observer-tray_en")))
        QApplication::installTranslator(&appTranslator);
    if (qtTranslator.load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QLocale::setDefault(locale);

    AppController controller;
    if (!controller.start()) {
        QTextStream(stdout) << "observer-tray: already running; its window was asked to open.\n";
        return 0;
    }
    // What the controller read at start: settings.json is not read again.
    if (const QString step = controller.model()->hooksNextStep(); !step.isEmpty())
        QTextStream(stderr) << "observer-tray: " << step << '\n';
    return app.exec();
}
