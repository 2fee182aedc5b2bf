#pragma once

#include "core/hide/HiddenEntry.h"

#include <QWidget>

class QLabel;
class QLayout;
class QPushButton;
class QTableWidget;

// What "hide" moved, with Restore and Delete permanently.
class HiddenSessionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit HiddenSessionsPage(QWidget *parent = nullptr);
    void setEntries(const QList<HiddenEntry> &entries);
    void setCandidates(int count, qint64 bytes);
    int rowCount() const;

Q_SIGNALS:
    void hideRequested();
    void restoreRequested(const QList<qint64> &ids);
    void deleteRequested(const QList<qint64> &ids);

private:
    void createTable();
    QLayout *createButtons();
    void confirmDelete();
    QList<qint64> selectedIds() const;

    QLabel *m_summary;
    QPushButton *m_restoreAll = nullptr;
    QPushButton *m_hide;
    QTableWidget *m_table;
};
