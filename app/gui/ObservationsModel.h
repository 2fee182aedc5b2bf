#pragma once

#include "core/store/Observation.h"
#include "gui/ProjectNames.h"

#include <QAbstractTableModel>

class StoreWorker;

// Observations, newest first, fetched lazily in pages by keyset (id <
// last), with the queries run by StoreWorker on its thread: smooth at a
// million rows, and the GUI never waits on SQLite.
class ObservationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Type, Title, Project, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit ObservationsModel(StoreWorker *store, QObject *parent = nullptr);

    void setFilter(const QString &query, const QString &project);
    void setProjectNames(const ProjectNames &names);
    void reload();
    Observation observation(int row) const { return m_rows.value(row); }
    bool isLoading() const { return m_loading; }
    // The table's local date and time; the detail pane shows the same.
    static QString timeText(qint64 msSinceEpoch);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void requestPage(int requestId, const QString &query, const QString &project, qint64 beforeId, int limit);
    void pageLoaded(int rows);

private:
    void handlePage(int requestId, const QList<Observation> &page, bool more);
    QVariant displayText(const Observation &o, int column) const;
    static QVariant toolTip(const Observation &o, int column);

    QList<Observation> m_rows;
    ProjectNames m_projectNames;
    QString m_query;
    QString m_project;
    int m_requestId = 0;
    bool m_more = true;
    bool m_loading = false;
};
