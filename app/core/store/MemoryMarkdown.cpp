#include "core/store/MemoryMarkdown.h"

#include <QDateTime>

namespace {
QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString bullets(const QString &label, const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString out = QStringLiteral("%1:\n").arg(label);
    for (const QString &item : items)
        out += QStringLiteral("- %1\n").arg(item);
    return out + QLatin1Char('\n');
}

QString part(const QString &label, const QString &text)
{
    return text.isEmpty() ? QString() : QStringLiteral("**%1:** %2\n\n").arg(label, text);
}
} // namespace

QString MemoryMarkdown::document(const QString &project)
{
    return project.isEmpty() ? QStringLiteral("# Observer Tray memory\n\n")
                             : QStringLiteral("# Observer Tray memory: %1\n\n").arg(project);
}

QString MemoryMarkdown::sessionHeading(const QString &userSessionId, const QString &project, qint64 startedAtMs)
{
    return QStringLiteral("## Session %1\n\nProject `%2`, started %3.\n\n")
        .arg(userSessionId, project, when(startedAtMs));
}

QString MemoryMarkdown::observation(const Observation &o)
{
    QString out = QStringLiteral("### %1 (%2)\n\n").arg(o.title, o.type);
    if (!o.subtitle.isEmpty())
        out += QStringLiteral("*%1*\n\n").arg(o.subtitle);
    if (!o.narrative.isEmpty())
        out += o.narrative + QStringLiteral("\n\n");
    return out + bullets(QStringLiteral("Facts"), o.facts) + bullets(QStringLiteral("Concepts"), o.concepts)
        + bullets(QStringLiteral("Files read"), o.filesRead)
        + bullets(QStringLiteral("Files modified"), o.filesModified);
}

QString MemoryMarkdown::summary(const SessionSummary &s)
{
    return QStringLiteral("### Summary\n\n") + part(QStringLiteral("Request"), s.request)
        + part(QStringLiteral("Investigated"), s.investigated) + part(QStringLiteral("Learned"), s.learned)
        + part(QStringLiteral("Completed"), s.completed) + part(QStringLiteral("Next steps"), s.nextSteps);
}
