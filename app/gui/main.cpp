#include "cli/CommandLine.h"
#include "core/platform/Settings.h"
#include "core/status/StatusModel.h"
#include "gui/AppController.h"
#include "version/Version.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <csignal>

namespace {
QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void setAppIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("observer-tray"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OBSERVER_TRAY_VERSION));
}

// Commands run without a display: a QCoreApplication is enough.
int runCommand(int argc, char *argv[], CommandLine &commandLine)
{
    QCoreApplication app(argc, argv);
    setAppIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return commandLine.runCommand(out, err);
}

// The system language unless the settings choose one.
void installTranslators(QTranslator &appTranslator, QTranslator &qtTranslator)
{
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
}

int runTray(int argc, char *argv[], const CommandLine &commandLine)
{
    QApplication app(argc, argv);
    setAppIdentity();
    // Qt's StatusNotifierItem takes its Title and Id from the application name: the
    // tray's item is "Observer Tray". Paths do not depend on it (AppPaths, Settings and
    // HookPaths name their folders explicitly); the desktop entry keeps the window's app id.
    QCoreApplication::setApplicationName(QStringLiteral("Observer Tray"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.observertray.ObserverTray"));
    QApplication::setApplicationDisplayName(QStringLiteral("Observer Tray"));
    QApplication::setQuitOnLastWindowClosed(false);
    commandLine.applyDataDir();
    QTranslator appTranslator, qtTranslator;
    installTranslators(appTranslator, qtTranslator);

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
} // namespace

int main(int argc, char *argv[])
{
    // Like the hook: a file-size limit (RLIMIT_FSIZE) must be an error we
    // report (EFBIG, handled like a full disk), not a signal that kills us mid-copy.
    std::signal(SIGXFSZ, SIG_IGN);
    CommandLine commandLine(argumentsOf(argc, argv));
    if (commandLine.asksForCommand())
        return runCommand(argc, argv, commandLine);
    return runTray(argc, argv, commandLine);
}
