// The Settings dialog shows each excluded project as the hook will match it.
#include "core/platform/AppPaths.h"
#include "core/platform/Settings.h"
#include "gui/SettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void excludedProjectsShowHowTheyMatch();
    void usageGuardThresholds();
    void badRedactionPatternIsRefusedWithTheReason();
    void batchingNumbers();
};

void TestSettingsDialog::excludedProjectsShowHowTheyMatch()
{
    QTemporaryDir dir;
    const QString home = QFileInfo(dir.path()).canonicalFilePath();
    qputenv("HOME", home.toUtf8());
    QVERIFY(QDir().mkpath(home + QStringLiteral("/secret")));
    QVERIFY(QFile::link(home + QStringLiteral("/secret"), home + QStringLiteral("/link")));
    Settings settings;
    SettingsDialog dialog(&settings);
    auto *list = dialog.findChild<QPlainTextEdit *>();
    QVERIFY(list);
    list->setPlainText(QStringLiteral("~/secret  \n\n   \n/srv/x/\n~/link\n/srv/plain"));
    QLabel *shown = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->text().startsWith(QStringLiteral("Matched as")))
            shown = label;
    QVERIFY(shown);
    QCOMPARE(shown->text(),
        QStringLiteral("Matched as (with everything under it):\n~/secret → %1/secret\n/srv/x/ → /srv/x\n"
                       "~/link → %1/secret\n/srv/plain (as typed)")
            .arg(home));
    dialog.save();
    // Stored as typed, blanks gone; matched as shown.
    QCOMPARE(Settings().excludedProjects(),
        (QStringList { QStringLiteral("~/secret"), QStringLiteral("/srv/x/"), QStringLiteral("~/link"),
            QStringLiteral("/srv/plain") }));
    QVERIFY(Settings().isProjectExcluded(home + QStringLiteral("/secret/sub")));
    QVERIFY(!Settings().isProjectExcluded(home + QStringLiteral("/secret2")));
}

// The usage guard's three numbers: defaults 80 %, 90 % and off, saved as set.
void TestSettingsDialog::usageGuardThresholds()
{
    QFile::remove(AppPaths::settingsPath()); // a previous run's choices: the defaults are under test
    Settings settings;
    SettingsDialog dialog(&settings);
    QList<QSpinBox *> boxes;
    for (QSpinBox *box : dialog.findChildren<QSpinBox *>())
        if (box->suffix() == QLatin1String(" %") || box->specialValueText() == QLatin1String("off"))
            boxes << box;
    QCOMPARE(boxes.size(), 3);
    QCOMPARE(boxes[0]->value(), 80);
    QCOMPARE(boxes[1]->value(), 90);
    QCOMPARE(boxes[2]->value(), 0);
    QCOMPARE(boxes[2]->text(), QStringLiteral("off"));
    boxes[0]->setValue(70);
    boxes[1]->setValue(95);
    boxes[2]->setValue(2000000);
    dialog.save();
    const Settings reread;
    QCOMPARE(reread.pauseAtFiveHourPercent(), 70);
    QCOMPARE(reread.pauseAtWeeklyPercent(), 95);
    QCOMPARE(reread.dailyTokenBudget(), 2000000);
}

void TestSettingsDialog::badRedactionPatternIsRefusedWithTheReason()
{
    QFile::remove(AppPaths::captureSettingsPath(AppPaths::settingsPath())); // a previous run's choices
    Settings settings;
    QVERIFY(settings.redactSecrets()); // on by default
    SettingsDialog dialog(&settings);
    auto *patterns = dialog.findChild<QPlainTextEdit *>(QStringLiteral("redactPatterns"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("redactProblem"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(patterns && problem && buttons);
    patterns->setPlainText(QStringLiteral("corp-[0-9a-f]{8}\ncorp-("));
    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    buttons->button(QDialogButtonBox::Save)->click();
    QCOMPARE(saved.count(), 0);
    QVERIFY(!problem->isHidden());
    QVERIFY2(
        problem->text().contains(QLatin1String("corp-(")) && problem->text().contains(QLatin1String("not a valid")),
        qPrintable(problem->text()));
    QVERIFY(Settings().redactPatterns().isEmpty());

    patterns->setPlainText(QStringLiteral("corp-[0-9a-f]{8}"));
    auto *on = dialog.findChild<QCheckBox *>(QStringLiteral("redactSecrets"));
    QVERIFY(on);
    on->setChecked(false);
    dialog.save();
    QCOMPARE(Settings().redactPatterns(), QStringList { QStringLiteral("corp-[0-9a-f]{8}") });
    QVERIFY(!Settings().redactSecrets());
}

// Batching: defaults 12 events and 90 s, observe immediately off; when it is
// on, the two numbers do not apply and cannot be edited.
void TestSettingsDialog::batchingNumbers()
{
    QFile::remove(AppPaths::settingsPath()); // a previous run's choices: the defaults are under test
    Settings settings;
    SettingsDialog dialog(&settings);
    auto *immediately = dialog.findChild<QCheckBox *>(QStringLiteral("observeImmediately"));
    auto *maxEvents = dialog.findChild<QSpinBox *>(QStringLiteral("batchMaxEvents"));
    auto *maxWait = dialog.findChild<QSpinBox *>(QStringLiteral("batchMaxWaitSeconds"));
    QVERIFY(immediately && maxEvents && maxWait);
    QVERIFY(!immediately->isChecked());
    QCOMPARE(maxEvents->value(), 12);
    QCOMPARE(maxWait->value(), 90);
    QCOMPARE(maxEvents->maximum(), 100);
    maxEvents->setValue(30);
    maxWait->setValue(20);
    dialog.save();
    QCOMPARE(Settings().batchSize(), 30);
    QCOMPARE(Settings().batchMaxWaitSeconds(), 20);
    immediately->setChecked(true);
    QVERIFY(!maxEvents->isEnabled() && !maxWait->isEnabled());
    dialog.save();
    const Settings reread;
    QVERIFY(reread.observeImmediately());
    QCOMPARE(reread.batchSize(), 1); // one event is enough: today's behaviour
    QCOMPARE(reread.batchMaxEvents(), 30); // kept for when it is turned off again
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
