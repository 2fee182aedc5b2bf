#include "mcp/MemoryText.h"

#include <QDateTime>
#include <QStringList>

QString MemoryText::date(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString MemoryText::indexLine(const Observation &o)
{
    return QStringLiteral("- #%1 %2 [%3] %4 — %5")
        .arg(QString::number(o.id), date(o.createdAt), o.type.isEmpty() ? QStringLiteral("?") : o.type, o.title,
            o.project.isEmpty() ? QStringLiteral("(no project)") : o.project);
}

QString MemoryText::summaryLine(const SessionSummary &s)
{
    QString line = QStringLiteral("- session summary %1: asked: %2").arg(date(s.createdAt), s.request);
    if (!s.completed.isEmpty())
        line += QStringLiteral("; completed: ") + s.completed;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line.size() > 300 ? line.left(299) + QChar(0x2026) : line;
}

QString MemoryText::fullText(const Observation &o, qsizetype maxChars)
{
    QStringList parts;
    parts << QStringLiteral("## #%1 %2").arg(o.id).arg(o.title);
    parts << QStringLiteral("%1 · %2 · %3").arg(date(o.createdAt), o.type, o.project);
    if (!o.subtitle.isEmpty())
        parts << o.subtitle;
    if (!o.narrative.isEmpty())
        parts << QString() << o.narrative;
    if (!o.facts.isEmpty())
        parts << QString() << QStringLiteral("Facts:") << QStringLiteral("- ") + o.facts.join(QStringLiteral("\n- "));
    if (!o.concepts.isEmpty())
        parts << QStringLiteral("Concepts: ") + o.concepts.join(QStringLiteral(", "));
    if (!o.filesRead.isEmpty())
        parts << QStringLiteral("Files read: ") + o.filesRead.join(QStringLiteral(", "));
    if (!o.filesModified.isEmpty())
        parts << QStringLiteral("Files modified: ") + o.filesModified.join(QStringLiteral(", "));
    const QString text = parts.join(QLatin1Char('\n'));
    if (text.size() <= maxChars)
        return text;
    // The note counts in maxChars, so the shares of one answer add up.
    const QString note
        = QStringLiteral("…\n(#%1 cut at %2 characters; ask for fewer ids to read more)").arg(o.id).arg(maxChars);
    qsizetype keep = qMax<qsizetype>(0, maxChars - note.size());
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + note;
}

QString MemoryText::capped(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    const QString note = QStringLiteral("\n(answer cut at %1 characters: narrow the query, lower the limit or ask "
                                        "for fewer ids)")
                             .arg(max);
    qsizetype cut = text.lastIndexOf(QLatin1Char('\n'), max - note.size());
    if (cut <= 0)
        cut = max - note.size();
    return text.left(cut) + note;
}
