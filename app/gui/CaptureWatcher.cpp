#include "gui/CaptureWatcher.h"

#include "core/capture/AppHooks.h"
#include "core/claude/ClaudePaths.h"
#include "core/platform/AppPaths.h"
#include "core/status/CaptureCheck.h"
#include "core/status/StatusModel.h"
#include "core/store/Database.h"

#include <QFileInfo>

CaptureWatcher::CaptureWatcher(StatusModel *model, QObject *parent) : QObject(parent), m_model(model)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(500);
    connect(&m_debounce, &QTimer::timeout, this, &CaptureWatcher::refresh);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
    m_stallTimer.setInterval(kStallCheckMs);
    m_stallTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_stallTimer, &QTimer::timeout, this, &CaptureWatcher::refresh);
    m_stallTimer.start();
}

CaptureWatcher::~CaptureWatcher() = default;

void CaptureWatcher::refresh()
{
    watchConfig(); // settings.json may have appeared, or been replaced
    QString step;
    const QString name = provenStatus(&step);
    if (name != m_model->hooksState() || step != m_model->hooksNextStep())
        m_model->setHooks(name, step);
    checkStall(name == QLatin1String("installed"));
}

QString CaptureWatcher::provenStatus(QString *step)
{
    QString detail;
    const HookInstaller::Status status = AppHooks::installer().status(&detail);
    *step = AppHooks::nextStep(status, detail);
    if (status != HookInstaller::Status::Installed)
        return HookInstaller::statusName(status);
    if (QFileInfo(ClaudePaths::settingsJsonPath()).lastModified() != m_probedSettings)
        probeHooks();
    if (m_probe.ok || m_probe.command.isEmpty()) // not probed (no database yet): judged by the file
        return HookInstaller::statusName(status);
    *step = m_probe.message;
    return HookInstaller::statusName(HookInstaller::Status::Broken);
}

void CaptureWatcher::probeHooks()
{
    if (!openDatabase())
        return;
    m_probedSettings = QFileInfo(ClaudePaths::settingsJsonPath()).lastModified();
    m_probe = HookProbe::run(AppHooks::installer(), ClaudePaths::settingsJsonPath(), m_db->connection());
    Q_EMIT probed(m_probe);
}

bool CaptureWatcher::openDatabase()
{
    if (m_db && m_db->isOpen())
        return true;
    m_db = std::make_unique<Database>(AppPaths::databasePath());
    if (!m_db->openExisting())
        m_db.reset(); // the pipeline has not created it yet
    return m_db != nullptr;
}

void CaptureWatcher::watchConfig()
{
    // The folder tells a settings.json written atomically (a rename); the file an edit in place.
    for (const QString &path : { ClaudePaths::configDir(), ClaudePaths::settingsJsonPath() })
        if (QFileInfo::exists(path) && !m_watcher.files().contains(path) && !m_watcher.directories().contains(path))
            m_watcher.addPath(path);
}

void CaptureWatcher::checkStall(bool hooksInstalled)
{
    if (!hooksInstalled) {
        m_model->setCaptureStalled(false, {}); // the hooks' own state says it
        return;
    }
    const CaptureCheck::Stall stall = openDatabase() ? CaptureCheck::stall(m_db->connection()) : CaptureCheck::Stall {};
    if (stall.stalled != m_model->captureStalled() || stall.detail() != m_model->captureStallDetail())
        m_model->setCaptureStalled(stall.stalled, stall.detail());
}
