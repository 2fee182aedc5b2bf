#pragma once

#include <QWidget>

class QCheckBox;
class QSpinBox;
class Settings;

// The Settings dialog's "Batching" row: a user session's events go to an
// observer as one turn (one API call) when the turn ends, after N events or
// after T seconds; "Observe immediately" sends each event at once (one call
// per event while the observer is idle), and then N and T do not apply.
class BatchingSettings : public QWidget
{
    Q_OBJECT
public:
    BatchingSettings(const Settings &settings, QWidget *parent = nullptr);
    void save(Settings *settings) const;

private:
    QCheckBox *m_immediately;
    QSpinBox *m_maxEvents;
    QSpinBox *m_maxWaitSeconds;
};
