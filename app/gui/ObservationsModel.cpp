#include "gui/ObservationsModel.h"

#include "gui/StoreWorker.h"

#include <QDateTime>
#include <QLocale>

ObservationsModel::ObservationsModel(StoreWorker *store, QObject *parent) : QAbstractTableModel(parent)
{
    connect(this, &ObservationsModel::requestPage, store, &StoreWorker::search, Qt::QueuedConnection);
    connect(store, &StoreWorker::searchReady, this, &ObservationsModel::handlePage, Qt::QueuedConnection);
}

void ObservationsModel::setFilter(const QString &query, const QString &project)
{
    m_query = query;
    m_project = project;
    reload();
}

void ObservationsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_more = true;
    m_loading = false;
    ++m_requestId; // answers to older requests are dropped
    endResetModel();
    fetchMore({});
}

int ObservationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObservationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObservationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Observation &o = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        return displayText(o, index.column());
    if (role == Qt::ToolTipRole)
        return toolTip(o, index.column());
    return {};
}

QVariant ObservationsModel::displayText(const Observation &o, int column) const
{
    switch (column) {
    case Time:
        return timeText(o.createdAt);
    case Type:
        return o.type;
    case Title:
        return o.title;
    case Project:
        return m_projectNames.shortName(o.project);
    default:
        return {};
    }
}

// Whatever a narrow column cuts, in full.
QVariant ObservationsModel::toolTip(const Observation &o, int column)
{
    switch (column) {
    case Time:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(o.createdAt), QLocale::LongFormat);
    case Type:
        return o.type;
    case Title:
        return o.title;
    case Project:
        return o.project;
    default:
        return {};
    }
}

QString ObservationsModel::timeText(qint64 msSinceEpoch)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch), QLocale::ShortFormat);
}

void ObservationsModel::setProjectNames(const ProjectNames &names)
{
    m_projectNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Project), index(int(m_rows.size()) - 1, Project), { Qt::DisplayRole });
}

QVariant ObservationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Type:
        return tr("Type");
    case Title:
        return tr("Title");
    case Project:
        return tr("Project");
    default:
        return {};
    }
}

bool ObservationsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_loading;
}

void ObservationsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    Q_EMIT requestPage(m_requestId, m_query, m_project, before, kPageSize);
}

void ObservationsModel::handlePage(int requestId, const QList<Observation> &page, bool more)
{
    if (requestId != m_requestId)
        return;
    m_loading = false;
    m_more = more;
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows += page;
        endInsertRows();
    }
    Q_EMIT pageLoaded(int(m_rows.size()));
}
