#include "gui/SelectionButtons.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QItemSelectionModel>

void SelectionButtons::follow(QAbstractItemView *view, const QList<QAbstractButton *> &buttons)
{
    new SelectionButtons(view, buttons);
}

SelectionButtons::SelectionButtons(QAbstractItemView *view, const QList<QAbstractButton *> &buttons)
    : QObject(view), m_view(view), m_buttons(buttons)
{
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SelectionButtons::refresh);
    // A reset or removed rows can drop the selection without selectionChanged.
    connect(view->model(), &QAbstractItemModel::modelReset, this, &SelectionButtons::refresh);
    connect(view->model(), &QAbstractItemModel::rowsRemoved, this, &SelectionButtons::refresh);
    refresh();
}

void SelectionButtons::refresh()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    for (QAbstractButton *button : std::as_const(m_buttons))
        button->setEnabled(selected);
}
