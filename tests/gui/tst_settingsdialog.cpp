// The Settings dialog shows each excluded project as the hook will match it.
#include "core/platform/Settings.h"
#include "gui/SettingsDialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QtTest>

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void excludedProjectsShowHowTheyMatch();
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

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
