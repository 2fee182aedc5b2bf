// Settings → Projects as a user works it: two projects listed with their
// counts, one merged into the other and named; after the app refiles the
// merged rows, the window's project filter shows one project, by its name,
// with the summed count, and the memory is still filed under its path.
#include "core/platform/AppPaths.h"
#include "core/platform/Settings.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"
#include "core/store/ProjectRecompute.h"
#include "gui/ObservationsPage.h"
#include "gui/SettingsDialog.h"
#include "gui/StoreWorker.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestProjectSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mergeAndRenameReachTheWindow();

private:
    static void seed(const QSqlDatabase &db, const QString &project, int observations);
};

void TestProjectSettings::seed(const QSqlDatabase &db, const QString &project, int observations)
{
    QList<Observation> list;
    for (int i = 0; i < observations; ++i) {
        Observation o;
        o.userSessionId = QStringLiteral("s-") + project;
        o.project = project;
        o.title = QStringLiteral("finding %1").arg(i);
        o.narrative = QStringLiteral("narrative");
        o.createdAt = 1000 + i;
        list << o;
    }
    QString error;
    QVERIFY2(ObservationStore(db).commitAnswer(list, {}, {}, 0, &error), qPrintable(error));
}

void TestProjectSettings::mergeAndRenameReachTheWindow()
{
    QDir(AppPaths::dataDir()).removeRecursively();
    QFile::remove(AppPaths::captureSettingsPath(AppPaths::settingsPath()));
    QTemporaryDir folders;
    const QString shop = QFileInfo(folders.path()).canonicalFilePath() + QStringLiteral("/shop");
    const QString old = QFileInfo(folders.path()).canonicalFilePath() + QStringLiteral("/shop-old");
    QVERIFY(QDir().mkpath(shop) && QDir().mkpath(old));
    Database db(AppPaths::databasePath());
    QVERIFY2(db.open(), qPrintable(db.error()));
    seed(db.connection(), shop, 3);
    seed(db.connection(), old, 2);

    Settings settings;
    SettingsDialog dialog(&settings);
    dialog.setProjectCounts(ObservationStore(db.connection()).counts().perProject);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("projectList"));
    auto *into = dialog.findChild<QComboBox *>(QStringLiteral("mergeInto"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("projectName"));
    QVERIFY(list && into && name);
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(1)->text().contains(old) && list->item(1)->text().contains(QStringLiteral("(2 observation")));

    list->setCurrentRow(1); // shop-old …
    into->setCurrentIndex(into->findData(shop)); // … is one with shop
    dialog.findChild<QPushButton *>(QStringLiteral("mergeProjects"))->click();
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("(5 observation")), qPrintable(list->item(0)->text()));
    list->setCurrentRow(0);
    name->setText(QStringLiteral("Shop"));
    dialog.findChild<QPushButton *>(QStringLiteral("renameProject"))->click();
    // (Plural forms come from the translation files, which this test does not load.)
    QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("Shop — %1 (5 observation").arg(shop)),
        qPrintable(list->item(0)->text()));

    QSignalSpy merged(&dialog, &SettingsDialog::projectsChanged);
    dialog.save();
    QCOMPARE(merged.count(), 1); // the app refiles on this (Pipeline::refileProjects)
    QCOMPARE(QString::fromStdString(Settings().projectMap().resolve(old.toStdString())), shop);

    QString error;
    ProjectRecompute refile(db.connection()); // what the Pipeline's refiler runs
    QVERIFY2(refile.runAll(&error), qPrintable(error));
    const QMap<QString, qint64> counts = ObservationStore(db.connection()).counts().perProject;
    QCOMPARE(counts.keys(), QStringList { shop }); // filed under the path, not the name

    StoreWorker store;
    ObservationsPage page(&store);
    page.setProjects(counts.keys(), counts, Settings().projectNames());
    auto *filter = page.findChild<QComboBox *>();
    QCOMPARE(filter->count(), 2); // All projects, and the one
    QCOMPARE(filter->itemText(1), QStringLiteral("Shop (5)"));
    QCOMPARE(filter->itemData(1).toString(), shop);
}

QTEST_MAIN(TestProjectSettings)
#include "tst_project_settings.moc"
