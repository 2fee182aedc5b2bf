#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class Settings;

// Every preference, over the typed Settings facade.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Settings *settings, QWidget *parent = nullptr);
    void save();

Q_SIGNALS:
    void saved();

private:
    Settings *m_settings;
    QLineEdit *m_claudePath;
    QLineEdit *m_model;
    QSpinBox *m_maxObservers;
    QCheckBox *m_billingGuard;
    QCheckBox *m_injectContext;
    QCheckBox *m_autoHide;
    QLineEdit *m_skippedTools;
    QPlainTextEdit *m_excluded;
    QCheckBox *m_startAtLogin;
    QComboBox *m_language;
};
