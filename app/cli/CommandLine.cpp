#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "core/platform/AppPaths.h"

#include <QTextStream>

CommandLine::CommandLine(const QStringList &arguments) : m_arguments(arguments)
{
    m_parser.setApplicationDescription(
        QStringLiteral("Observer Tray: Claude Code observer sessions that sign in with your own login, in the tray."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions(m_options.all());
    m_parsed = m_parser.parse(m_arguments);
    m_error = m_parsed ? misuse() : m_parser.errorText();
    if (!m_error.isEmpty())
        m_parsed = false;
    if (m_parsed)
        m_command = commandAskedFor();
}

// What the parser accepts but means nothing: a stray word (a typo would
// otherwise start the tray without a word), or an option without the command
// it modifies.
QString CommandLine::misuse() const
{
    // Only --delete-observation (its ids) and --import-claude-mem (an optional
    // PATH) take more words.
    const bool deleting = m_parser.isSet(m_options.deleteObservation);
    for (const QString &id : deleting ? observationIds() : QStringList())
        if (id.toLongLong() <= 0)
            return QStringLiteral("'%1' is not an observation id (a positive whole number)").arg(id);
    const qsizetype allowedWords = m_parser.isSet(m_options.importClaudeMem) ? 1 : 0;
    if (!deleting && m_parser.positionalArguments().size() > allowedWords)
        return QStringLiteral("unexpected argument '%1'").arg(m_parser.positionalArguments().value(allowedWords));
    if (m_parser.isSet(m_options.dryRun) && !m_parser.isSet(m_options.hide)
        && !m_parser.isSet(m_options.redactExisting))
        return QStringLiteral("--dry-run goes with --hide or --redact-existing");
    if (m_parser.isSet(m_options.wait) && !m_parser.isSet(m_options.drain))
        return QStringLiteral("--wait goes with --drain");
    if (m_parser.isSet(m_options.project) && !m_parser.isSet(m_options.exportMemory))
        return QStringLiteral("--project goes with --export");
    return {};
}

// --delete-observation 4 7 9, --delete-observation 4,7,9 or repeated.
QStringList CommandLine::observationIds() const
{
    QStringList ids;
    for (const QString &value : m_parser.values(m_options.deleteObservation) + m_parser.positionalArguments())
        ids += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return ids;
}

bool CommandLine::asksForCommand() const
{
    return !m_parsed || m_command || asksForHelpOrVersion();
}

int CommandLine::runCommand(QTextStream &out, QTextStream &err)
{
    if (!m_parsed) {
        err << "observer-tray: " << m_error << "\nTry observer-tray --help.\n";
        return kBadOption;
    }
    if (!m_command)
        m_parser.process(m_arguments); // prints --help or --version and exits
    applyDataDir();
    return m_command(out, err);
}

void CommandLine::applyDataDir() const
{
    if (m_parsed && m_parser.isSet(m_options.dataDir))
        AppPaths::setDataDirOverride(m_parser.value(m_options.dataDir));
}

bool CommandLine::asksForHelpOrVersion() const
{
    return m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all"))
        || m_parser.isSet(QStringLiteral("version"));
}

// The first of these options that is set wins; the others are ignored.
CommandLine::Command CommandLine::commandAskedFor() const
{
    const CommandLineOptions &o = m_options;
    if (m_parser.isSet(o.checkAuth))
        return Commands::checkAuth;
    if (m_parser.isSet(o.status))
        return Commands::status;
    if (m_parser.isSet(o.installHooks))
        return Commands::installHooks;
    if (m_parser.isSet(o.uninstallHooks))
        return Commands::uninstallHooks;
    if (m_parser.isSet(o.hooksStatus))
        return Commands::hooksStatus;
    if (m_parser.isSet(o.hide)) {
        const bool dryRun = m_parser.isSet(o.dryRun);
        return
            [dryRun](QTextStream &out, QTextStream &err) { return Commands::hideObserverSessions(dryRun, out, err); };
    }
    if (m_parser.isSet(o.restore))
        return Commands::restoreHiddenSessions;
    if (m_parser.isSet(o.headless))
        return Commands::headless;
    if (m_parser.isSet(o.drain)) {
        const bool wait = m_parser.isSet(o.wait);
        return [wait](QTextStream &out, QTextStream &err) { return Commands::drain(wait, out, err); };
    }
    if (m_parser.isSet(o.recordEvent)) {
        const QString kind = m_parser.value(o.recordEvent);
        return [kind](QTextStream &out, QTextStream &err) { return Commands::recordEvent(kind, out, err); };
    }
    if (m_parser.isSet(o.mcp))
        return Commands::mcpServer;
    if (m_parser.isSet(o.forgetProject)) {
        const QString path = m_parser.value(o.forgetProject);
        return [path](QTextStream &out, QTextStream &err) { return Commands::forgetProject(path, out, err); };
    }
    if (m_parser.isSet(o.deleteObservation)) {
        QList<qint64> ids;
        for (const QString &id : observationIds())
            if (!ids.contains(id.toLongLong()))
                ids << id.toLongLong();
        return [ids](QTextStream &out, QTextStream &err) { return Commands::deleteObservations(ids, out, err); };
    }
    if (m_parser.isSet(o.redactExisting)) {
        const bool dryRun = m_parser.isSet(o.dryRun);
        return [dryRun](QTextStream &out, QTextStream &err) { return Commands::redactExisting(dryRun, out, err); };
    }
    if (m_parser.isSet(o.exportMemory)) {
        const QString path = m_parser.value(o.exportMemory), project = m_parser.value(o.project);
        return [path, project](
                   QTextStream &out, QTextStream &err) { return Commands::exportMemory(path, project, out, err); };
    }
    if (m_parser.isSet(o.importClaudeMem)) {
        const QString path = m_parser.positionalArguments().value(0);
        return [path](QTextStream &out, QTextStream &err) { return Commands::importClaudeMem(path, out, err); };
    }
    if (m_parser.isSet(o.importMemory)) {
        const QString path = m_parser.value(o.importMemory);
        return [path](QTextStream &out, QTextStream &err) { return Commands::importMemory(path, out, err); };
    }
    return {};
}
