#pragma once

#include <QPlainTextEdit>

class QAbstractItemView;

// One column of a table's current row in full, read-only, to read and copy:
// an error or a reason too long for its cell.
class CellTextPane : public QPlainTextEdit
{
    Q_OBJECT
public:
    CellTextPane(QAbstractItemView *view, int column, const QString &placeholder, QWidget *parent = nullptr);

private:
    void showRow(int row);

    QAbstractItemView *m_view;
    int m_column;
};
