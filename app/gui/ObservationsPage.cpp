#include "gui/ObservationsPage.h"

#include "gui/ObservationsModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

ObservationsPage::ObservationsPage(StoreWorker *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new ObservationsModel(store, this))
    , m_search(new QLineEdit(this))
    , m_project(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search observations…"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);
    m_project->addItem(tr("All projects"), QString());
    filters->addWidget(m_project);
    layout->addLayout(filters);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(ObservationsModel::Time, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ObservationsModel::Type, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ObservationsModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ObservationsModel::Project, QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    // Search as you type, once typing pauses.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &ObservationsPage::reload);
    connect(m_project, &QComboBox::currentIndexChanged, this, &ObservationsPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showDetail(current.row()); });
}

void ObservationsPage::reload()
{
    m_detail->clear();
    m_model->setFilter(m_search->text(), m_project->currentData().toString());
}

void ObservationsPage::setProjects(const QStringList &projects)
{
    const QString current = m_project->currentData().toString();
    const QSignalBlocker block(m_project);
    m_project->clear();
    m_project->addItem(tr("All projects"), QString());
    for (const QString &p : projects)
        m_project->addItem(p, p);
    m_project->setCurrentIndex(std::max(0, m_project->findData(current)));
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
                           o.project.toHtmlEscaped(), QDateTime::fromMSecsSinceEpoch(o.createdAt).toString(Qt::ISODate),
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
