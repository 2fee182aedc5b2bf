#include "gui/StatusPage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

StatusPage::StatusPage(StatusModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_state = new QLabel(this);
    QFont big = m_state->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_state->setFont(big);
    top->addWidget(m_state, 1);
    auto *check = new QPushButton(tr("Check sign-in now"), this);
    connect(check, &QPushButton::clicked, this, &StatusPage::checkSignInRequested);
    top->addWidget(check);
    layout->addLayout(top);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);
    auto *form = new QFormLayout;
    m_cli = new QLabel(this);
    m_cli->setWordWrap(true);
    m_cli->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts = new QLabel(this);
    form->addRow(tr("Claude Code CLI:"), m_cli);
    form->addRow(tr("Counts:"), m_counts);
    m_hooks = new QLabel(this);
    m_hooks->setWordWrap(true);
    m_hooks->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Claude Code hooks:"), m_hooks);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Observations per project:"), this));
    m_projects = new QTableWidget(0, 2, this);
    m_projects->setHorizontalHeaderLabels({ tr("Project"), tr("Observations") });
    m_projects->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_projects->verticalHeader()->hide();
    m_projects->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_projects, 1);
    layout->addWidget(new QLabel(tr("Parked events (failed repeatedly; they never block the queue):"), this));
    m_parked = new QTableWidget(0, 4, this);
    m_parked->setHorizontalHeaderLabels({ tr("Event"), tr("Project"), tr("Tries"), tr("Last error") });
    m_parked->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_parked->verticalHeader()->hide();
    m_parked->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parked->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_parked, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *retry = new QPushButton(tr("Retry"), this);
    auto *discard = new QPushButton(tr("Discard"), this);
    buttons->addWidget(retry);
    buttons->addWidget(discard);
    layout->addLayout(buttons);
    auto selectedId = [this]() -> qint64 {
        const int row = m_parked->currentRow();
        return row < 0 ? 0 : m_parked->item(row, 0)->data(Qt::UserRole).toLongLong();
    };
    connect(retry, &QPushButton::clicked, this, [this, selectedId] {
        if (const qint64 id = selectedId())
            Q_EMIT retryRequested(id);
    });
    connect(discard, &QPushButton::clicked, this, [this, selectedId] {
        if (const qint64 id = selectedId())
            Q_EMIT discardRequested(id);
    });
    connect(m_model, &StatusModel::changed, this, &StatusPage::refresh);
    refresh();
}

QString StatusPage::hooksLabelText() const
{
    return m_hooks->text();
}

QString StatusPage::countsLabelText() const
{
    return m_counts->text();
}

QString StatusPage::detailText() const
{
    return m_detail->text();
}

void StatusPage::refresh()
{
    const AuthState auth = m_model->auth();
    QString headline = m_model->stateText();
    if (!headline.isEmpty())
        headline[0] = headline[0].toUpper();
    m_state->setText(headline);
    QStringList detail;
    // The headline already says it when the state is the message.
    if (!auth.message.isEmpty() && !auth.message.startsWith(headline, Qt::CaseInsensitive))
        detail << auth.message;
    if (!auth.hint.isEmpty())
        detail << tr("What to do: %1").arg(auth.hint);
    if (!auth.detail.isEmpty())
        detail << auth.detail;
    if (m_model->stalled())
        detail << m_model->stallDetail();
    if (!m_model->problem().isEmpty())
        detail << m_model->problem();
    if (!m_model->dataFolderWarning().isEmpty())
        detail << m_model->dataFolderWarning();
    m_detail->setText(detail.join(QLatin1Char('\n')));
    const CliInfo cli = m_model->cli();
    m_cli->setText(cli.found()
            ? tr("%1, version %2; supports %3").arg(cli.path, cli.version, cli.flags.join(QStringLiteral(", ")))
            : auth.kind == AuthState::CliNotFound
            ? tr("not found (the places searched are listed above)")
            : tr("not found (looked in %1)").arg(cli.searched.join(QStringLiteral(", "))));
    m_hooks->setText(m_model->hooksInstalled() ? tr("installed") : m_model->hooksNextStep());
    const QLocale locale;
    const ObservationCounts c = m_model->counts();
    m_counts->setText(tr("%1 observations, %2 today · %3 queued · %4 parked · %5 observers running")
                          .arg(locale.toString(c.total), locale.toString(c.today), locale.toString(c.queuePending),
                              locale.toString(c.queueParked), locale.toString(m_model->observersRunning())));
    m_projects->setRowCount(int(c.perProject.size()));
    int row = 0;
    for (auto it = c.perProject.cbegin(); it != c.perProject.cend(); ++it, ++row) {
        m_projects->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_projects->setItem(row, 1, new QTableWidgetItem(locale.toString(it.value())));
    }
}

void StatusPage::setParked(const QList<QueuedEvent> &events)
{
    m_parked->setRowCount(int(events.size()));
    for (int i = 0; i < events.size(); ++i) {
        auto *kind = new QTableWidgetItem(events[i].kind);
        kind->setData(Qt::UserRole, events[i].id);
        m_parked->setItem(i, 0, kind);
        m_parked->setItem(i, 1, new QTableWidgetItem(events[i].project));
        m_parked->setItem(i, 2, new QTableWidgetItem(QString::number(events[i].attempts)));
        m_parked->setItem(i, 3, new QTableWidgetItem(events[i].lastError));
    }
}
