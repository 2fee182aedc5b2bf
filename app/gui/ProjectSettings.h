#pragma once

#include "hookcore/ProjectMap.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class Settings;

// The Settings dialog's "Projects" row: every project with its observation
// count; merge the selected ones into another ("these are one": their memory
// is filed under it from then on, old rows moved in the background by the
// Pipeline's ProjectRefiler), and give a project a name (shown instead of its
// path; the stored path stays). Nothing changes until the dialog is saved.
class ProjectSettings : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectSettings(const Settings &settings, QWidget *parent = nullptr);
    // Projects as stored (path → observations); merges already made are summed.
    void setCounts(const QMap<QString, qint64> &counts);
    void save(Settings *settings) const;
    // Merges or names differ from what was saved.
    bool changed() const { return m_map.merged != m_saved.merged || m_map.names != m_saved.names; }

private:
    void mergeSelected();
    void renameSelected();
    void showProjects();
    QString selectedProject() const;
    QString shownName(const QString &project) const;

    ProjectMap m_map;
    ProjectMap m_saved;
    QMap<QString, qint64> m_counts; // as stored
    QListWidget *m_list;
    QComboBox *m_into;
    QPushButton *m_merge;
    QLineEdit *m_name;
    QPushButton *m_rename;
};
