#include "gui/ProjectNames.h"

#include <QDir>

void ProjectNames::setPaths(const QStringList &paths, const QHash<QString, QString> &userNames)
{
    m_names.clear();
    m_userNames = userNames;
    // Two components say more than a bare folder name ("src", "app"); more
    // only while two projects still share a name.
    QHash<QString, int> counts;
    for (const QString &p : paths)
        counts[p] = 2;
    for (bool clash = true; clash;) {
        clash = false;
        QHash<QString, QStringList> byName;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            byName[lastComponents(it.key(), it.value())] << it.key();
        for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
            for (const QString &p : it.value()) {
                const QString longer = lastComponents(p, counts[p] + 1);
                if (it.value().size() > 1 && longer != it.key()) {
                    ++counts[p];
                    clash = true;
                }
            }
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        m_names.insert(it.key(), elideMiddle(lastComponents(it.key(), it.value())));
}

QString ProjectNames::shortName(const QString &path) const
{
    if (const QString named = m_userNames.value(path); !named.isEmpty())
        return elideMiddle(named);
    return m_names.value(path, elideMiddle(lastComponents(path, 2)));
}

QString ProjectNames::lastComponents(const QString &path, int count)
{
    QString shown = QDir::fromNativeSeparators(path);
    const QString home = QDir::homePath();
    if (shown == home || shown.startsWith(home + QLatin1Char('/')))
        shown = QLatin1Char('~') + shown.mid(home.size());
    const QStringList parts = shown.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() <= count)
        return shown;
    return QStringLiteral("…/") + parts.mid(parts.size() - count).join(QLatin1Char('/'));
}

// The end names the project, so it keeps two thirds of the room.
QString ProjectNames::elideMiddle(const QString &name)
{
    if (name.size() <= kMaxChars)
        return name;
    const int head = kMaxChars / 3;
    const int tail = kMaxChars - head - 1;
    return name.left(head) + QStringLiteral("…") + name.right(tail);
}
