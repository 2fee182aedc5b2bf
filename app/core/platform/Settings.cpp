#include "core/platform/Settings.h"

#include "core/platform/AppPaths.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace {
const QString kClaudePath = QStringLiteral("observer/claudePath");
const QString kModel = QStringLiteral("observer/model");
const QString kMaxObservers = QStringLiteral("observer/maxConcurrent");
const QString kBillingGuard = QStringLiteral("observer/billingGuard");
const QString kFiveHourPercent = QStringLiteral("usage/pauseAtFiveHourPercent");
const QString kWeeklyPercent = QStringLiteral("usage/pauseAtWeeklyPercent");
const QString kDailyTokenBudget = QStringLiteral("usage/dailyTokenBudget");
const QString kBatchMaxEvents = QStringLiteral("observer/batchMaxEvents");
const QString kBatchMaxWait = QStringLiteral("observer/batchMaxWaitSeconds");
const QString kObserveImmediately = QStringLiteral("observer/observeImmediately");
const QString kObserving = QStringLiteral("observer/observing");
const QString kAutoHide = QStringLiteral("sessions/autoHide");
const QString kStartAtLogin = QStringLiteral("desktop/startAtLogin");
const QString kLanguage = QStringLiteral("desktop/language");

} // namespace

Settings::Settings() : Settings(AppPaths::settingsPath())
{
}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
    , m_capturePath(QFile::encodeName(AppPaths::captureSettingsPath(iniPath)).toStdString())
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

int Settings::batchMaxEvents() const
{
    return std::clamp(m_settings->value(kBatchMaxEvents, 12).toInt(), 1, 100);
}
void Settings::setBatchMaxEvents(int n)
{
    m_settings->setValue(kBatchMaxEvents, std::clamp(n, 1, 100));
}

int Settings::batchMaxWaitSeconds() const
{
    return std::clamp(m_settings->value(kBatchMaxWait, 90).toInt(), 1, 3600);
}
void Settings::setBatchMaxWaitSeconds(int seconds)
{
    m_settings->setValue(kBatchMaxWait, std::clamp(seconds, 1, 3600));
}

bool Settings::observeImmediately() const
{
    return m_settings->value(kObserveImmediately, false).toBool();
}
void Settings::setObserveImmediately(bool on)
{
    m_settings->setValue(kObserveImmediately, on);
}

int Settings::batchSize() const
{
    return observeImmediately() ? 1 : batchMaxEvents();
}

bool Settings::injectContext() const
{
    return capture().injectContext;
}
void Settings::setInjectContext(bool on)
{
    updateCapture([on](CaptureSettings &c) { c.injectContext = on; });
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

int Settings::pauseAtFiveHourPercent() const
{
    return std::clamp(m_settings->value(kFiveHourPercent, 80).toInt(), 1, 100);
}

void Settings::setPauseAtFiveHourPercent(int percent)
{
    m_settings->setValue(kFiveHourPercent, std::clamp(percent, 1, 100));
}

int Settings::pauseAtWeeklyPercent() const
{
    return std::clamp(m_settings->value(kWeeklyPercent, 90).toInt(), 1, 100);
}

void Settings::setPauseAtWeeklyPercent(int percent)
{
    m_settings->setValue(kWeeklyPercent, std::clamp(percent, 1, 100));
}

qint64 Settings::dailyTokenBudget() const
{
    return std::max<qint64>(0, m_settings->value(kDailyTokenBudget, 0).toLongLong());
}

void Settings::setDailyTokenBudget(qint64 tokens)
{
    m_settings->setValue(kDailyTokenBudget, std::max<qint64>(0, tokens));
}
