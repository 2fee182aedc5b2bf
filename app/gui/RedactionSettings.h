#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class Settings;

// The Settings dialog's "Secrets" row: redaction on or off and the user's
// extra patterns, one per line. A pattern that cannot be used is refused
// with the reason under the list, and nothing is saved until it is fixed.
class RedactionSettings : public QWidget
{
    Q_OBJECT
public:
    RedactionSettings(const Settings &settings, QWidget *parent = nullptr);
    // False (the reason shown) when a pattern cannot be used.
    bool validate();
    void save(Settings *settings) const;

private:
    QStringList patterns() const;

    QCheckBox *m_on;
    QPlainTextEdit *m_patterns;
    QLabel *m_problem;
};
