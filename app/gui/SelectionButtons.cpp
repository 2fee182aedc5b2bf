#include "gui/SelectionButtons.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QItemSelectionModel>

void SelectionButtons::follow(QAbstractItemView *view, const QList<QAbstractButton *> &buttons)
{
    new SelectionButtons(view, buttons);
}

SelectionButtons::SelectionButtons(QAbstractItemView *view, const QList<QAbstractButton *> &buttons)
    : QObject(view), m_selection(view->selectionModel())
{
    for (QAbstractButton *button : buttons)
        m_buttons.append(button);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SelectionButtons::refresh);
    // A reset or removed rows can drop the selection without selectionChanged.
    connect(view->model(), &QAbstractItemModel::modelReset, this, &SelectionButtons::refresh);
    connect(view->model(), &QAbstractItemModel::rowsRemoved, this, &SelectionButtons::refresh);
    refresh();
}

void SelectionButtons::refresh()
{
    if (!m_selection)
        return;
    const bool selected = m_selection->hasSelection();
    for (const QPointer<QAbstractButton> &button : std::as_const(m_buttons))
        if (button)
            button->setEnabled(selected);
}
