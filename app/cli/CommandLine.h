#pragma once

#include "cli/CommandLineOptions.h"

#include <QCommandLineParser>
#include <QStringList>

#include <functional>

class QTextStream;

// Reads observer-tray's command line: a command to run and exit (--status,
// --drain, ..., or --help, --version, a bad option), or the tray.
class CommandLine
{
public:
    // A command prints to out and err and returns the process exit code.
    using Command = std::function<int(QTextStream &out, QTextStream &err)>;
    // What a bad option exits with (the README's table: "any command with a bad option").
    static constexpr int kBadOption = 2;

    explicit CommandLine(const QStringList &arguments);

    // True when the arguments ask for something other than the tray. Such a
    // run needs no display: a QCoreApplication is enough.
    bool asksForCommand() const;
    // Runs what asksForCommand() found, inside the QCoreApplication: says what
    // is wrong with a bad option (kBadOption), prints --help or --version (and
    // exits), or runs the command on the --data-dir it names.
    int runCommand(QTextStream &out, QTextStream &err);
    // For the tray: --data-dir, when given, wins over the environment.
    void applyDataDir() const;

private:
    Command commandAskedFor() const;
    bool asksForHelpOrVersion() const;
    QString misuse() const;
    QStringList observationIds() const;

    QStringList m_arguments;
    CommandLineOptions m_options;
    QCommandLineParser m_parser;
    bool m_parsed = false;
    QString m_error; // why the arguments are refused; empty when they are not
    Command m_command;
};
