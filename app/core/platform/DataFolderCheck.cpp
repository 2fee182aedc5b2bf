#include "core/platform/DataFolderCheck.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>

namespace {
// Quoted for a POSIX shell: the hint is meant to be pasted.
QString shellQuoted(QString path)
{
    return QLatin1Char('\'') + path.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}
} // namespace

QString DataFolderCheck::warning(const QString &dataDir)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(dataDir).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return {};
    if ((st.st_mode & (S_IRGRP | S_IROTH)) == 0)
        return {};
    return QCoreApplication::translate("DataFolderCheck",
        "Other users can read the data folder %1 (mode %2): the database in it is private, but what the folder "
        "holds can be listed. To make it private, run: chmod 700 %3")
        .arg(dataDir, QString::number(st.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0')), shellQuoted(dataDir));
}
