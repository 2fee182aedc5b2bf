#include "Commands.h"

#include <QTextStream>

// Placeholder until its issue lands: says so instead of pretending to work.
int Commands::installHooks(QTextStream &, QTextStream &err)
{
    err << "observer-tray: this command is not implemented in this build yet.\n";
    return 2;
}

int Commands::uninstallHooks(QTextStream &, QTextStream &err)
{
    err << "observer-tray: this command is not implemented in this build yet.\n";
    return 2;
}

int Commands::hooksStatus(QTextStream &, QTextStream &err)
{
    err << "observer-tray: this command is not implemented in this build yet.\n";
    return 2;
}
