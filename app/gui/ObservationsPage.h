#pragma once

#include "gui/ProjectNames.h"

#include <QHash>
#include <QMap>
#include <QStringList>
#include <QWidget>

#include <optional>

class ObservationsModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class RowTableView;
class StoreWorker;

// Observations: a lazily fetched table (newest first), full-text search, a
// project filter and a detail pane.
class ObservationsPage : public QWidget
{
    Q_OBJECT
public:
    ObservationsPage(StoreWorker *store, QWidget *parent = nullptr);
    ObservationsModel *model() const { return m_model; }
    QTableView *table() const; // for actions on its rows (ForgetMenu)
    // The project filter: each project by its short or user-given name
    // (ProjectNames), with its observation count when counts has it.
    void setProjects(const QStringList &projects, const QMap<QString, qint64> &counts = {},
        const QHash<QString, QString> &userNames = {});
    void reload();
    void focusSearch();
    bool clearSearch(); // false when there was nothing to clear
    QString emptyText() const; // what the page says instead of an empty table

private:
    static constexpr int kNameRole = Qt::UserRole + 1; // the project's name without its count
    QLayout *createFilters();
    void createTable();
    void showProjectToolTip();
    void showEmptyHint();
    void showDetail(int row);

    struct ProjectList
    {
        QStringList paths;
        QMap<QString, qint64> counts;
        QHash<QString, QString> userNames;
        bool operator==(const ProjectList &) const = default;
    };

    ObservationsModel *m_model;
    ProjectNames m_projectNames;
    std::optional<ProjectList> m_shownProjects;
    QLineEdit *m_search;
    QComboBox *m_project;
    QLabel *m_empty;
    RowTableView *m_table;
    QTextBrowser *m_detail;
};
