#include "core/capture/ShellWord.h"

namespace {
bool endsWord(QChar c)
{
    return QStringLiteral(" \t\n;&|<>()").contains(c);
}
} // namespace

std::optional<QString> ShellWord::first(const QString &line)
{
    QString word;
    qsizetype i = 0;
    while (i < line.size() && (line[i] == QLatin1Char(' ') || line[i] == QLatin1Char('\t')))
        ++i;
    bool quoted = false;
    for (; i < line.size() && !endsWord(line[i]); ++i) {
        const QChar c = line[i];
        if (c == QLatin1Char('\'')) {
            const qsizetype close = line.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0)
                return std::nullopt;
            word += line.mid(i + 1, close - i - 1);
            i = close;
            quoted = true;
        } else if (c == QLatin1Char('"')) {
            for (++i; i < line.size() && line[i] != QLatin1Char('"'); ++i) {
                // Inside double quotes a backslash escapes only $ ` " \ and newline.
                const QChar next = i + 1 < line.size() ? line[i + 1] : QChar();
                if (line[i] == QLatin1Char('\\') && next == QLatin1Char('\n'))
                    ++i;
                else if (line[i] == QLatin1Char('\\') && QStringLiteral("$`\"\\").contains(next))
                    word += line[++i];
                else
                    word += line[i];
            }
            if (i >= line.size())
                return std::nullopt;
            quoted = true;
        } else if (c == QLatin1Char('\\')) {
            if (++i >= line.size())
                return std::nullopt;
            if (line[i] != QLatin1Char('\n'))
                word += line[i];
        } else {
            word += c;
        }
    }
    if (word.isEmpty() && !quoted)
        return std::nullopt;
    return word;
}
