#include "gui/StatusPage.h"

#include "gui/CellTextPane.h"
#include "gui/SelectionButtons.h"
#include "gui/StatusLook.h"
#include "gui/UsagePanel.h"

#include "core/status/ReadableMessage.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

StatusPage::StatusPage(StatusModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    // Everything the page shows does not fit a 900×650 window: it scrolls
    // rather than squeezing or cutting anything off.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(createHeadline());
    layout->addWidget(createDetail());
    layout->addWidget(m_details, 0, Qt::AlignLeft);
    layout->addLayout(createFacts());
    m_usage = new UsagePanel(model, this);
    layout->addWidget(m_usage);
    layout->addWidget(new QLabel(tr("Observations per project:"), this));
    layout->addWidget(createProjectTable(), 1);
    layout->addWidget(new QLabel(tr("Parked events (failed repeatedly; they never block the queue):"), this));
    layout->addWidget(createParkedTable(), 1);
    layout->addWidget(new CellTextPane(m_parked, 3, tr("Select a parked event to read its last error in full."), this));
    layout->addLayout(createParkedButtons());
    scroll->setWidget(content);
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    page->addWidget(scroll);
    connect(m_model, &StatusModel::changed, this, &StatusPage::refresh);
    refresh();
}

// The state in large type, with the one action that changes it soonest.
QLayout *StatusPage::createHeadline()
{
    auto *top = new QHBoxLayout;
    m_state = new QLabel(this);
    QFont big = m_state->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_state->setFont(big);
    top->addWidget(m_state, 1);
    m_install = new QPushButton(tr("Install Claude Code hooks"), this);
    connect(m_install, &QPushButton::clicked, this, &StatusPage::installHooksRequested);
    top->addWidget(m_install);
    auto *check = new QPushButton(tr("&Check sign-in now"), this);
    connect(check, &QPushButton::clicked, this, &StatusPage::checkSignInRequested);
    top->addWidget(check);
    return top;
}

QLabel *StatusPage::createDetail()
{
    m_detail = selectableLabel();
    m_details = new QPushButton(tr("Details…"), this);
    connect(m_details, &QPushButton::clicked, this, &StatusPage::showRawDetails);
    return m_detail;
}

// The CLI's own output, JSON and all, for a bug report: never in the page's text.
void StatusPage::showRawDetails()
{
    QMessageBox box(QMessageBox::Information, tr("Details"), ReadableMessage::of(m_model->auth().message),
        QMessageBox::Close, this);
    box.setDetailedText(QStringList { m_model->auth().message, m_model->auth().detail }.join(QLatin1Char('\n')));
    box.exec();
}

QLayout *StatusPage::createFacts()
{
    auto *form = new QFormLayout;
    m_cli = selectableLabel();
    m_counts = new QLabel(this);
    m_hooks = selectableLabel();
    form->addRow(tr("Claude Code CLI:"), m_cli);
    form->addRow(tr("Counts:"), m_counts);
    form->addRow(tr("Claude Code hooks:"), m_hooks);
    return form;
}

QTableWidget *StatusPage::createProjectTable()
{
    m_projects = new QTableWidget(0, 2, this);
    m_projects->setHorizontalHeaderLabels({ tr("Project"), tr("Observations") });
    m_projects->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_projects->verticalHeader()->hide();
    m_projects->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return m_projects;
}

QTableWidget *StatusPage::createParkedTable()
{
    m_parked = new QTableWidget(0, 4, this);
    m_parked->setHorizontalHeaderLabels({ tr("Event"), tr("Project"), tr("Tries"), tr("Last error") });
    m_parked->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_parked->verticalHeader()->hide();
    m_parked->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parked->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return m_parked;
}

QLayout *StatusPage::createParkedButtons()
{
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *retry = new QPushButton(tr("&Retry"), this);
    auto *discard = new QPushButton(tr("&Discard"), this);
    buttons->addWidget(retry);
    buttons->addWidget(discard);
    SelectionButtons::follow(m_parked, { retry, discard });
    connect(retry, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedParkedId())
            Q_EMIT retryRequested(id);
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedParkedId())
            Q_EMIT discardRequested(id);
    });
    return buttons;
}

QLabel *StatusPage::selectableLabel()
{
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

qint64 StatusPage::selectedParkedId() const
{
    const int row = m_parked->currentRow();
    return row < 0 ? 0 : m_parked->item(row, 0)->data(Qt::UserRole).toLongLong();
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
    m_state->setText(headline());
    m_detail->setText(detailLines().join(QLatin1Char('\n')));
    m_cli->setText(cliText());
    m_hooks->setText(m_model->hooksInstalled() ? tr("installed") : m_model->hooksNextStep());
    const StatusModel::State state = m_model->state();
    m_install->setVisible(StatusLook::hooksFixHelps(state));
    m_install->setText(
        state == StatusModel::State::HooksBroken ? tr("Repair Claude Code hooks") : tr("Install Claude Code hooks"));
    const AuthState auth = m_model->auth();
    m_details->setVisible(!auth.detail.isEmpty() || ReadableMessage::looksRaw(auth.message));
    refreshCounts();
}

QString StatusPage::headline() const
{
    QString text = StatusLook::stateText(*m_model);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QStringList StatusPage::detailLines() const
{
    const AuthState auth = m_model->auth();
    QStringList detail;
    // The headline already says it when the state is the message.
    const QString message = ReadableMessage::of(auth.message);
    if (!message.isEmpty() && !message.startsWith(headline(), Qt::CaseInsensitive))
        detail << message;
    if (!auth.hint.isEmpty())
        detail << tr("What to do: %1").arg(auth.hint);
    // auth.detail is the CLI's raw output: behind "Details…".
    if (m_model->captureStalled())
        detail << m_model->captureStallDetail();
    if (m_model->stalled())
        detail << m_model->stallDetail();
    if (!m_model->problem().isEmpty())
        detail << m_model->problem();
    if (!m_model->dataFolderWarning().isEmpty())
        detail << m_model->dataFolderWarning();
    return detail;
}

QString StatusPage::cliText() const
{
    const CliInfo cli = m_model->cli();
    if (cli.found())
        return tr("%1, version %2; supports %3").arg(cli.path, cli.version, cli.flags.join(QStringLiteral(", ")));
    if (m_model->auth().kind == AuthState::CliNotFound)
        return tr("not found (the places searched are listed above)");
    return tr("not found (looked in %1)").arg(cli.searched.join(QStringLiteral(", ")));
}

void StatusPage::refreshCounts()
{
    const QLocale locale;
    const ObservationCounts c = m_model->counts();
    m_counts->setText(tr("%1 observations, %2 today · %3 · %4 parked · %5 observers running")
                          .arg(locale.toString(c.total), locale.toString(c.today), StatusLook::queuedText(*m_model),
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
