// The Settings dialog shows each excluded project as the hook will match it.
#include "core/platform/Settings.h"
#include "gui/SettingsDialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void excludedProjectsShowHowTheyMatch();
    void usageGuardThresholds();
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

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
