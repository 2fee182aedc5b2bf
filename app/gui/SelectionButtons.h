#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractButton;
class QAbstractItemView;
class QItemSelectionModel;

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

    // Guarded: while a page is torn down its model emits modelReset after
    // the view and the buttons may already be gone.
    QPointer<QItemSelectionModel> m_selection;
    QList<QPointer<QAbstractButton>> m_buttons;
};
