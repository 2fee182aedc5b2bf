// "A claude-mem user imports their history in one click and finds it in
// search" (issue 16), as the running app shows it: on first start with
// ~/.claude-mem/claude-mem.db there, the Setup tab and the tray menu offer
// "Bring your claude-mem memory: N observations, M summaries"; one click on
// the button imports it, says what could not be mapped, and the offer goes,
// also at the next start. A damaged or locked file says why and imports nothing; the
// peer's file is byte-identical afterwards either way.
#include "ClaudeMemPeer.h"
#include "core/platform/AppPaths.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"
#include "gui/AppController.h"
#include "gui/MainWindow.h"
#include "gui/ObservationsModel.h"
#include "gui/ObservationsPage.h"
#include "gui/SetupChecklist.h"
#include "gui/TrayIcon.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QtTest>

class TestClaudeMemOffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void firstStartImportsInOneClick();
    void damagedPeerSaysWhyAndImportsNothing_data();
    void damagedPeerSaysWhyAndImportsNothing();

private:
    static QString peerPath() { return QDir::homePath() + QStringLiteral("/.claude-mem/claude-mem.db"); }
    static qint64 count(const QString &sql);
    static QAction *menuAction(QMenu *menu, const QString &startsWith);
    static QAction *windowMenuAction(MainWindow *window, const QString &startsWith);
};

void TestClaudeMemOffer::init()
{
    // It empties the data folder and ~/.claude-mem: only ever the sandbox ctest gives it.
    if (qEnvironmentVariableIsEmpty("OBSERVER_TRAY_DATA_DIR")
        || !QDir::homePath().startsWith(QStringLiteral(OT_BINARY_DIR)))
        QFAIL("run through ctest: HOME and OBSERVER_TRAY_DATA_DIR must point into the build tree");
    for (const QString &dir : { AppPaths::dataDir(), AppPaths::runtimeDir(), AppPaths::configDir(),
             QDir::homePath() + QStringLiteral("/.claude-mem") })
        QDir(dir).removeRecursively();
}

qint64 TestClaudeMemOffer::count(const QString &sql)
{
    Database db(AppPaths::databasePath());
    if (!db.open())
        return -1;
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QAction *TestClaudeMemOffer::menuAction(QMenu *menu, const QString &startsWith)
{
    for (QAction *a : menu->actions())
        if (a->text().startsWith(startsWith))
            return a;
    return nullptr;
}

QAction *TestClaudeMemOffer::windowMenuAction(MainWindow *window, const QString &startsWith)
{
    for (QAction *top : window->menuBar()->actions())
        if (QAction *a = top->menu() ? menuAction(top->menu(), startsWith) : nullptr)
            return a;
    return nullptr;
}

void TestClaudeMemOffer::firstStartImportsInOneClick()
{
    QVERIFY(ClaudeMemPeer::make(peerPath()));
    const QByteArray before = ClaudeMemPeer::digest(peerPath());
    {
        AppController app;
        QVERIFY(app.start());
        // First start: the window opens on Setup, which offers the memory with its counts.
        QCOMPARE(app.window()->tabs()->currentWidget(), app.setup());
        auto *button = app.setup()->findChild<QPushButton *>(QStringLiteral("claudeMemImport"));
        auto *text = app.setup()->findChild<QLabel *>(QStringLiteral("claudeMemText"));
        QVERIFY2(button && text, "the Setup tab has no claude-mem offer");
        const QString offer = QStringLiteral("Bring your claude-mem memory: 1 observations, 1 summaries");
        QTRY_VERIFY_WITH_TIMEOUT(button->isVisible() && text->text().startsWith(offer), 10000);
        QAction *inTray = menuAction(app.tray()->menu(), offer); // and the tray menu, for a window closed
        QVERIFY(inTray && inTray->isVisible());

        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(text->text().startsWith(QLatin1String("Imported")), 10000);
        QCOMPARE(text->text(),
            QStringLiteral("Imported 1 observations, 1 summaries from claude-mem; 1 could not be mapped: no session "
                           "or nothing readable (1)."));
        QVERIFY(!button->isVisible()); // the offer goes
        QVERIFY(!inTray->isVisible());
        // Found in search, by the store and on the Observations page.
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM observations_fts WHERE observations_fts MATCH 'flaky'")), 1);
        {
            Database db(AppPaths::databasePath());
            QVERIFY(db.open());
            QCOMPARE(ObservationStore(db.connection()).search(QStringLiteral("flaky login")).size(), 1);
        }
        ObservationsPage *page = app.window()->observationsPage();
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->observation(0).title, QStringLiteral("Fixed the flaky login test"));
        // Imported memory proves nothing about capture: the first-start lines stay open.
        QTRY_COMPARE(app.model()->counts().total, qint64(1));
        QVERIFY(!app.setup()->isDone(SetupChecklist::FirstSession));
        QVERIFY(!app.setup()->isDone(SetupChecklist::FirstObservation));

        // Later, from the window's menu: the same import, nothing stored twice.
        QAction *again = windowMenuAction(app.window(), QStringLiteral("Import claude-mem memory"));
        QVERIFY(again);
        again->trigger();
        QTRY_VERIFY(app.window()->statusBar()->currentMessage().contains(
            QLatin1String("Imported 0 observations, 0 summaries from claude-mem (2 were stored already)")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM observations")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM summaries")), 1);
        app.quit();
    }
    QCOMPARE(ClaudeMemPeer::digest(peerPath()), before); // read-only: not a byte of the peer's files changed

    // The next start remembers: no offer.
    AppController next;
    QVERIFY(next.start());
    auto *panel = next.setup()->findChild<QWidget *>(QStringLiteral("claudeMemOffer"));
    QVERIFY(panel);
    QAction *inTray = menuAction(next.tray()->menu(), QStringLiteral("Bring your claude-mem memory"));
    QVERIFY(inTray);
    QTRY_VERIFY(!inTray->isVisible()); // seen at once (the file is there), taken back once the database said so
    QVERIFY(!panel->isVisibleTo(next.setup()));
    // Still nothing captured: the next start opens on Setup again, not on an imported memory.
    QTRY_COMPARE(next.window()->tabs()->currentWidget(), next.setup());
    next.quit();
}

