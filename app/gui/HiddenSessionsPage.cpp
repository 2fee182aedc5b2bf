#include "gui/HiddenSessionsPage.h"

#include "gui/CellTextPane.h"
#include "gui/SelectionButtons.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { PathColumn, WhyColumn, SizeColumn, HiddenAtColumn };
}

HiddenSessionsPage::HiddenSessionsPage(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_hide(new QPushButton(this)), m_table(new QTableWidget(0, 4, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *explain
        = new QLabel(tr("Observer sessions are moved out of Claude Code's projects folder into Observer Tray's "
                        "data folder, so `claude --resume` no longer lists them. Nothing is deleted unless "
                        "you ask; Restore puts files back exactly where they were."),
            this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_hide);
    layout->addLayout(top);
    connect(m_hide, &QPushButton::clicked, this, &HiddenSessionsPage::hideRequested);
    createTable();
    layout->addWidget(m_table, 1);
    layout->addWidget(
        new CellTextPane(m_table, WhyColumn, tr("Select a session to read in full why it was hidden."), this));
    layout->addLayout(createButtons());
    setEntries({});
    setCandidates(0, 0);
}

void HiddenSessionsPage::createTable()
{
    m_table->setHorizontalHeaderLabels({ tr("Original path"), tr("Why"), tr("Size"), tr("Hidden at") });
    m_table->horizontalHeader()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
}

// Restore selected and Delete act on the selection; Restore all on what is hidden.
QLayout *HiddenSessionsPage::createButtons()
{
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *restoreSelected = new QPushButton(tr("&Restore selected"), this);
    m_restoreAll = new QPushButton(tr("Restore &all"), this);
    auto *remove = new QPushButton(tr("&Delete permanently…"), this);
    buttons->addWidget(restoreSelected);
    buttons->addWidget(m_restoreAll);
    buttons->addWidget(remove);
    SelectionButtons::follow(m_table, { restoreSelected, remove });
    connect(restoreSelected, &QPushButton::clicked, this, [this] {
        if (!selectedIds().isEmpty())
            Q_EMIT restoreRequested(selectedIds());
    });
    connect(m_restoreAll, &QPushButton::clicked, this, [this] { Q_EMIT restoreRequested({}); });
    connect(remove, &QPushButton::clicked, this, &HiddenSessionsPage::confirmDelete);
    return buttons;
}

void HiddenSessionsPage::confirmDelete()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const auto answer = QMessageBox::warning(this, tr("Delete permanently"),
        tr("Delete %n hidden transcript(s) for good? This cannot be undone.", nullptr, int(ids.size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        Q_EMIT deleteRequested(ids);
}

QList<qint64> HiddenSessionsPage::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &r : rows)
        ids << m_table->item(r.row(), PathColumn)->data(Qt::UserRole).toLongLong();
    return ids;
}

int HiddenSessionsPage::rowCount() const
{
    return m_table->rowCount();
}

void HiddenSessionsPage::setEntries(const QList<HiddenEntry> &entries)
{
    const QLocale locale;
    m_table->setRowCount(int(entries.size()));
    qint64 bytes = 0;
    for (int i = 0; i < entries.size(); ++i) {
        const HiddenEntry &e = entries[i];
        auto *path = new QTableWidgetItem(e.originalPath);
        path->setData(Qt::UserRole, e.id);
        path->setToolTip(tr("%1\nNow at %2").arg(e.originalPath, e.hiddenPath));
        m_table->setItem(i, PathColumn, path);
        m_table->setItem(i, WhyColumn, new QTableWidgetItem(e.reason));
        m_table->setItem(i, SizeColumn, new QTableWidgetItem(locale.formattedDataSize(e.size)));
        m_table->setItem(i, HiddenAtColumn,
            new QTableWidgetItem(locale.toString(QDateTime::fromMSecsSinceEpoch(e.hiddenAt), QLocale::ShortFormat)));
        bytes += e.size;
    }
    m_restoreAll->setEnabled(!entries.isEmpty());
    m_summary->setText(
        tr("%n session(s) hidden, %1.", nullptr, int(entries.size())).arg(locale.formattedDataSize(bytes)));
}

void HiddenSessionsPage::setCandidates(int count, qint64 bytes)
{
    m_hide->setText(
        tr("&Hide observer sessions (%n session(s), %1)", nullptr, count).arg(QLocale().formattedDataSize(bytes)));
    m_hide->setEnabled(count > 0);
}
