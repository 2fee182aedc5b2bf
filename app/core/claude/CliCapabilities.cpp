#include "core/claude/CliCapabilities.h"

#include "core/platform/AppPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>

namespace {
bool isExecutableFile(const QString &path)
{
    const QFileInfo fi(path);
    return fi.exists() && fi.isFile() && fi.isExecutable();
}

// Bumped when what is cached changes: an entry from before `choices` existed
// would make an old CLI look as if it took every value.
constexpr int kCacheSchema = 2;

QString cachePath()
{
    return AppPaths::dataDir() + QStringLiteral("/cli-capabilities.json");
}

QString cacheKey(const QString &path)
{
    const QFileInfo fi(path);
    return QStringLiteral("%1|%2|%3")
        .arg(fi.canonicalFilePath())
        .arg(fi.size())
        .arg(fi.lastModified().toMSecsSinceEpoch());
}

bool run(const QString &program, const QStringList &args, const QProcessEnvironment &env, QString *out)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice()); // never wait for a prompt on stdin
    p.start(program, args);
    // Generous: a CLI before 2.1 is a node script that took 6-8 s for
    // `--version` on a loaded 2-core machine (15 s was not enough there).
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(2000);
        return false;
    }
    *out = QString::fromUtf8(p.readAllStandardOutput());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
} // namespace

QStringList CliCapabilities::observerFlags()
{
    return { QStringLiteral("--input-format"), QStringLiteral("--output-format"), QStringLiteral("--verbose"),
        QStringLiteral("--no-session-persistence"), QStringLiteral("--tools"), QStringLiteral("--setting-sources"),
        QStringLiteral("--strict-mcp-config"), QStringLiteral("--permission-mode"), QStringLiteral("--model"),
        QStringLiteral("--system-prompt"), QStringLiteral("--session-id"), QStringLiteral("--append-system-prompt"),
        QStringLiteral("--disallowedTools") };
}

QHash<QString, QStringList> CliCapabilities::parseChoices(const QString &help)
{
    // An option's text runs from its line to the next option line; newer CLIs
    // wrap it, so the choices can sit on a continuation line.
    QHash<QString, QStringList> out;
    static const QRegularExpression optionLine(
        QStringLiteral("^ {1,8}(?:-\\w, )?(--[\\w-]+)"), QRegularExpression::MultilineOption);
    static const QRegularExpression choicesRe(QStringLiteral("\\(choices:\\s*([^)]*)\\)"));
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]*)\""));
    QList<QRegularExpressionMatch> starts;
    for (auto it = optionLine.globalMatch(help); it.hasNext();)
        starts << it.next();
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype from = starts[i].capturedStart();
        const qsizetype to = i + 1 < starts.size() ? starts[i + 1].capturedStart() : help.size();
        const QString block = help.mid(from, to - from).simplified();
        const QRegularExpressionMatch c = choicesRe.match(block);
        if (!c.hasMatch())
            continue;
        QStringList values;
        for (auto q = quoted.globalMatch(c.captured(1)); q.hasNext();)
            values << q.next().captured(1);
        if (!values.isEmpty())
            out.insert(starts[i].captured(1), values);
    }
    return out;
}

CliInfo CliCapabilities::locate(const QString &configuredPath, const QProcessEnvironment &env)
{
    CliInfo info;
    auto consider = [&info](const QString &candidate) {
        if (info.searched.contains(candidate))
            return false; // PATH often names a folder twice; say each place once
        info.searched << candidate;
        if (info.path.isEmpty() && isExecutableFile(candidate))
            info.path = QFileInfo(candidate).absoluteFilePath();
        return !info.path.isEmpty();
    };
    if (!configuredPath.isEmpty()) {
        consider(configuredPath);
        return info; // a configured path is what the user wants, even if missing
    }
    const QStringList pathDirs = env.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &dir : pathDirs) {
        if (consider(dir + QStringLiteral("/claude")))
            return info;
    }
    const QString home = env.value(QStringLiteral("HOME"), QDir::homePath());
    const QStringList usual { home + QStringLiteral("/.local/bin/claude"),
        home + QStringLiteral("/.claude/local/claude"), home + QStringLiteral("/.npm-global/bin/claude"),
        QStringLiteral("/usr/local/bin/claude") };
    for (const QString &candidate : usual) {
        if (consider(candidate))
            return info;
    }
    const QString npmPrefix
        = env.value(QStringLiteral("NPM_CONFIG_PREFIX"), env.value(QStringLiteral("npm_config_prefix")));
    if (!npmPrefix.isEmpty())
        consider(npmPrefix + QStringLiteral("/bin/claude"));
    return info;
}