void TestClaudeMemOffer::damagedPeerSaysWhyAndImportsNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("says");
    QTest::newRow("damaged") << "damaged"
                             << "file is not a database";
    QTest::newRow("locked") << "locked"
                            << "locked"; // claude-mem's worker mid-write
}

void TestClaudeMemOffer::damagedPeerSaysWhyAndImportsNothing()
{
    QFETCH(QString, damage);
    QFETCH(QString, says);
    QVERIFY(ClaudeMemPeer::make(peerPath(), damage != QLatin1String("locked"))); // WAL: a writer never blocks a reader
    if (damage == QLatin1String("damaged")) {
        QFile f(peerPath());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.write(QByteArray(4096, '\x5a')) == 4096); // the header and the first pages gone
    }
    const QByteArray before = ClaudeMemPeer::digest(peerPath());
    QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    holder.setDatabaseName(peerPath());
    QSqlQuery lock(holder);
    if (damage == QLatin1String("locked"))
        QVERIFY(holder.open() && lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    {
        AppController app;
        QVERIFY(app.start());
        auto *button = app.setup()->findChild<QPushButton *>(QStringLiteral("claudeMemImport"));
        auto *text = app.setup()->findChild<QLabel *>(QStringLiteral("claudeMemText"));
        QVERIFY2(button && text, "the Setup tab has no claude-mem offer");
        QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), 10000);
        QVERIFY2(text->text().startsWith(QLatin1String("Bring your claude-mem memory from")), qPrintable(text->text()));

        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(text->text().startsWith(QLatin1String("Cannot import")), 10000);
        QVERIFY2(text->text().contains(says) && text->text().contains(QLatin1String("nothing was imported")),
            qPrintable(text->text()));
        QVERIFY(button->isVisible() && button->isEnabled()); // it can be tried again once claude-mem is done
        QCOMPARE(button->text(), QStringLiteral("Try again"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM observations")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM summaries")), 0);
        app.quit();
    }
    lock.exec(QStringLiteral("ROLLBACK"));
    lock.finish();
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QCOMPARE(ClaudeMemPeer::digest(peerPath()), before);
}

QTEST_MAIN(TestClaudeMemOffer)
#include "tst_claudememoffer.moc"
