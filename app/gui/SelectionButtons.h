#pragma once

#include <QList>
#include <QObject>

class QAbstractButton;
class QAbstractItemView;

// Buttons that act on a view's selected rows are enabled only while a row is
// selected (after a reload too), so they never look like they did nothing.
class SelectionButtons : public QObject
{
    Q_OBJECT
public:
    static void follow(QAbstractItemView *view, const QList<QAbstractButton *> &buttons);

private:
    SelectionButtons(QAbstractItemView *view, const QList<QAbstractButton *> &buttons);
    void refresh();

    QAbstractItemView *m_view;
    QList<QAbstractButton *> m_buttons;
};
