#include "core/observe/ObservationParser.h"

namespace {
constexpr qsizetype kMaxAnswer = 4 * 1024 * 1024;

QString decodeEntities(QString s)
{
    if (!s.contains(QLatin1Char('&')))
        return s;
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&apos;"), QLatin1String("'"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

// The text between <tag> and </tag> inside [from, to), or a null string. An
// unclosed tag runs to the next '<' that starts a known sibling or to `to`.
QString element(const QString &text, QLatin1String tag, qsizetype from, qsizetype to, qsizetype *endOut = nullptr)
{
    const QString open = QLatin1Char('<') + tag + QLatin1Char('>');
    const QString close = QStringLiteral("</") + tag + QLatin1Char('>');
    const qsizetype start = text.indexOf(open, from, Qt::CaseInsensitive);
    if (start < 0 || start >= to)
        return {};
    const qsizetype contentStart = start + open.size();
    qsizetype end = text.indexOf(close, contentStart, Qt::CaseInsensitive);
    qsizetype after = end + close.size();
    if (end < 0 || end > to) {
        end = text.indexOf(QLatin1Char('<'), contentStart);
        if (end < 0 || end > to)
            end = to;
        after = end;
    }
    if (endOut)
        *endOut = after;
    return decodeEntities(text.mid(contentStart, end - contentStart).trimmed());
}

QStringList elements(const QString &text, QLatin1String listTag, QLatin1String itemTag, qsizetype from, qsizetype to)
{
    QStringList out;
    qsizetype listEnd = 0;
    const QString open = QLatin1Char('<') + listTag + QLatin1Char('>');
    const qsizetype listStart = text.indexOf(open, from, Qt::CaseInsensitive);
    if (listStart < 0 || listStart >= to)
        return out;
    const QString inner = element(text, listTag, from, to, &listEnd);
    Q_UNUSED(inner);
    qsizetype pos = listStart + open.size();
    const qsizetype stop = std::min(listEnd, to);
    while (pos < stop) {
        qsizetype itemEnd = 0;
        const QString item = element(text, itemTag, pos, stop, &itemEnd);
        if (item.isNull() || itemEnd <= pos)
            break;
        if (!item.isEmpty())
            out << item;
        pos = itemEnd;
    }
    return out;
}

// Every [start, end) range of <tag>…</tag>; an unclosed last block runs to the end.
QList<QPair<qsizetype, qsizetype>> blocks(const QString &text, QLatin1String tag)
{
    QList<QPair<qsizetype, qsizetype>> out;
    const QString open = QLatin1Char('<') + tag + QLatin1Char('>');
    const QString close = QStringLiteral("</") + tag + QLatin1Char('>');
    qsizetype pos = 0;
    while (true) {
        const qsizetype start = text.indexOf(open, pos, Qt::CaseInsensitive);
        if (start < 0)
            break;
        const qsizetype next = text.indexOf(open, start + open.size(), Qt::CaseInsensitive);
        qsizetype end = text.indexOf(close, start + open.size(), Qt::CaseInsensitive);
        if (end < 0 || (next >= 0 && next < end))
            end = next >= 0 ? next : text.size();
        out.append({ start + open.size(), end });
        pos = std::max(end, start + open.size());
    }
    return out;
}
} // namespace

ParsedAnswer ObservationParser::parse(const QString &answerText)
{
    ParsedAnswer result;
    const QString text = answerText.left(kMaxAnswer);
    for (const auto &[from, to] : blocks(text, QLatin1String("observation"))) {
        Observation o;
        o.type = element(text, QLatin1String("type"), from, to).toLower();
        o.title = element(text, QLatin1String("title"), from, to);
        o.subtitle = element(text, QLatin1String("subtitle"), from, to);
        o.narrative = element(text, QLatin1String("narrative"), from, to);
        o.facts = elements(text, QLatin1String("facts"), QLatin1String("fact"), from, to);
        o.concepts = elements(text, QLatin1String("concepts"), QLatin1String("concept"), from, to);
        o.filesRead = elements(text, QLatin1String("files_read"), QLatin1String("file"), from, to);
        o.filesModified = elements(text, QLatin1String("files_modified"), QLatin1String("file"), from, to);
        result.hadBlock = true;
        o = o.bounded();
        // A block with nothing a person could read is not an observation.
        if (o.title.isEmpty())
            continue;
        result.observations << o;
    }
    for (const auto &[from, to] : blocks(text, QLatin1String("summary"))) {
        SessionSummary s;
        s.request = element(text, QLatin1String("request"), from, to);
        s.investigated = element(text, QLatin1String("investigated"), from, to);
        s.learned = element(text, QLatin1String("learned"), from, to);
        s.completed = element(text, QLatin1String("completed"), from, to);
        s.nextSteps = element(text, QLatin1String("next_steps"), from, to);
        result.hadBlock = true;
        s = s.bounded();
        if (!s.isEmpty())
            result.summaries << s;
    }
    // "Nothing worth recording" is an answer in the expected shape, not a stall.
    if (text.contains(QLatin1String("<skip"), Qt::CaseInsensitive))
        result.hadBlock = true;
    return result;
}
