#pragma once

#include <QObject>

class QAbstractItemView;
class QWidget;

// Shows a cell's full text as its tooltip when the cell is too narrow for it,
// for views whose model has no tooltip of its own for that cell.
class ElidedToolTips : public QObject
{
    Q_OBJECT
public:
    static void install(QAbstractItemView *view);
    static void installOnEveryView(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ElidedToolTips(QAbstractItemView *view);
    bool isElided(const QModelIndex &index) const;

    QAbstractItemView *m_view;
};
