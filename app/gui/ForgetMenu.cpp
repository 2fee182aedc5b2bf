#include "gui/ForgetMenu.h"

#include "gui/ObservationsModel.h"
#include "gui/StoreWorker.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>

ForgetMenu::ForgetMenu(QTableView *table, ObservationsModel *model, StoreWorker *store)
    : QObject(table), m_table(table), m_model(model), m_store(store)
{
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ForgetMenu::showMenu);
    auto *remove = new QAction(tr("Delete selected observations…"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &ForgetMenu::confirmDeleteSelected);
    m_table->addAction(remove);
    connect(m_store, &StoreWorker::forgetMeasured, this, &ForgetMenu::confirmForget);
    connect(m_store, &StoreWorker::memoryForgotten, this, &ForgetMenu::forgotten);
}

QList<qint64> ForgetMenu::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids << m_model->observation(row.row()).id;
    return ids;
}

int ForgetMenu::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void ForgetMenu::showMenu(const QPoint &at)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Observation o = m_model->observation(row);
    QMenu menu(m_table);
    menu.addAction(
        tr("Delete selected observations (%1)…").arg(selectedIds().size()), this, &ForgetMenu::confirmDeleteSelected);
    const auto measure = [this](const QString &scope, const QString &key) {
        QMetaObject::invokeMethod(
            m_store, [s = m_store, scope, key] { s->measureForget(scope, key); }, Qt::QueuedConnection);
    };
    menu.addAction(tr("Forget this session's memory…"), this,
        [measure, id = o.userSessionId] { measure(QStringLiteral("session"), id); });
    menu.addAction(tr("Forget project %1…").arg(o.project), this,
        [measure, project = o.project] { measure(QStringLiteral("project"), project); });
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

void ForgetMenu::confirmDeleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const auto answer = QMessageBox::question(m_table, tr("Delete observations"),
        tr("Delete %1 selected observations? This cannot be undone.").arg(ids.size()));
    if (answer == QMessageBox::Yes)
        QMetaObject::invokeMethod(
            m_store, [s = m_store, ids] { s->deleteObservations(ids); }, Qt::QueuedConnection);
}

void ForgetMenu::confirmForget(
    const QString &scope, const QString &key, qint64 observations, qint64 summaries, qint64 events)
{
    const bool project = scope == QLatin1String("project");
    const QString what
        = project ? tr("Forget everything remembered of the project %1").arg(key) : tr("Forget this session's memory");
    const QString question = tr("%1: %2 observations, %3 summaries and %4 queued events? This cannot be undone.")
                                 .arg(what)
                                 .arg(observations)
                                 .arg(summaries)
                                 .arg(events);
    const auto answer = QMessageBox::question(m_table, project ? tr("Forget project") : tr("Forget session"), question);
    if (answer == QMessageBox::Yes)
        QMetaObject::invokeMethod(
            m_store, [s = m_store, scope, key] { s->forget(scope, key); }, Qt::QueuedConnection);
}
