#include "gui/RowTableView.h"

#include <QHeaderView>
#include <QScrollBar>

RowTableView::RowTableView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(SelectRows);
    setTabKeyNavigation(false);
    setWordWrap(false);
    setHorizontalScrollMode(ScrollPerPixel);
    verticalHeader()->hide();
}

void RowTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const int x = horizontalScrollBar()->value();
    QTableView::scrollTo(index, hint);
    horizontalScrollBar()->setValue(x);
}
