#pragma once

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class BatchingSettings;
class ProjectSettings;
class RedactionSettings;
class Settings;

// Every preference, over the typed Settings facade.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Settings *settings, QWidget *parent = nullptr);
    void save();
    // What each excluded-project line will be matched as, shown under the list.
    QString excludedAsMatched() const;
    // The stored projects and their observation counts, for the Projects row.
    void setProjectCounts(const QMap<QString, qint64> &counts);

Q_SIGNALS:
    void saved();
    // Saved with new merges or names: rows of merged projects are to be
    // refiled, and the window shows the names.
    void projectsChanged();

private:
    Settings *m_settings;
    QLineEdit *m_claudePath;
    QLineEdit *m_model;
    QSpinBox *m_maxObservers;
    QCheckBox *m_billingGuard;
    BatchingSettings *m_batching;
    QSpinBox *m_fiveHourPercent; // the usage guard's thresholds
    QSpinBox *m_weeklyPercent;
    QSpinBox *m_dailyTokenBudget;
    QCheckBox *m_injectContext;
    QCheckBox *m_autoHide;
    QLineEdit *m_skippedTools;
    QStringList excludedLines() const;
    void addUsageGuardRows(QFormLayout *form);

    QPlainTextEdit *m_excluded;
    QLabel *m_excludedMatched;
    RedactionSettings *m_redaction;
    ProjectSettings *m_projects;
    QCheckBox *m_startAtLogin;
    QComboBox *m_language;
};
