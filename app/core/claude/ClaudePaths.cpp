#include "core/claude/ClaudePaths.h"

#include <QDir>

QString ClaudePaths::configDir(const QProcessEnvironment &env)
{
    const QString configured = env.value(QStringLiteral("CLAUDE_CONFIG_DIR"));
    if (!configured.isEmpty())
        return QDir::cleanPath(configured);
    QString home = env.value(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = QDir::homePath();
    return QDir::cleanPath(home + QStringLiteral("/.claude"));
}

QString ClaudePaths::projectsDir(const QProcessEnvironment &env)
{
    return configDir(env) + QStringLiteral("/projects");
}

QString ClaudePaths::settingsJsonPath(const QProcessEnvironment &env)
{
    return configDir(env) + QStringLiteral("/settings.json");
}

QString ClaudePaths::credentialsPath(const QProcessEnvironment &env)
{
    return configDir(env) + QStringLiteral("/.credentials.json");
}

QString ClaudePaths::encodeProjectFolder(const QString &cwd)
{
    QString out;
    out.reserve(cwd.size());
    for (const QChar c : cwd) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        out += alnum ? c : QLatin1Char('-');
    }
    constexpr int kMax = 200;
    if (out.size() <= kMax)
        return out;
    // The CLI's djb2-style 32-bit hash of the cwd, in base 36 (Math.abs of a
    // signed 32-bit value).
    qint32 h = 0;
    for (const QChar c : cwd)
        h = qint32(quint32(h) * 31u + c.unicode());
    const qint64 positive = h < 0 ? -qint64(h) : qint64(h);
    return out.left(kMax) + QLatin1Char('-') + QString::number(positive, 36);
}
