#include "gui/RedactionSettings.h"

#include "core/platform/Settings.h"
#include "hookcore/Redactor.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

RedactionSettings::RedactionSettings(const Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_on(new QCheckBox(tr("Replace keys, tokens and passwords by [redacted] before they are stored or sent"), this))
    , m_patterns(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    m_on->setObjectName(QStringLiteral("redactSecrets"));
    m_patterns->setObjectName(QStringLiteral("redactPatterns"));
    m_problem->setObjectName(QStringLiteral("redactProblem"));
    m_on->setChecked(settings.redactSecrets());
    m_patterns->setPlainText(settings.redactPatterns().join(QLatin1Char('\n')));
    m_patterns->setPlaceholderText(tr("Your own patterns, one regular expression per line"));
    m_patterns->setMaximumHeight(70);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_on);
    layout->addWidget(m_patterns);
    layout->addWidget(m_problem);
}

QStringList RedactionSettings::patterns() const
{
    QStringList out;
    for (const QString &line : m_patterns->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line; // as typed: a blank inside a pattern means something
    return out;
}

bool RedactionSettings::validate()
{
    for (const QString &pattern : patterns()) {
        const std::string problem = Redactor::patternProblem(pattern.toStdString());
        if (!problem.empty()) {
            m_problem->setText(tr("Not saved: \"%1\": %2").arg(pattern, QString::fromStdString(problem)));
            m_problem->show();
            m_patterns->setFocus();
            return false;
        }
    }
    m_problem->hide();
    return true;
}

void RedactionSettings::save(Settings *settings) const
{
    settings->setRedactSecrets(m_on->isChecked());
    settings->setRedactPatterns(patterns()); // validate() has passed them
}
