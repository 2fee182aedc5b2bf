#pragma once

#include <QPlainTextEdit>
#include <QAbstractItemView>
#include <QPointer>


// One column of a table's current row in full, read-only, to read and copy:
// an error or a reason too long for its cell.
class CellTextPane : public QPlainTextEdit
{
    Q_OBJECT
public:
    CellTextPane(QAbstractItemView *view, int column, const QString &placeholder, QWidget *parent = nullptr);

private:
    void showRow(int row);

    QPointer<QAbstractItemView> m_view; // a sibling: may go first on teardown
    int m_column;
};
