#include "core/store/Observation.h"

#include <QCryptographicHash>

namespace {
QString hashOf(const QStringList &parts)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &p : parts) {
        h.addData(p.toUtf8());
        h.addData(QByteArrayView("\x1f", 1)); // unit separator: "a","bc" != "ab","c"
    }
    return QString::fromLatin1(h.result().toHex());
}

// Controls (C0, DEL, C1) and the bidirectional overrides that reorder how
// text is displayed. Line breaks and tabs stay in multi-line text; in
// one-line text they, like carriage returns, become spaces.
QString withoutControls(const QString &text, bool multiLine)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\t' || u == u'\r') {
            if (!multiLine)
                out += QLatin1Char(' ');
            else if (u != u'\r')
                out += c;
        } else if (c.category() != QChar::Other_Control && !(u >= 0x202A && u <= 0x202E)
            && !(u >= 0x2066 && u <= 0x2069)) {
            out += c;
        }
    }
    return out.trimmed();
}

// At most `max` characters; a cut is marked with … and never splits a surrogate pair.
QString capped(const QString &text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    qsizetype keep = max - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + QChar(0x2026);
}

QString line(const QString &text, qsizetype max)
{
    return capped(withoutControls(text, false), max);
}

QString block(const QString &text, qsizetype max)
{
    return capped(withoutControls(text, true), max);
}

QStringList lines(const QStringList &items, qsizetype maxEach)
{
    QStringList out;
    for (const QString &item : items) {
        if (out.size() == Observation::kMaxItems)
            break;
        const QString clean = line(item, maxEach);
        if (!clean.isEmpty())
            out << clean;
    }
    return out;
}
} // namespace

QString Observation::contentHash() const
{
    return hashOf({ userSessionId, type, title, subtitle, facts.join(QLatin1Char('\n')), narrative });
}

QString SessionSummary::contentHash() const
{
    return hashOf({ userSessionId, request, investigated, learned, completed, nextSteps });
}

Observation Observation::bounded() const
{
    Observation o = *this;
    o.type = line(type, kMaxType);
    o.title = line(title, kMaxTitle);
    o.subtitle = line(subtitle, kMaxSubtitle);
    o.facts = lines(facts, kMaxFact);
    o.narrative = block(narrative, kMaxNarrative);
    o.concepts = lines(concepts, kMaxConcept);
    o.filesRead = lines(filesRead, kMaxPath);
    o.filesModified = lines(filesModified, kMaxPath);
    if (o.title.isEmpty()) // the start of what was written, so the list has something to show
        o.title = line(o.narrative.isEmpty() ? o.facts.value(0) : o.narrative, kMaxDerivedTitle);
    return o;
}

SessionSummary SessionSummary::bounded() const
{
    SessionSummary s = *this;
    for (QString *field : { &s.request, &s.investigated, &s.learned, &s.completed, &s.nextSteps })
        *field = block(*field, kMaxField);
    return s;
}
