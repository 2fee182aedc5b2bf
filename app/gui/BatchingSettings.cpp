#include "gui/BatchingSettings.h"

#include "core/platform/Settings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QSpinBox>

BatchingSettings::BatchingSettings(const Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_immediately(new QCheckBox(tr("Observe immediately (one API call per event)"), this))
    , m_maxEvents(new QSpinBox(this))
    , m_maxWaitSeconds(new QSpinBox(this))
{
    m_immediately->setObjectName(QStringLiteral("observeImmediately"));
    m_maxEvents->setObjectName(QStringLiteral("batchMaxEvents"));
    m_maxWaitSeconds->setObjectName(QStringLiteral("batchMaxWaitSeconds"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_immediately->setChecked(settings.observeImmediately());
    m_immediately->setToolTip(tr("Off: a session's events go to the observer together when Claude finishes "
                                 "answering, which costs several times fewer calls; observations come later."));
    form->addRow(m_immediately);
    m_maxEvents->setRange(1, 100);
    m_maxEvents->setValue(settings.batchMaxEvents());
    form->addRow(tr("Or when this many events wait:"), m_maxEvents);
    m_maxWaitSeconds->setRange(1, 3600);
    m_maxWaitSeconds->setSuffix(tr(" s"));
    m_maxWaitSeconds->setValue(settings.batchMaxWaitSeconds());
    form->addRow(tr("Or when the oldest has waited:"), m_maxWaitSeconds);
    auto follow = [this](bool immediately) {
        m_maxEvents->setEnabled(!immediately);
        m_maxWaitSeconds->setEnabled(!immediately);
    };
    connect(m_immediately, &QCheckBox::toggled, this, follow);
    follow(m_immediately->isChecked());
}

void BatchingSettings::save(Settings *settings) const
{
    settings->setObserveImmediately(m_immediately->isChecked());
    settings->setBatchMaxEvents(m_maxEvents->value());
    settings->setBatchMaxWaitSeconds(m_maxWaitSeconds->value());
}
