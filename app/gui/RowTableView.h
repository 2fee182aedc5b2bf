#pragma once

#include <QTableView>

// A table read by whole rows: going to a row (a click, the arrow keys) scrolls
// up and down only, never sideways, so the first columns (Time, Title) stay
// in view. Tab moves on to the next widget instead of walking the cells.
class RowTableView : public QTableView
{
    Q_OBJECT
public:
    explicit RowTableView(QWidget *parent = nullptr);
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
};
