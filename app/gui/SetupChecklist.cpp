#include "gui/SetupChecklist.h"

#include "core/status/StatusModel.h"
#include "gui/StatusLook.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SetupChecklist::SetupChecklist(StatusModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Set up Observer Tray: each line turns green when it works."), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    layout->addLayout(m_grid);
    layout->addStretch();
    addRow(Cli, tr("Choose the CLI…"));
    addRow(SignIn, tr("Check sign-in now"));
    addRow(Hooks, tr("Install Claude Code hooks"));
    addRow(FirstSession, QString());
    addRow(FirstObservation, QString());
    connect(m_rows[Cli].fix, &QPushButton::clicked, this, &SetupChecklist::settingsRequested);
    connect(m_rows[SignIn].fix, &QPushButton::clicked, this, &SetupChecklist::checkSignInRequested);
    connect(m_rows[Hooks].fix, &QPushButton::clicked, this, [this] {
        if (m_model->hooksInstalled())
            Q_EMIT testHooksRequested();
        else
            Q_EMIT installHooksRequested();
    });
    connect(m_model, &StatusModel::changed, this, &SetupChecklist::refresh);
    refresh();
}

void SetupChecklist::addRow(Step step, const QString &fixText)
{
    Row &row = m_rows[step];
    row.mark = new QLabel(this);
    row.text = new QLabel(this);
    row.text->setWordWrap(true);
    row.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.fix = new QPushButton(fixText, this);
    row.fix->setVisible(!fixText.isEmpty());
    m_grid->addWidget(row.mark, step, 0, Qt::AlignTop);
    m_grid->addWidget(row.text, step, 1);
    m_grid->addWidget(row.fix, step, 2, Qt::AlignTop);
}

void SetupChecklist::setRow(Step step, bool done, const QString &text)
{
    Row &row = m_rows[step];
    row.done = done;
    // A mark that is not only a colour: ✓ done, ✗ needs you, … waiting.
    const bool waiting = !done && (step == FirstSession || step == FirstObservation);
    row.mark->setText(done ? QStringLiteral("✓") : waiting ? QStringLiteral("…") : QStringLiteral("✗"));
    row.mark->setStyleSheet(done ? QStringLiteral("color: #1f9d55; font-weight: bold")
            : waiting            ? QString()
                                 : QStringLiteral("color: #d62d20; font-weight: bold"));
    row.text->setText(text);
    if (step != FirstSession && step != FirstObservation)
        row.fix->setVisible(!done || step == Hooks); // the hooks can always be tested again
}

void SetupChecklist::setProbe(const HookProbe::Result &probe)
{
    m_probe = probe;
    refresh();
}

// With batching a session's events reach an observer when Claude finishes
// answering: say so, and by when at the latest, rather than "shortly".
QString SetupChecklist::firstObservationText(const ObservationCounts &counts) const
{
    if (counts.anyCaptured)
        return tr("First observation stored.");
    if (StatusLook::batchHeld(*m_model))
        return tr("Waiting for the first observation: %1.").arg(StatusLook::queuedText(*m_model));
    return tr("Waiting for the first observation: an observer writes it when Claude finishes answering in that "
              "session.");
}

QString SetupChecklist::hooksText(bool *done) const
{
    *done = false;
    if (m_model->hooksState() == QLatin1String("not_installed"))
        return tr("Claude Code hooks: not installed, nothing is recorded.");
    if (!m_model->hooksInstalled())
        return tr("Claude Code hooks: %1").arg(m_model->hooksNextStep());
    if (m_probe.command.isEmpty())
        return tr("Claude Code hooks: installed; not tested yet.");
    if (!m_probe.ok)
        return tr("Claude Code hooks: installed, but a test event failed: %1").arg(m_probe.message);
    *done = true;
    return tr("Claude Code hooks: installed and working (a test event ran %1 and reached the queue).")
        .arg(m_probe.command);
}

void SetupChecklist::refresh()
{
    const CliInfo cli = m_model->cli();
    setRow(Cli, cli.found(),
        cli.found() ? tr("Claude Code CLI found: %1, version %2").arg(cli.path, cli.version)
                    : tr("Claude Code CLI: not found yet. Install Claude Code, or choose its path in Settings."));
    const AuthState auth = m_model->auth();
    setRow(SignIn, auth.canObserve(),
        auth.canObserve() ? tr("Signed in: %1").arg(auth.credentialLabel())
                          : tr("Not signed in yet. %1").arg(auth.hint));
    bool hooksDone = false;
    m_rows[Hooks].fix->setText(m_model->hooksInstalled() ? tr("Test again") : tr("Install Claude Code hooks"));
    const QString hooks = hooksText(&hooksDone);
    setRow(Hooks, hooksDone, hooks);
    const ObservationCounts counts = m_model->counts();
    const bool sessionSeen = counts.anyCaptured || counts.queuePending > 0 || m_model->observersRunning() > 0;
    setRow(FirstSession, sessionSeen,
        sessionSeen ? tr("A Claude Code session was recorded.")
                    : tr("Waiting for the first Claude Code session: start a new one in any project (a session "
                         "started before the hooks were installed does not run them)."));
    setRow(FirstObservation, counts.anyCaptured, firstObservationText(counts));
    bool all = true;
    for (const Row &row : m_rows)
        all = all && row.done;
    if (all != m_allDone) {
        m_allDone = all;
        Q_EMIT allDoneChanged(all);
    }
}

void SetupChecklist::addLine(QWidget *line)
{
    auto *column = static_cast<QVBoxLayout *>(layout());
    column->insertWidget(column->count() - 1, line); // above the stretch
}

bool SetupChecklist::isDone(Step step) const
{
    return m_rows[step].done;
}

bool SetupChecklist::allDone() const
{
    return m_allDone;
}

QString SetupChecklist::lineText(Step step) const
{
    return m_rows[step].text->text();
}
