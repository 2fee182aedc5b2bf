// The window from the keyboard (issue 17, problem 5), on a real X display:
// Ctrl+F, Esc, Ctrl+W, Ctrl+1/2/3, Ctrl+Tab, Tab through every page without
// being trapped in a table, and mnemonics on the buttons.
#include "core/platform/AppPaths.h"
#include "core/status/StatusModel.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"
#include "gui/HiddenSessionsPage.h"
#include "gui/MainWindow.h"
#include "gui/ObservationsModel.h"
#include "gui/ObservationsPage.h"
#include "gui/StatusPage.h"
#include "gui/StoreWorker.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

namespace {
void seed()
{
    Database db(AppPaths::databasePath());
    QVERIFY(db.open());
    QList<Observation> batch;
    for (int i = 0; i < 5; ++i) {
        Observation o;
        o.userSessionId = QStringLiteral("s%1").arg(i);
        o.project = QStringLiteral("/home/alice/notes");
        o.type = QStringLiteral("discovery");
        o.title = QStringLiteral("Observation %1").arg(i);
        o.narrative = QStringLiteral("Narrative %1.").arg(i);
        o.createdAt = 1764000000000 + i * 60000;
        batch << o;
    }
    QString error;
    QVERIFY2(ObservationStore(db.connection()).commitAnswer(batch, {}, {}, 0, &error), qPrintable(error));
}

QueuedEvent parked(qint64 id)
{
    QueuedEvent e;
    e.id = id;
    e.kind = QStringLiteral("post-tool-use");
    e.project = QStringLiteral("/home/alice/notes");
    e.attempts = 5;
    e.lastError = QStringLiteral("observer exited with code 1");
    return e;
}

HiddenEntry hidden(qint64 id)
{
    HiddenEntry e;
    e.id = id;
    e.originalPath = QStringLiteral("/home/alice/.claude/projects/-home-alice-notes/%1.jsonl").arg(id);
    e.reason = QStringLiteral("observer session");
    e.size = 1000;
    return e;
}
} // namespace

class TestWindowKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlFFocusesSearch();
    void escClearsTheSearchThenClosesTheWindow();
    void ctrlWCloses();
    void ctrlNumberAndCtrlTabSwitchPages();
    void tabLeavesEveryTable_data();
    void tabLeavesEveryTable();
    void buttonsHaveMnemonics();

private:
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QLineEdit *search() const { return m_window->observationsPage()->findChild<QLineEdit *>(); }

    StatusModel m_model;
    StoreWorker *m_store = nullptr;
    MainWindow *m_window = nullptr;
};

void TestWindowKeys::initTestCase()
{
    QDir(AppPaths::dataDir()).removeRecursively();
    QApplication::setQuitOnLastWindowClosed(false); // as the app: it lives in the tray
    seed();
}

void TestWindowKeys::init()
{
    m_store = new StoreWorker;
    ObservationCounts counts;
    counts.perProject.insert(QStringLiteral("/home/alice/notes"), 5);
    m_model.setCounts(counts);
    m_window = new MainWindow(&m_model, m_store);
    m_window->statusPage()->setParked({ parked(1), parked(2) });
    m_window->hiddenPage()->setEntries({ hidden(1), hidden(2) });
    m_window->observationsPage()->reload();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_COMPARE(m_window->observationsPage()->model()->rowCount(), 5);
}

void TestWindowKeys::cleanup()
{
    delete m_window;
    delete m_store;
}

// Keys go where a person's keys go: to the widget with the focus.
void TestWindowKeys::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window;
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestWindowKeys::ctrlFFocusesSearch()
{
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->statusPage());
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->observationsPage());
    QTRY_COMPARE(QApplication::focusWidget(), search());
}

void TestWindowKeys::escClearsTheSearchThenClosesTheWindow()
{
    press(Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), search());
    QTest::keyClicks(search(), QStringLiteral("pagin"));
    press(Qt::Key_Escape);
    QCOMPARE(search()->text(), QString());
    QVERIFY(m_window->isVisible());
    press(Qt::Key_Escape);
    QTRY_VERIFY(!m_window->isVisible());
}

void TestWindowKeys::ctrlWCloses()
{
    m_window->tabs()->setCurrentWidget(m_window->hiddenPage());
    press(Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->isVisible());
}

void TestWindowKeys::ctrlNumberAndCtrlTabSwitchPages()
{
    press(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), 1);
    press(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), 2);
    press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), 0);
    // From inside a table too, which takes most keys for itself.
    press(Qt::Key_2, Qt::ControlModifier);
    auto *table = m_window->observationsPage()->findChild<QTableView *>();
    table->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), table);
    press(Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), 2);
    press(Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), 0);
    press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), 2);
}

void TestWindowKeys::tabLeavesEveryTable_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("status") << 0;
    QTest::newRow("observations") << 1;
    QTest::newRow("hidden sessions") << 2;
}

// The issue counted 13 presses walking cells; now each table takes one.
void TestWindowKeys::tabLeavesEveryTable()
{
    QFETCH(int, page);
    m_window->tabs()->setCurrentIndex(page);
    const QList<QTableView *> tables = m_window->tabs()->widget(page)->findChildren<QTableView *>();
    QVERIFY(!tables.isEmpty());
    for (QTableView *table : tables) {
        QVERIFY(table->model()->rowCount() > 0);
        table->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), table);
        table->setCurrentIndex(table->model()->index(0, 0));
        press(Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() != table, table->objectName().toUtf8() + " kept the focus");
    }
}

// A mnemonic clicks through QAbstractButton::animateClick: a short timer.
void TestWindowKeys::buttonsHaveMnemonics()
{
    QSignalSpy check(m_window->statusPage(), &StatusPage::checkSignInRequested);
    QSignalSpy retry(m_window->statusPage(), &StatusPage::retryRequested);
    auto *parkedTable = m_window->statusPage()->findChildren<QTableView *>().constLast();
    parkedTable->selectRow(1);
    press(Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(check.size(), 1);
    press(Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(retry.size(), 1);
    QCOMPARE(retry.constFirst().constFirst().toLongLong(), 2);

    m_window->tabs()->setCurrentWidget(m_window->hiddenPage());
    QSignalSpy restore(m_window->hiddenPage(), &HiddenSessionsPage::restoreRequested);
    m_window->hiddenPage()->findChild<QTableView *>()->selectRow(0);
    press(Qt::Key_R, Qt::AltModifier); // Restore selected, not the Status page's Retry
    QTRY_COMPARE(restore.size(), 1);
    QCOMPARE(restore.constFirst().constFirst().value<QList<qint64>>(), QList<qint64> { 1 });
    QCOMPARE(retry.size(), 1);
    press(Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(restore.size(), 2);
    QVERIFY(restore.constLast().constFirst().value<QList<qint64>>().isEmpty()); // all
}

QTEST_MAIN(TestWindowKeys)
#include "tst_window_keys.moc"
