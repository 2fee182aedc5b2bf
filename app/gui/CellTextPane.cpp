#include "gui/CellTextPane.h"

#include <QAbstractItemView>

CellTextPane::CellTextPane(QAbstractItemView *view, int column, const QString &placeholder, QWidget *parent)
    : QPlainTextEdit(parent), m_view(view), m_column(column)
{
    setReadOnly(true);
    setTabChangesFocus(true);
    setPlaceholderText(placeholder);
    setMaximumHeight(fontMetrics().lineSpacing() * 5 + 2 * frameWidth() + 8);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showRow(current.row()); });
    connect(view->model(), &QAbstractItemModel::modelReset, this, [this] { showRow(-1); });
    connect(view->model(), &QAbstractItemModel::dataChanged, this, [this] { showRow(m_view->currentIndex().row()); });
}

void CellTextPane::showRow(int row)
{
    const QString text = row < 0 || !m_view ? QString() : m_view->model()->index(row, m_column).data().toString();
    if (text != toPlainText())
        setPlainText(text);
}
