#include "gui/ObservationsPage.h"

#include "gui/ObservationsModel.h"
#include "gui/RowTableView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Paths keep their start and their end (the project's own folder).
class MiddleElideDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

int charsWide(const QWidget *w, int chars)
{
    return w->fontMetrics().averageCharWidth() * chars;
}
} // namespace

ObservationsPage::ObservationsPage(StoreWorker *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new ObservationsModel(store, this))
    , m_search(new QLineEdit(this))
    , m_project(new QComboBox(this))
    , m_empty(new QLabel(this))
    , m_table(new RowTableView(this))
    , m_detail(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createFilters());
    m_empty->setWordWrap(true);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->hide();
    layout->addWidget(m_empty);
    createTable();
    m_detail->setTabChangesFocus(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    connect(m_model, &ObservationsModel::pageLoaded, this, &ObservationsPage::showEmptyHint);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showDetail(current.row()); });
}

// Search as you type, once typing pauses; the project box as wide as a short
// name, whatever the longest path (it used to widen the window past 1,000 px).
QLayout *ObservationsPage::createFilters()
{
    auto *filters = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search observations…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(charsWide(m_search, 24));
    filters->addWidget(m_search, 2);
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_project->setMinimumContentsLength(ProjectNames::kMaxChars / 2);
    m_project->setMaximumWidth(charsWide(m_project, ProjectNames::kMaxChars + 4));
    m_project->addItem(tr("All projects"), QString());
    filters->addWidget(m_project, 1);
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &ObservationsPage::reload);
    connect(m_project, &QComboBox::currentIndexChanged, this, &ObservationsPage::reload);
    connect(m_project, &QComboBox::currentIndexChanged, this, &ObservationsPage::showProjectToolTip);
    return filters;
}

// Time and Type as wide as their words, Project a short name, Title the rest:
// the columns fit the window, so nothing scrolls sideways.
void ObservationsPage::createTable()
{
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setItemDelegateForColumn(ObservationsModel::Project, new MiddleElideDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ObservationsModel::Time, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ObservationsModel::Type, QHeaderView::Interactive);
    header->setSectionResizeMode(ObservationsModel::Title, QHeaderView::Stretch);
    header->setSectionResizeMode(ObservationsModel::Project, QHeaderView::Interactive);
    header->resizeSection(ObservationsModel::Type, charsWide(m_table, 12));
    header->resizeSection(ObservationsModel::Project, charsWide(m_table, 30));
}

void ObservationsPage::reload()
{
    m_detail->clear();
    m_empty->hide();
    m_model->setFilter(m_search->text(), m_project->currentData().toString());
}

void ObservationsPage::setProjects(
    const QStringList &projects, const QMap<QString, qint64> &counts, const QHash<QString, QString> &userNames)
{
    // Called on every status change: rebuilding the same list would close
    // the user's open drop-down and reset the table's names for nothing.
    ProjectList list { projects, counts, userNames };
    if (list == m_shownProjects)
        return;
    m_shownProjects = std::move(list);
    m_projectNames.setPaths(projects, userNames);
    m_model->setProjectNames(m_projectNames);
    const QString current = m_project->currentData().toString();
    const QSignalBlocker block(m_project);
    m_project->clear();
    m_project->addItem(tr("All projects"), QString());
    for (const QString &p : projects) {
        const QString name = m_projectNames.shortName(p);
        m_project->addItem(counts.contains(p) ? tr("%1 (%2)").arg(name).arg(counts.value(p)) : name, p);
        m_project->setItemData(m_project->count() - 1, p, Qt::ToolTipRole);
        m_project->setItemData(m_project->count() - 1, name, kNameRole);
    }
    m_project->setCurrentIndex(std::max(0, m_project->findData(current)));
    showProjectToolTip();
}

void ObservationsPage::showProjectToolTip()
{
    m_project->setToolTip(m_project->currentData().toString());
}

void ObservationsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool ObservationsPage::clearSearch()
{
    if (m_search->text().isEmpty())
        return false;
    m_search->clear();
    return true;
}

QString ObservationsPage::emptyText() const
{
    return m_empty->isVisible() ? m_empty->text() : QString();
}

// An empty table says why, and how the search reads what was typed.
void ObservationsPage::showEmptyHint()
{
    if (m_model->rowCount() > 0) {
        m_empty->hide();
        return;
    }
    const QString query = m_search->text().trimmed();
    const QString project = m_project->currentIndex() > 0 ? m_project->currentData(kNameRole).toString() : QString();
    QString text;
    if (!query.isEmpty()) {
        text = project.isEmpty() ? tr("No observation matches “%1”.").arg(query)
                                 : tr("No observation in %2 matches “%1”.").arg(query, project);
        text += QLatin1Char(' ')
            + tr("Every word must begin a word of the title, subtitle, narrative, facts or concepts (“pagin "
                 "bug” finds “Fixed pagination bug”); try fewer words, or All projects.");
    } else if (!project.isEmpty()) {
        text = tr("No observation in %1 yet.").arg(project);
    } else {
        text = tr("No observations yet: they appear here once an observer has read a Claude Code session.");
    }
    m_empty->setText(text);
    m_empty->show();
}

void ObservationsPage::showDetail(int row)
{
    if (row < 0)
        return;
    const Observation o = m_model->observation(row);
    auto list = [](const QStringList &items) {
        QString html;
        for (const QString &i : items)
            html += QStringLiteral("<li>%1</li>").arg(i.toHtmlEscaped());
        return html.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(html);
    };
    QString html = QStringLiteral("<h3>%1</h3><p><i>%2</i></p><p>%3 · %4 · %5</p><p>%6</p>")
                       .arg(o.title.toHtmlEscaped(), o.subtitle.toHtmlEscaped(), o.type.toHtmlEscaped(),
                           o.project.toHtmlEscaped(), ObservationsModel::timeText(o.createdAt).toHtmlEscaped(),
                           o.narrative.toHtmlEscaped());
    if (!o.facts.isEmpty())
        html += tr("<b>Facts</b>") + list(o.facts);
    if (!o.filesRead.isEmpty())
        html += tr("<b>Files read</b>") + list(o.filesRead);
    if (!o.filesModified.isEmpty())
        html += tr("<b>Files modified</b>") + list(o.filesModified);
    if (!o.concepts.isEmpty())
        html += tr("<b>Concepts</b>: %1").arg(o.concepts.join(QStringLiteral(", ")).toHtmlEscaped());
    m_detail->setHtml(html);
}

QTableView *ObservationsPage::table() const
{
    return m_table;
}
