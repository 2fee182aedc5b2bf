// The Observations page with one long project path (issue 17, problem 4), on
// a real X display (with-tray-host.sh): the window stays as narrow as without
// it, projects show by a short name with the full path in a tooltip, Title
// takes the room, every cut cell has a tooltip and a click never scrolls
// Time and Title away. Leaves build/screenshots/observations-long-project.png.
#include "core/platform/AppPaths.h"
#include "core/status/StatusModel.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"
#include "gui/HiddenSessionsPage.h"
#include "gui/MainWindow.h"
#include "gui/ObservationsModel.h"
#include "gui/ObservationsPage.h"
#include "gui/StoreWorker.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolTip>
#include <QtTest>

namespace {
// 150 characters, as a deep checkout under a client folder.
QString longProject()
{
    QString path = QStringLiteral("/home/alice/work/clients/northwind-trading-company/engagements/2026-q3/"
                                  "platform-modernisation/repositories/");
    path += QString(150 - path.size() - 17, QLatin1Char('x')) + QStringLiteral("/webshop-frontend");
    return path;
}
const QString kShortProject = QStringLiteral("/home/alice/notes");

void seed()
{
    Database db(AppPaths::databasePath());
    QVERIFY(db.open());
    QList<Observation> batch;
    for (int i = 0; i < 30; ++i) {
        Observation o;
        o.userSessionId = QStringLiteral("s%1").arg(i);
        o.project = i % 2 ? longProject() : kShortProject;
        o.type = QStringLiteral("discovery");
        o.title = QStringLiteral("Checkout pagination skipped the last page when the page size divided the "
                                 "total evenly (%1)")
                      .arg(i);
        o.narrative = QStringLiteral("What happened and why it matters.");
        o.createdAt = QDateTime(QDate(2026, 11, 30), QTime(9, 0)).toMSecsSinceEpoch() + i * 60000;
        batch << o;
    }
    QString error;
    QVERIFY2(ObservationStore(db.connection()).commitAnswer(batch, {}, {}, 0, &error), qPrintable(error));
}

bool notBlank(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return colours.size() > 20;
}
} // namespace

class TestObservationsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void longProjectPathKeepsTheWindowNarrow();
    void projectsShowByShortNameWithFullPathInTooltip();
    void sameProjectsKeepTheOpenList();
    void titleTakesTheRoom();
    void elidedCellsHaveTooltips();
    void clickingACellKeepsTimeAndTitleInView();
    void screenshot();

private:
    QTableView *table() const { return m_window->observationsPage()->findChild<QTableView *>(); }
    QComboBox *projectBox() const { return m_window->observationsPage()->findChild<QComboBox *>(); }
    void showObservations();

    StatusModel m_model;
    StoreWorker *m_store = nullptr;
    MainWindow *m_window = nullptr;
};

void TestObservationsPage::initTestCase()
{
    QDir(AppPaths::dataDir()).removeRecursively();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(longProject().size(), 150);
    seed();
}

void TestObservationsPage::init()
{
    m_store = new StoreWorker;
    m_window = new MainWindow(&m_model, m_store);
}

void TestObservationsPage::cleanup()
{
    delete m_window;
    delete m_store;
}

void TestObservationsPage::showObservations()
{
    m_window->observationsPage()->setProjects({ kShortProject, longProject() });
    m_window->tabs()->setCurrentWidget(m_window->observationsPage());
    m_window->resize(900, 620);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->observationsPage()->reload();
    QTRY_COMPARE(m_window->observationsPage()->model()->rowCount(), 30);
}

// The issue measured 1,145 px: the project box took the longest path's width.
// The issue measured 1,145 px: the project box took the longest path's width.
// The app fills the box before the window first shows, so does this test.
void TestObservationsPage::longProjectPathKeepsTheWindowNarrow()
{
    const int without = MainWindow(&m_model, m_store).minimumSizeHint().width();
    m_window->observationsPage()->setProjects({ kShortProject, longProject() });
    m_window->tabs()->setCurrentWidget(m_window->observationsPage());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    const int with = m_window->minimumSizeHint().width();
    qInfo("window minimum width: %d px without the long path, %d px with it", without, with);
    QVERIFY2(with <= without, qPrintable(QStringLiteral("%1 > %2").arg(with).arg(without)));
    QVERIFY(with < 900); // the window opens at 900 px
    // At its narrowest the search field keeps room for its placeholder, not "S…".
    m_window->resize(with, 620);
    QTRY_COMPARE(m_window->width(), with);
    QCoreApplication::processEvents();
    QLineEdit *search = m_window->observationsPage()->findChild<QLineEdit *>();
    QVERIFY2(search->width() >= search->fontMetrics().horizontalAdvance(search->placeholderText()),
        qPrintable(QString::number(search->width())));
}

void TestObservationsPage::projectsShowByShortNameWithFullPathInTooltip()
{
    showObservations();
    QComboBox *box = projectBox();
    const int item = box->findData(longProject());
    QVERIFY(item > 0);
    const QString name = box->itemText(item);
    QVERIFY2(name.size() <= 40 && name.endsWith(QLatin1String("webshop-frontend")), qPrintable(name));
    QCOMPARE(box->itemData(item, Qt::ToolTipRole).toString(), longProject());
    box->setCurrentIndex(item);
    QCOMPARE(box->toolTip(), longProject());
    QTRY_COMPARE(m_window->observationsPage()->model()->rowCount(), 15);

    ObservationsModel *model = m_window->observationsPage()->model();
    const QModelIndex cell = model->index(0, ObservationsModel::Project);
    QCOMPARE(cell.data().toString(), name);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), longProject());
}

