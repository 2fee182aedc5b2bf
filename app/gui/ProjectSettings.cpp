#include "gui/ProjectSettings.h"

#include "core/platform/Settings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
std::string toStd(const QString &s)
{
    return s.toStdString();
}
} // namespace

ProjectSettings::ProjectSettings(const Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_map(settings.projectMap())
    , m_saved(m_map)
    , m_list(new QListWidget(this))
    , m_into(new QComboBox(this))
    , m_merge(new QPushButton(tr("Merge"), this))
    , m_name(new QLineEdit(this))
    , m_rename(new QPushButton(tr("Rename"), this))
{
    m_list->setObjectName(QStringLiteral("projectList"));
    m_into->setObjectName(QStringLiteral("mergeInto"));
    m_merge->setObjectName(QStringLiteral("mergeProjects"));
    m_name->setObjectName(QStringLiteral("projectName"));
    m_rename->setObjectName(QStringLiteral("renameProject"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(110);
    m_name->setPlaceholderText(tr("Name shown for the selected project (empty: its folder)"));
    auto *mergeRow = new QHBoxLayout;
    mergeRow->addWidget(new QLabel(tr("Selected are one with:"), this));
    mergeRow->addWidget(m_into, 1);
    mergeRow->addWidget(m_merge);
    auto *renameRow = new QHBoxLayout;
    renameRow->addWidget(m_name, 1);
    renameRow->addWidget(m_rename);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(mergeRow);
    layout->addLayout(renameRow);
    connect(m_merge, &QPushButton::clicked, this, &ProjectSettings::mergeSelected);
    connect(m_rename, &QPushButton::clicked, this, &ProjectSettings::renameSelected);
    connect(m_list, &QListWidget::currentItemChanged, this,
        [this] { m_name->setText(QString::fromStdString(m_map.nameOf(toStd(selectedProject())))); });
}

void ProjectSettings::setCounts(const QMap<QString, qint64> &counts)
{
    m_counts = counts;
    showProjects();
}

QString ProjectSettings::shownName(const QString &project) const
{
    const QString name = QString::fromStdString(m_map.nameOf(toStd(project)));
    return name.isEmpty() ? project : tr("%1 — %2").arg(name, project);
}

// One line per project as it is filed now: merged ones count under the project they joined.
void ProjectSettings::showProjects()
{
    QMap<QString, qint64> resolved;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        resolved[QString::fromStdString(m_map.resolve(toStd(it.key())))] += it.value();
    const QString selected = selectedProject();
    m_list->clear();
    m_into->clear();
    for (auto it = resolved.cbegin(); it != resolved.cend(); ++it) {
        auto *item
            = new QListWidgetItem(tr("%1 (%n observation(s))", nullptr, int(it.value())).arg(shownName(it.key())));
        item->setData(Qt::UserRole, it.key());
        m_list->addItem(item);
        m_into->addItem(shownName(it.key()), it.key());
        if (it.key() == selected)
            m_list->setCurrentItem(item);
    }
    m_merge->setEnabled(resolved.size() > 1);
    m_rename->setEnabled(!resolved.isEmpty());
}

QString ProjectSettings::selectedProject() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProjectSettings::mergeSelected()
{
    const std::string into = toStd(m_into->currentData().toString());
    for (const QListWidgetItem *item : m_list->selectedItems())
        m_map.merge(toStd(item->data(Qt::UserRole).toString()), into);
    showProjects();
}

void ProjectSettings::renameSelected()
{
    const QString project = selectedProject();
    if (project.isEmpty())
        return;
    m_map.rename(toStd(project), toStd(m_name->text().trimmed()));
    showProjects();
}

void ProjectSettings::save(Settings *settings) const
{
    settings->setProjectMap(m_map);
}
