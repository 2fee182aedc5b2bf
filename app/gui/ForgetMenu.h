#pragma once

#include <QObject>

class ObservationsModel;
class QTableView;
class StoreWorker;

// Forgetting from the Observations page: a context menu (and the Delete key)
// on its table to delete the selected observations, forget their session's
// memory or their whole project. Each asks first, naming how many rows go
// (counted by the store worker); the store worker forgets, off the GUI thread.
class ForgetMenu : public QObject
{
    Q_OBJECT
public:
    ForgetMenu(QTableView *table, ObservationsModel *model, StoreWorker *store);

Q_SIGNALS:
    void forgotten(const QString &message); // the page reloads, the counts refresh

private:
    void showMenu(const QPoint &at);
    void confirmDeleteSelected();
    void confirmForget(const QString &scope, const QString &key, qint64 observations, qint64 summaries, qint64 events);
    QList<qint64> selectedIds() const;
    int currentRow() const;

    QTableView *m_table;
    ObservationsModel *m_model;
    StoreWorker *m_store;
};
