#include "gui/UsagePanel.h"

#include "core/platform/Clock.h"
#include "gui/UsageLook.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace {
int barValue(const UsageWindow &w, qint64 now)
{
    return w.known() && !w.hasReset(now) ? qRound(w.utilization * 100) : 0;
}

// A window with no figure draws an empty bar without "0%": nothing is known yet.
void showBar(QProgressBar *bar, const UsageWindow &w, qint64 now)
{
    bar->setValue(barValue(w, now));
    bar->setTextVisible(w.known());
    bar->setEnabled(w.known());
}
} // namespace

UsagePanel::UsagePanel(StatusModel *model, QWidget *parent) : QGroupBox(tr("Usage limits"), parent), m_model(model)
{
    auto *grid = new QGridLayout(this);
    m_fiveHourLabel = new QLabel(this);
    m_fiveHour = new QProgressBar(this);
    m_weekLabel = new QLabel(this);
    m_week = new QProgressBar(this);
    for (QProgressBar *bar : { m_fiveHour, m_week })
        bar->setRange(0, 100);
    m_guard = new QLabel(this);
    m_guard->setWordWrap(true);
    m_observeAnyway = new QPushButton(tr("Observe anyway"), this);
    connect(m_observeAnyway, &QPushButton::clicked, this, &UsagePanel::observeAnywayRequested);
    m_spend = new QLabel(this);
    m_spend->setWordWrap(true);
    m_spend->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_fiveHourLabel, 0, 0);
    grid->addWidget(m_fiveHour, 0, 1);
    grid->addWidget(m_weekLabel, 1, 0);
    grid->addWidget(m_week, 1, 1);
    grid->addWidget(m_guard, 2, 0, 1, 2);
    grid->addWidget(m_observeAnyway, 3, 1, Qt::AlignRight);
    grid->addWidget(m_spend, 4, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    connect(m_model, &StatusModel::changed, this, &UsagePanel::refresh);
    setSpend({}, {});
    refresh();
}

void UsagePanel::refresh()
{
    const qint64 now = Clock::nowMs();
    const RateLimitInfo info = m_model->rateLimit();
    const QString none = tr("no figure yet");
    const QString fiveHour = UsageLook::fiveHourText(info, now);
    const QString week = UsageLook::weekText(info, now);
    const QString asOf = UsageLook::asOfText(info, now);
    auto withAsOf
        = [&asOf](const QString &text) { return asOf.isEmpty() ? text : text + QStringLiteral(" (%1)").arg(asOf); };
    m_fiveHourLabel->setText(fiveHour.isEmpty() ? tr("5-hour window: %1").arg(none) : withAsOf(fiveHour));
    m_weekLabel->setText(week.isEmpty() ? tr("week: %1").arg(none) : withAsOf(week));
    showBar(m_fiveHour, info.fiveHour, now);
    showBar(m_week, info.sevenDay, now);
    const UsageGuard::Verdict verdict = m_model->usageVerdict();
    m_guard->setText(UsageLook::guardText(verdict, now));
    m_observeAnyway->setVisible(verdict.engaged && verdict.reason != QLatin1String("rejected"));
}

QString UsagePanel::spendLine(const QString &label, const RunUsage &u) const
{
    const QLocale locale;
    const bool apiKey = m_model->auth().credential == AuthState::ApiKey;
    const QString cost = u.costUsd < 0 ? tr("no cost reported")
        : apiKey                       ? tr("US$ %1 billed to your API key").arg(locale.toString(u.costUsd, 'f', 4))
                                       : tr("US$ %1 at API prices (your subscription is not billed per token)")
                       .arg(locale.toString(u.costUsd, 'f', 4));
    return tr("%1: %2 turns, %3 input, %4 output, %5 cache-read, %6 cache-write tokens; %7")
        .arg(label, locale.toString(u.numTurns), locale.toString(u.inputTokens), locale.toString(u.outputTokens),
            locale.toString(u.cacheReadTokens), locale.toString(u.cacheCreationTokens), cost);
}

void UsagePanel::setSpend(const RunUsage &today, const RunUsage &week)
{
    m_spend->setText(tr("Observers' own use (ended runs):") + QLatin1Char('\n') + spendLine(tr("Today"), today)
        + QLatin1Char('\n') + spendLine(tr("This week"), week));
}

QString UsagePanel::fiveHourText() const
{
    return m_fiveHourLabel->text();
}

QString UsagePanel::weekText() const
{
    return m_weekLabel->text();
}

QString UsagePanel::guardText() const
{
    return m_guard->text();
}

QString UsagePanel::spendText() const
{
    return m_spend->text();
}

QString UsagePanel::fiveHourBarText() const
{
    return m_fiveHour->isTextVisible() ? m_fiveHour->text() : QString();
}

int UsagePanel::fiveHourValue() const
{
    return m_fiveHour->value();
}

int UsagePanel::weekValue() const
{
    return m_week->value();
}
