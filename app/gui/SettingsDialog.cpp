#include "gui/SettingsDialog.h"

#include "gui/BatchingSettings.h"
#include "gui/ProjectSettings.h"
#include "gui/RedactionSettings.h"

#include "core/platform/AutostartEntry.h"
#include "core/platform/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <limits>

SettingsDialog::SettingsDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_claudePath(new QLineEdit(this))
    , m_model(new QLineEdit(this))
    , m_maxObservers(new QSpinBox(this))
    , m_billingGuard(
          new QCheckBox(tr("Use my Claude subscription, not API keys from the environment, when both exist"), this))
    , m_fiveHourPercent(new QSpinBox(this))
    , m_weeklyPercent(new QSpinBox(this))
    , m_dailyTokenBudget(new QSpinBox(this))
    , m_injectContext(new QCheckBox(tr("Offer recent observations to new Claude Code sessions"), this))
    , m_autoHide(new QCheckBox(tr("Hide observer sessions from the resume list automatically"), this))
    , m_skippedTools(new QLineEdit(this))
    , m_excluded(new QPlainTextEdit(this))
    , m_excludedMatched(new QLabel(this))
    , m_startAtLogin(new QCheckBox(tr("Start Observer Tray when I log in"), this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Observer Tray Settings"));
    auto *form = new QFormLayout(this);
    m_claudePath->setPlaceholderText(tr("found automatically"));
    m_claudePath->setText(settings->claudePath());
    form->addRow(tr("Path to claude:"), m_claudePath);
    m_model->setText(settings->model());
    form->addRow(tr("Observer model:"), m_model);
    m_maxObservers->setRange(1, 8);
    m_maxObservers->setValue(settings->maxConcurrentObservers());
    form->addRow(tr("Observers at once:"), m_maxObservers);
    m_billingGuard->setChecked(settings->billingGuard());
    form->addRow(tr("Billing guard:"), m_billingGuard);
    addUsageGuardRows(form);
    m_batching = new BatchingSettings(*settings, this);
    form->addRow(tr("Send events to observers:"), m_batching);
    m_injectContext->setChecked(settings->injectContext());
    form->addRow(tr("Context:"), m_injectContext);
    m_autoHide->setChecked(settings->autoHideObserverSessions());
    form->addRow(tr("Resume list:"), m_autoHide);
    m_skippedTools->setText(settings->skippedTools().join(QStringLiteral(", ")));
    form->addRow(tr("Tools not recorded:"), m_skippedTools);
    m_excluded->setPlainText(settings->excludedProjects().join(QLatin1Char('\n')));
    m_excluded->setPlaceholderText(tr("One folder per line; nothing under it is recorded"));
    m_excluded->setMaximumHeight(90);
    form->addRow(tr("Excluded projects:"), m_excluded);
    // Paths are shown as text, never as rich text.
    m_excludedMatched->setTextFormat(Qt::PlainText);
    m_excludedMatched->setWordWrap(true);
    m_excludedMatched->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_excludedMatched);
    auto showMatched = [this] { m_excludedMatched->setText(excludedAsMatched()); };
    connect(m_excluded, &QPlainTextEdit::textChanged, this, showMatched);
    showMatched();
    m_projects = new ProjectSettings(*settings, this);
    form->addRow(tr("Projects:"), m_projects);
    m_redaction = new RedactionSettings(*settings, this);
    form->addRow(tr("Secrets:"), m_redaction);
    m_startAtLogin->setChecked(AutostartEntry::isEnabled());
    form->addRow(tr("Desktop:"), m_startAtLogin);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));
    form->addRow(tr("Language (after restart):"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_redaction->validate())
            return; // the reason is shown; nothing is saved
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

// The usage guard: observers pause above these shares of your windows.
void SettingsDialog::addUsageGuardRows(QFormLayout *form)
{
    for (QSpinBox *box : { m_fiveHourPercent, m_weeklyPercent }) {
        box->setRange(1, 100);
        box->setSuffix(QStringLiteral(" %"));
    }
    m_fiveHourPercent->setValue(m_settings->pauseAtFiveHourPercent());
    m_weeklyPercent->setValue(m_settings->pauseAtWeeklyPercent());
    m_dailyTokenBudget->setRange(0, std::numeric_limits<int>::max());
    m_dailyTokenBudget->setSingleStep(100000);
    m_dailyTokenBudget->setSpecialValueText(tr("off"));
    m_dailyTokenBudget->setValue(
        int(std::min<qint64>(m_settings->dailyTokenBudget(), std::numeric_limits<int>::max())));
    form->addRow(tr("Pause observers above, 5-hour window:"), m_fiveHourPercent);
    form->addRow(tr("Pause observers above, weekly window:"), m_weeklyPercent);
    form->addRow(tr("Daily observer token budget:"), m_dailyTokenBudget);
}

void SettingsDialog::save()
{
    m_settings->setClaudePath(m_claudePath->text().trimmed());
    m_settings->setModel(m_model->text());
    m_settings->setMaxConcurrentObservers(m_maxObservers->value());
    m_settings->setBillingGuard(m_billingGuard->isChecked());
    m_settings->setPauseAtFiveHourPercent(m_fiveHourPercent->value());
    m_settings->setPauseAtWeeklyPercent(m_weeklyPercent->value());
    m_settings->setDailyTokenBudget(m_dailyTokenBudget->value());
    m_batching->save(m_settings);
    m_settings->setInjectContext(m_injectContext->isChecked());
    m_settings->setAutoHideObserverSessions(m_autoHide->isChecked());
    QStringList tools;
    for (const QString &t : m_skippedTools->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        tools << t.trimmed();
    m_settings->setSkippedTools(tools);
    m_settings->setExcludedProjects(excludedLines());
    m_redaction->save(m_settings);
    const bool projectsChanged = m_projects->changed();
    m_projects->save(m_settings);
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setStartAtLogin(m_startAtLogin->isChecked());
    m_settings->sync();
    QString error;
    if (!AutostartEntry::setEnabled(m_startAtLogin->isChecked(), QCoreApplication::applicationFilePath(), &error))
        QMessageBox::warning(this, tr("Start at login"), error);
    Q_EMIT saved();
    if (projectsChanged)
        Q_EMIT this->projectsChanged();
}

void SettingsDialog::setProjectCounts(const QMap<QString, qint64> &counts)
{
    m_projects->setCounts(counts);
}

QStringList SettingsDialog::excludedLines() const
{
    QStringList lines;
    for (const QString &line : m_excluded->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    return lines;
}

QString SettingsDialog::excludedAsMatched() const
{
    QStringList shown;
    for (const QString &line : excludedLines()) {
        const QString matched = Settings::excludedProjectAsMatched(line);
        shown << (matched == line ? tr("%1 (as typed)").arg(line) : tr("%1 → %2").arg(line, matched));
    }
    return shown.isEmpty()
        ? QString()
        : tr("Matched as (with everything under it):") + QLatin1Char('\n') + shown.join(QLatin1Char('\n'));
}
