#include "gui/ElidedToolTips.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

void ElidedToolTips::install(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new ElidedToolTips(view));
}

void ElidedToolTips::installOnEveryView(QWidget *window)
{
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>())
        install(view);
}

ElidedToolTips::ElidedToolTips(QAbstractItemView *view) : QObject(view), m_view(view)
{
}

bool ElidedToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QObject::eventFilter(watched, event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    if (!index.isValid() || !index.data(Qt::ToolTipRole).toString().isEmpty() || !isElided(index))
        return false; // the view shows the model's tooltip, if any
    QToolTip::showText(help->globalPos(), index.data().toString(), m_view->viewport(), m_view->visualRect(index));
    return true;
}

bool ElidedToolTips::isElided(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.font = m_view->font();
    const QAbstractItemDelegate *delegate = m_view->itemDelegateForIndex(index);
    return delegate && delegate->sizeHint(option, index).width() > m_view->visualRect(index).width();
}
