#include "mcp/SafeFtsQuery.h"

#include <QRegularExpression>
#include <QStringList>

namespace {
// The characters FTS5's unicode61 tokenizer keeps in a token.
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}_]+"));
    QStringList words;
    auto it = word.globalMatch(text);
    while (it.hasNext())
        words << it.next().captured(0);
    return words;
}

QString quoted(const QStringList &words)
{
    return QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
}
} // namespace

QString SafeFtsQuery::from(const QString &text)
{
    // Even pieces are outside quotes, odd ones inside (an unclosed quote runs to the end).
    const QStringList pieces = text.split(QLatin1Char('"'));
    QStringList terms;
    bool lastIsBareWord = false;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const QStringList words = wordsOf(pieces.at(i));
        if (words.isEmpty())
            continue;
        if (i % 2 == 1) {
            terms << quoted(words);
            lastIsBareWord = false;
        } else {
            for (const QString &w : words)
                terms << quoted({ w });
            lastIsBareWord = true;
        }
    }
    if (lastIsBareWord)
        terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}