void CliCapabilities::parseHelp(const QString &help, CliInfo *info)
{
    info->flags.clear();
    info->choices = parseChoices(help);
    for (const QString &flag : observerFlags()) {
        const QRegularExpression re(
            QStringLiteral("(^|[\\s,])") + QRegularExpression::escape(flag) + QStringLiteral("([\\s,=<\\[]|$)"),
            QRegularExpression::MultilineOption);
        if (re.match(help).hasMatch())
            info->flags << flag;
    }
    // `auth` must be listed under Commands: an older CLI takes "auth status"
    // as a prompt and, when logged in, spends tokens answering it.
    const qsizetype commands = help.indexOf(QLatin1String("Commands:"));
    info->hasAuthCommand = commands >= 0
        && QRegularExpression(QStringLiteral("^\\s+auth\\b"), QRegularExpression::MultilineOption)
               .match(help.mid(commands))
               .hasMatch();
}

QJsonObject CliCapabilities::toJson(const CliInfo &info)
{
    QJsonObject choices;
    for (auto it = info.choices.constBegin(); it != info.choices.constEnd(); ++it)
        choices.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonObject json { { QStringLiteral("path"), info.path }, { QStringLiteral("version"), info.version },
        { QStringLiteral("hasAuthCommand"), info.hasAuthCommand },
        { QStringLiteral("flags"), QJsonArray::fromStringList(info.flags) }, { QStringLiteral("choices"), choices } };
    if (!info.error.isEmpty())
        json.insert(QStringLiteral("error"), info.error);
    return json;
}

CliInfo CliCapabilities::detect(const QString &configuredPath, const QProcessEnvironment &env)
{
    CliInfo info = locate(configuredPath, env);
    if (!info.found())
        return info;
    const QString key = cacheKey(info.path);
    QFile cacheFile(cachePath());
    if (cacheFile.open(QIODevice::ReadOnly)) {
        const QJsonObject cached = QJsonDocument::fromJson(cacheFile.readAll()).object().value(key).toObject();
        if (cached.value(QStringLiteral("schema")).toInt() == kCacheSchema) {
            info.version = cached.value(QStringLiteral("version")).toString();
            info.hasAuthCommand = cached.value(QStringLiteral("auth")).toBool();
            info.flags = cached.value(QStringLiteral("flags")).toVariant().toStringList();
            const QJsonObject choices = cached.value(QStringLiteral("choices")).toObject();
            for (auto it = choices.constBegin(); it != choices.constEnd(); ++it)
                info.choices.insert(it.key(), it.value().toVariant().toStringList());
            return info;
        }
    }
    QString versionOut, helpOut;
    if (!run(info.path, { QStringLiteral("--version") }, env, &versionOut)) {
        info.error
            = QStringLiteral("`%1 --version` failed or timed out; reinstall Claude Code or set its path in Settings.")
                  .arg(info.path);
        return info;
    }
    info.version = QRegularExpression(QStringLiteral("(\\d+\\.\\d+\\.\\d+)")).match(versionOut).captured(1);
    if (!run(info.path, { QStringLiteral("--help") }, env, &helpOut)) {
        info.error = QStringLiteral("`%1 --help` failed or timed out.").arg(info.path);
        return info;
    }
    parseHelp(helpOut, &info);
    QJsonObject choices;
    for (auto it = info.choices.constBegin(); it != info.choices.constEnd(); ++it)
        choices.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonObject all;
    all.insert(key,
        QJsonObject { { QStringLiteral("schema"), kCacheSchema }, { QStringLiteral("version"), info.version },
            { QStringLiteral("auth"), info.hasAuthCommand },
            { QStringLiteral("flags"), QJsonArray::fromStringList(info.flags) },
            { QStringLiteral("choices"), choices } });
    QString dirError;
    if (AppPaths::ensurePrivateDir(AppPaths::dataDir(), &dirError)) {
        QSaveFile out(cachePath());
        if (out.open(QIODevice::WriteOnly)) {
            out.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
            out.commit();
        }
    }
    return info;
}
