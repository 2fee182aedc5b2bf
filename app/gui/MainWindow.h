#pragma once

#include <QMainWindow>

class HiddenSessionsPage;
class ObservationsPage;
class QTabWidget;
class StatusModel;
class StatusPage;
class StoreWorker;

// The window: Status, Observations, Hidden sessions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(StatusModel *model, StoreWorker *store, QWidget *parent = nullptr);

    StatusPage *statusPage() const { return m_status; }
    ObservationsPage *observationsPage() const { return m_observations; }
    HiddenSessionsPage *hiddenPage() const { return m_hidden; }
    QTabWidget *tabs() const { return m_tabs; }
    void raiseAndShow();

private:
    QTabWidget *m_tabs;
    StatusPage *m_status;
    ObservationsPage *m_observations;
    HiddenSessionsPage *m_hidden;
};
