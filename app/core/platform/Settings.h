#pragma once

#include "hookcore/CaptureSettings.h"
#include "hookcore/Redactor.h"

#include <QHash>
#include <QSettings>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

// The one typed facade over the user's preferences. Nothing else reads or
// writes QSettings keys. Stored as an INI file at AppPaths::settingsPath();
// the capture keys (what the hook records) in capture.json beside it, through
// CaptureSettings, as the hook reads them without Qt.
class Settings
{
public:
    Settings();
    explicit Settings(const QString &iniPath);

    QString claudePath() const; // empty: locate automatically
    void setClaudePath(const QString &path);

    QString model() const; // default "haiku"
    void setModel(const QString &model);

    int maxConcurrentObservers() const; // default 2, 1..8
    void setMaxConcurrentObservers(int n);

    bool billingGuard() const; // default on
    void setBillingGuard(bool on);

    // The usage guard: observing pauses above these shares of the login's
    // windows (percent, 1..100), and past a daily observer token budget (0: off).
    int pauseAtFiveHourPercent() const; // default 80
    void setPauseAtFiveHourPercent(int percent);
    int pauseAtWeeklyPercent() const; // default 90
    void setPauseAtWeeklyPercent(int percent);
    qint64 dailyTokenBudget() const; // default 0: off
    void setDailyTokenBudget(qint64 tokens);

    // Batching (Scheduler): a user session's events go to its observer as one
    // turn when its turn ends, batchMaxEvents are waiting or the oldest has
    // waited batchMaxWaitSeconds. Observe immediately: one event is enough.
    int batchMaxEvents() const; // default 12, 1..100
    void setBatchMaxEvents(int n);
    int batchMaxWaitSeconds() const; // default 90, 1..3600
    void setBatchMaxWaitSeconds(int seconds);
    bool observeImmediately() const; // default off
    void setObserveImmediately(bool on);
    int batchSize() const; // batchMaxEvents, or 1 when observing immediately

    bool injectContext() const; // default on
    void setInjectContext(bool on);

    bool autoHideObserverSessions() const; // default on
    void setAutoHideObserverSessions(bool on);

    bool observing() const; // the tray's toggle, default on
    void setObserving(bool on);

    QStringList skippedTools() const;
    void setSkippedTools(const QStringList &tools);
    static QStringList defaultSkippedTools();

    QStringList excludedProjects() const; // as typed; a project inside one is excluded too
    void setExcludedProjects(const QStringList &paths);
    bool isProjectExcluded(const QString &cwd) const;
    // The folder an excluded-project entry stands for (~ expanded, trimmed,
    // symlinks resolved): what the hook compares against. Empty when blank.
    static QString excludedProjectAsMatched(const QString &typed);

    // Credentials become [redacted:<kind>] before they are stored or sent (Redactor).
    bool redactSecrets() const; // default on
    void setRedactSecrets(bool on);
    QStringList redactPatterns() const; // the user's extra regular expressions
    // Refuses the list (false, *error names the pattern and why) when one is unusable.
    bool setRedactPatterns(const QStringList &patterns, QString *error = nullptr);
    // What the hook and the observer prompt redact with; nullopt when redaction is off.
    std::optional<Redactor> redactor() const;

    // The user's project merges and names (Settings → Projects; ProjectMap):
    // the hook files a merged project's events under the one it joined.
    ProjectMap projectMap() const;
    void setProjectMap(const ProjectMap &map);
    // Project path → the name the user gave it (what the window shows).
    QHash<QString, QString> projectNames() const;

    bool startAtLogin() const;
    void setStartAtLogin(bool on);

    QString language() const; // empty: follow the system locale
    void setLanguage(const QString &code);

    void sync();
    QString fileName() const;

private:
    CaptureSettings capture() const;
    void updateCapture(const std::function<void(CaptureSettings &)> &change);

    std::unique_ptr<QSettings> m_settings;
    std::string m_capturePath;
};
