#pragma once

#include <QWidget>

class ObservationsModel;
class QComboBox;
class QLineEdit;
class QTableView;
class QTextBrowser;
class StoreWorker;

// Observations: a lazily fetched table (newest first), full-text search, a
// project filter and a detail pane.
class ObservationsPage : public QWidget
{
    Q_OBJECT
public:
    ObservationsPage(StoreWorker *store, QWidget *parent = nullptr);
    ObservationsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void setProjects(const QStringList &projects);
    void reload();

private:
    void showDetail(int row);

    ObservationsModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_project;
    QTableView *m_table;
    QTextBrowser *m_detail;
};
