#pragma once

#include "core/queue/QueuedEvent.h"
#include "core/status/StatusModel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QLayout;
class QTableWidget;
class UsagePanel;

// The window's first page: everything StatusModel knows, in full, with the
// hint for what to do, and the parked events with Retry / Discard.
class StatusPage : public QWidget
{
    Q_OBJECT
public:
    explicit StatusPage(StatusModel *model, QWidget *parent = nullptr);
    void setParked(const QList<QueuedEvent> &events);
    QString countsLabelText() const;
    QString detailText() const; // the lines under the headline
    QString hooksLabelText() const;
    UsagePanel *usagePanel() const { return m_usage; }
    QPushButton *installHooksButton() const { return m_install; } // shown when the hooks are the fix
    QPushButton *detailsButton() const { return m_details; } // the CLI's raw words, on demand

Q_SIGNALS:
    void retryRequested(qint64 id);
    void discardRequested(qint64 id);
    void checkSignInRequested();
    void installHooksRequested();

private:
    QLayout *createHeadline();
    QLabel *createDetail();
    QLayout *createFacts();
    QTableWidget *createProjectTable();
    QTableWidget *createParkedTable();
    QLayout *createParkedButtons();
    QLabel *selectableLabel();
    qint64 selectedParkedId() const;

    void refresh();
    QString headline() const;
    QStringList detailLines() const;
    QString cliText() const;
    void refreshCounts();
    void showRawDetails();

    StatusModel *m_model;
    QLabel *m_state = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_cli = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_hooks = nullptr;
    QPushButton *m_install = nullptr;
    QPushButton *m_details = nullptr;
    QTableWidget *m_projects = nullptr;
    QTableWidget *m_parked = nullptr;
    UsagePanel *m_usage = nullptr;
};