// The app passes the projects on every status change (counts, sign-in, queue):
// the same list must not be rebuilt under a user who has it open.
void TestObservationsPage::sameProjectsKeepTheOpenList()
{
    showObservations();
    QComboBox *box = projectBox();
    const int items = box->count();
    box->showPopup();
    QTRY_VERIFY(box->view()->isVisible());
    QSignalSpy removed(box->model(), &QAbstractItemModel::rowsRemoved);
    m_window->observationsPage()->setProjects({ kShortProject, longProject() });
    QCOMPARE(removed.count(), 0);
    QVERIFY(box->view()->isVisible());
    box->hidePopup();
    m_window->observationsPage()->setProjects({ kShortProject, longProject(), QStringLiteral("/home/u/new") });
    QVERIFY(removed.count() > 0); // a new project: the list is rebuilt
    QCOMPARE(box->count(), items + 1);
}

void TestObservationsPage::titleTakesTheRoom()
{
    showObservations();
    QHeaderView *header = table()->horizontalHeader();
    const int title = header->sectionSize(ObservationsModel::Title);
    for (int c : { ObservationsModel::Time, ObservationsModel::Type, ObservationsModel::Project })
        QVERIFY2(title > header->sectionSize(c), qPrintable(QStringLiteral("column %1").arg(c)));
    QVERIFY2(title * 100 >= table()->viewport()->width() * 40, qPrintable(QString::number(title)));
    QCOMPARE(table()->horizontalScrollBar()->maximum(), 0); // all columns fit
}

// A cell cut short shows its full text on hover: in the observations table and
// in the hidden sessions' "Why".
void TestObservationsPage::elidedCellsHaveTooltips()
{
    showObservations();
    QTableView *view = table();
    for (int column = 0; column < ObservationsModel::ColumnCount; ++column) {
        const QModelIndex cell = view->model()->index(0, column);
        QStyleOptionViewItem option;
        option.initFrom(view);
        const bool elided
            = view->itemDelegateForIndex(cell)->sizeHint(option, cell).width() > view->visualRect(cell).width();
        if (elided)
            QVERIFY2(!cell.data(Qt::ToolTipRole).toString().isEmpty(), qPrintable(QString::number(column)));
    }
    QCOMPARE(view->model()->index(0, ObservationsModel::Title).data(Qt::ToolTipRole).toString(),
        view->model()->index(0, ObservationsModel::Title).data().toString());

    HiddenSessionsPage *hidden = m_window->hiddenPage();
    HiddenEntry entry;
    entry.id = 1;
    entry.originalPath = QStringLiteral("/home/alice/.claude/projects/-home-alice-notes/0b7c.jsonl");
    entry.reason = QStringLiteral("observer session: its first prompt is Observer Tray's observer prompt, and its "
                                  "session id is in the observer runs table (run 42, 2026-11-30)");
    hidden->setEntries({ entry });
    m_window->tabs()->setCurrentWidget(hidden);
    auto *why = hidden->findChild<QTableWidget *>();
    QTRY_VERIFY(why->isVisible());
    const QRect rect = why->visualRect(why->model()->index(0, 1));
    QVERIFY(why->fontMetrics().horizontalAdvance(entry.reason) > rect.width()); // it is cut
    QHelpEvent hover(QEvent::ToolTip, rect.center(), why->viewport()->mapToGlobal(rect.center()));
    QCoreApplication::sendEvent(why->viewport(), &hover);
    QTRY_COMPARE(QToolTip::text(), entry.reason);
    QToolTip::hideText();
}

void TestObservationsPage::clickingACellKeepsTimeAndTitleInView()
{
    showObservations();
    m_window->resize(m_window->minimumSizeHint().width(), 620);
    QTableView *view = table();
    QTRY_COMPARE(m_window->width(), m_window->minimumSizeHint().width());
    QCoreApplication::processEvents(); // the table lays out its columns
    const int x = view->columnViewportPosition(ObservationsModel::Project) + 5;
    const int y = view->rowViewportPosition(1) + 3;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(x, y));
    QCOMPARE(view->currentIndex().row(), 1);
    QCOMPARE(view->horizontalScrollBar()->value(), 0);
    QCOMPARE(view->columnViewportPosition(ObservationsModel::Time), 0);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->horizontalScrollBar()->value(), 0);
}

void TestObservationsPage::screenshot()
{
    showObservations();
    table()->selectRow(1);
    QCoreApplication::processEvents();
    const QImage shot = QGuiApplication::primaryScreen()->grabWindow(0).toImage();
    const QString dir = QStringLiteral(OT_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QVERIFY(shot.save(dir + QStringLiteral("/observations-long-project.png")));
    QVERIFY(notBlank(shot));
}

QTEST_MAIN(TestObservationsPage)
#include "tst_observations_page.moc"
