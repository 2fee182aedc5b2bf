#include "Settings.h"

#include "AppPaths.h"

#include <QDir>

namespace {
const QString kClaudePath = QStringLiteral("observer/claudePath");
const QString kModel = QStringLiteral("observer/model");
const QString kMaxObservers = QStringLiteral("observer/maxConcurrent");
const QString kBillingGuard = QStringLiteral("observer/billingGuard");
const QString kObserving = QStringLiteral("observer/observing");
const QString kInjectContext = QStringLiteral("capture/injectContext");
const QString kSkippedTools = QStringLiteral("capture/skippedTools");
const QString kExcludedProjects = QStringLiteral("capture/excludedProjects");
const QString kAutoHide = QStringLiteral("sessions/autoHide");
const QString kStartAtLogin = QStringLiteral("desktop/startAtLogin");
const QString kLanguage = QStringLiteral("desktop/language");
} // namespace

Settings::Settings() : Settings(AppPaths::settingsPath())
{
}

Settings::Settings(const QString &iniPath) : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

QString Settings::claudePath() const
{
    return m_settings->value(kClaudePath).toString();
}
void Settings::setClaudePath(const QString &path)
{
    m_settings->setValue(kClaudePath, path);
}

QString Settings::model() const
{
    const QString m = m_settings->value(kModel).toString().trimmed();
    return m.isEmpty() ? QStringLiteral("haiku") : m;
}
void Settings::setModel(const QString &model)
{
    m_settings->setValue(kModel, model.trimmed());
}

int Settings::maxConcurrentObservers() const
{
    return std::clamp(m_settings->value(kMaxObservers, 2).toInt(), 1, 8);
}
void Settings::setMaxConcurrentObservers(int n)
{
    m_settings->setValue(kMaxObservers, std::clamp(n, 1, 8));
}

bool Settings::billingGuard() const
{
    return m_settings->value(kBillingGuard, true).toBool();
}
void Settings::setBillingGuard(bool on)
{
    m_settings->setValue(kBillingGuard, on);
}

bool Settings::injectContext() const
{
    return m_settings->value(kInjectContext, true).toBool();
}
void Settings::setInjectContext(bool on)
{
    m_settings->setValue(kInjectContext, on);
}

bool Settings::autoHideObserverSessions() const
{
    return m_settings->value(kAutoHide, true).toBool();
}
void Settings::setAutoHideObserverSessions(bool on)
{
    m_settings->setValue(kAutoHide, on);
}

bool Settings::observing() const
{
    return m_settings->value(kObserving, true).toBool();
}
void Settings::setObserving(bool on)
{
    m_settings->setValue(kObserving, on);
}

QStringList Settings::defaultSkippedTools()
{
    return { QStringLiteral("TodoWrite"), QStringLiteral("AskUserQuestion"), QStringLiteral("ListMcpResourcesTool"),
        QStringLiteral("SlashCommand"), QStringLiteral("Skill") };
}

QStringList Settings::skippedTools() const
{
    if (!m_settings->contains(kSkippedTools))
        return defaultSkippedTools();
    return m_settings->value(kSkippedTools).toStringList();
}
void Settings::setSkippedTools(const QStringList &tools)
{
    m_settings->setValue(kSkippedTools, tools);
}

QStringList Settings::excludedProjects() const
{
    return m_settings->value(kExcludedProjects).toStringList();
}
void Settings::setExcludedProjects(const QStringList &paths)
{
    m_settings->setValue(kExcludedProjects, paths);
}

bool Settings::isProjectExcluded(const QString &cwd) const
{
    const QString clean = QDir::cleanPath(cwd);
    const QStringList excluded = excludedProjects();
    for (const QString &e : excluded) {
        const QString root = QDir::cleanPath(e);
        if (root.isEmpty())
            continue;
        if (clean == root || clean.startsWith(root + QLatin1Char('/')))
            return true;
    }
    return false;
}

bool Settings::startAtLogin() const
{
    return m_settings->value(kStartAtLogin, false).toBool();
}
void Settings::setStartAtLogin(bool on)
{
    m_settings->setValue(kStartAtLogin, on);
}

QString Settings::language() const
{
    return m_settings->value(kLanguage).toString();
}
void Settings::setLanguage(const QString &code)
{
    m_settings->setValue(kLanguage, code);
}

void Settings::sync()
{
    m_settings->sync();
}
QString Settings::fileName() const
{
    return m_settings->fileName();
}
