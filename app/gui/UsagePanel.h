#pragma once

#include "core/claude/RunUsage.h"
#include "core/status/StatusModel.h"

#include <QGroupBox>

class QLabel;
class QProgressBar;
class QPushButton;

// The Status page's usage box: the login's two windows as bars with their
// reset times, what the usage guard does (with "Observe anyway"), and what
// observers themselves spent today and this week.
class UsagePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit UsagePanel(StatusModel *model, QWidget *parent = nullptr);
    QString fiveHourText() const;
    QString weekText() const;
    QString guardText() const;
    QString spendText() const;
    int fiveHourValue() const;
    QString fiveHourBarText() const; // empty when the bar shows no figure
    int weekValue() const;

public Q_SLOTS:
    void setSpend(const RunUsage &today, const RunUsage &week);

Q_SIGNALS:
    void observeAnywayRequested();

private:
    void refresh();
    QString spendLine(const QString &label, const RunUsage &usage) const;

    StatusModel *m_model;
    QLabel *m_fiveHourLabel = nullptr;
    QProgressBar *m_fiveHour = nullptr;
    QLabel *m_weekLabel = nullptr;
    QProgressBar *m_week = nullptr;
    QLabel *m_guard = nullptr;
    QPushButton *m_observeAnyway = nullptr;
    QLabel *m_spend = nullptr;
};
