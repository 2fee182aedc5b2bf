// Memory the user controls, as the running app shows it: memory recorded
// before worktrees shared one project is refiled in the background at start;
// the Observations page deletes observations and forgets a project, each
// after a confirmation naming the count.
#include "GitRepos.h"
#include "OldDatabase.h"
#include "core/platform/AppPaths.h"
#include "core/platform/Settings.h"
#include "core/queue/EventQueue.h"
#include "core/status/StatusModel.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"
#include "gui/AppController.h"
#include "gui/MainWindow.h"
#include "gui/ObservationsModel.h"
#include "gui/ObservationsPage.h"
#include "gui/TrayIcon.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

class TestMemoryControl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void oldMemoryIsRefiledUnderItsRepository();
    void windowDeletesSelectedObservations();
    void windowForgetsAProject();
    void trayPausesTheLatestProject();

private:
    static void seed(const QString &project, int count);
    static qint64 count(const QString &sql);
    // Answers the next question box with Yes, keeping its text.
    void answerYes();
    QString m_question;
    QString at(const QString &relative) const { return m_root + QLatin1Char('/') + relative; }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
};

void TestMemoryControl::init()
{
    // It empties the data folder: only ever the sandbox ctest gives it.
    if (qEnvironmentVariableIsEmpty("OBSERVER_TRAY_DATA_DIR")
        || qEnvironmentVariableIsEmpty("OBSERVER_TRAY_CONFIG_DIR"))
        QFAIL("run through ctest: OBSERVER_TRAY_DATA_DIR and OBSERVER_TRAY_CONFIG_DIR must point into the build tree");
    for (const QString &dir : { AppPaths::dataDir(), AppPaths::runtimeDir(), AppPaths::configDir() })
        QDir(dir).removeRecursively();
    QVERIFY(QDir().mkpath(AppPaths::dataDir()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_root = QFileInfo(m_dir->path()).canonicalFilePath();
}

void TestMemoryControl::oldMemoryIsRefiledUnderItsRepository()
{
    const QString repo = at(QStringLiteral("repo"));
    QVERIFY(GitRepos::init(repo));
    QVERIFY(GitRepos::addWorktree(repo, at(QStringLiteral("repo-wt"))));
    QVERIFY(QDir().mkpath(repo + QStringLiteral("/sub")));
    QVERIFY(OldDatabase::make(
        AppPaths::databasePath(), 2, { at(QStringLiteral("repo-wt")), repo + QStringLiteral("/sub"), repo }, 3));

    AppController app;
    QVERIFY(app.start());
    const QMap<QString, qint64> expected { { repo, 9 } };
    QTRY_COMPARE_WITH_TIMEOUT(app.model()->counts().perProject, expected, 30000);
    app.quit();
}

void TestMemoryControl::seed(const QString &project, int count)
{
    Database db(AppPaths::databasePath());
    QVERIFY2(db.open(), qPrintable(db.error()));
    QList<Observation> list;
    for (int i = 0; i < count; ++i) {
        Observation o;
        o.userSessionId = QStringLiteral("s-") + project;
        o.project = project;
        o.title = QStringLiteral("heron %1 %2").arg(project).arg(i);
        o.createdAt = 1000 + i;
        list << o;
    }
    QString error;
    QVERIFY2(ObservationStore(db.connection()).commitAnswer(list, {}, {}, 0, &error), qPrintable(error));
}

qint64 TestMemoryControl::count(const QString &sql)
{
    Database db(AppPaths::databasePath());
    if (!db.open())
        return -1;
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestMemoryControl::answerYes()
{
    m_question.clear();
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        m_question = box->text();
        timer->deleteLater();
        box->button(QMessageBox::Yes)->click();
    });
    timer->start(20);
}

void TestMemoryControl::windowDeletesSelectedObservations()
{
    seed(QStringLiteral("/p/one"), 4);
    AppController app;
    QVERIFY(app.start());
    ObservationsPage *page = app.window()->observationsPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 4, 10000);
    page->table()->selectRow(0);
    page->table()->selectionModel()->select(
        page->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QAction *remove = page->table()->actions().value(0);
    QVERIFY(remove);
    QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
    answerYes();
    remove->trigger();
    QVERIFY2(m_question.contains(QLatin1String("Delete 2 selected observations")), qPrintable(m_question));
    QTRY_COMPARE(count(QStringLiteral("SELECT COUNT(*) FROM observations")), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM observations_fts WHERE observations_fts MATCH 'heron'")), 2);
    QTRY_COMPARE(page->model()->rowCount(), 2); // the page shows what is left
    app.quit();
}

void TestMemoryControl::windowForgetsAProject()
{
    seed(QStringLiteral("/p/one"), 3);
    seed(QStringLiteral("/p/two"), 2);
    AppController app;
    QVERIFY(app.start());
    ObservationsPage *page = app.window()->observationsPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 5, 10000);
    int row = 0;
    while (page->model()->observation(row).project != QLatin1String("/p/one"))
        ++row;
    page->table()->selectRow(row);
    QTimer::singleShot(50, this, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *a : menu->actions())
            if (a->text().startsWith(QLatin1String("Forget project /p/one")))
                a->trigger();
        menu->close();
    });
    answerYes();
    emit page->table()->customContextMenuRequested(QPoint(5, 5));
    QTRY_COMPARE(count(QStringLiteral("SELECT COUNT(*) FROM observations")), 2);
    QVERIFY2(m_question.contains(QLatin1String("/p/one: 3 observations, 0 summaries and 0 queued events")),
        qPrintable(m_question));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM observations WHERE project = '/p/two'")), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM observations_fts WHERE observations_fts MATCH 'heron'")), 2);
    const QMap<QString, qint64> left { { QStringLiteral("/p/two"), 2 } };
    QTRY_COMPARE(app.model()->counts().perProject, left); // the counts follow
    app.quit();
}

void TestMemoryControl::trayPausesTheLatestProject()
{
    seed(QStringLiteral("/p/one"), 2);
    {
        Database db(AppPaths::databasePath());
        QVERIFY(db.open());
        QueuedEvent e;
        e.userSessionId = QStringLiteral("s3");
        e.kind = QStringLiteral("session-end");
        e.project = QStringLiteral("/p/three");
        e.payload = "{}";
        e.createdAt = 1;
        QString error;
        QVERIFY2(EventQueue(db.connection()).enqueue(e, &error), qPrintable(error));
    }
    AppController app;
    QVERIFY(app.start());
    QAction *pause = nullptr;
    for (QAction *a : app.tray()->menu()->actions())
        if (a->text() == QLatin1String("Pause memory for this project"))
            pause = a;
    QVERIFY(pause);
    pause->trigger();
    QTRY_COMPARE(Settings().excludedProjects(), QStringList { QStringLiteral("/p/three") });
    QVERIFY(Settings().isProjectExcluded(QStringLiteral("/p/three/src")));
    app.quit();
}

QTEST_MAIN(TestMemoryControl)
#include "tst_memorycontrol.moc"
