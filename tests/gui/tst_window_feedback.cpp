// Every action says what it did (issue 17, problem 6), on a real X display
// with a tray host: sign-in checks and hiding also when nothing changed,
// empty searches, buttons that need a selection, errors and reasons in full,
// local dates in the details, and a hint that names a real menu item.
#include "core/auth/AuthMonitor.h"
#include "core/platform/AppPaths.h"
#include "core/status/StatusModel.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"
#include "gui/AppController.h"
#include "gui/HiddenSessionsPage.h"
#include "gui/MainWindow.h"
#include "gui/ObservationsModel.h"
#include "gui/ObservationsPage.h"
#include "gui/StatusPage.h"
#include "gui/StoreWorker.h"
#include "gui/TrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

namespace {
const qint64 kCreatedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 28)).toMSecsSinceEpoch();
const QString kLongError = QStringLiteral("observer exited with code 1: ")
    + QStringLiteral("API Error: 500 {\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal "
                     "server error\"}} ")
          .repeated(6)
    + QStringLiteral("(end)");

void seed()
{
    Database db(AppPaths::databasePath());
    QVERIFY(db.open());
    Observation o;
    o.userSessionId = QStringLiteral("s1");
    o.project = QStringLiteral("/home/alice/notes");
    o.type = QStringLiteral("decision");
    o.title = QStringLiteral("Chose WAL mode for the queue");
    o.narrative = QStringLiteral("Readers never block the hook.");
    o.createdAt = kCreatedAt;
    QString error;
    QVERIFY2(ObservationStore(db.connection()).commitAnswer({ o }, {}, {}, 0, &error), qPrintable(error));
}

QPushButton *button(QWidget *page, const QString &text)
{
    for (QPushButton *b : page->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')).startsWith(text))
            return b;
    return nullptr;
}

// A read-only text on the page that holds the text in full (to read and copy).
QPlainTextEdit *fullText(QWidget *page, const QString &text)
{
    for (QPlainTextEdit *e : page->findChildren<QPlainTextEdit *>())
        if (e->isVisible() && e->isReadOnly() && e->toPlainText() == text)
            return e;
    return nullptr;
}

ObservationsPage *showObservations(MainWindow &window)
{
    ObservationsPage *page = window.observationsPage();
    window.tabs()->setCurrentWidget(page);
    window.show();
    page->reload();
    return page;
}

QueuedEvent parked(qint64 id)
{
    QueuedEvent e;
    e.id = id;
    e.kind = QStringLiteral("post-tool-use");
    e.project = QStringLiteral("/home/alice/notes");
    e.attempts = 5;
    e.lastError = kLongError;
    return e;
}
} // namespace

class TestWindowFeedback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void checkSignInSaysItRanEvenWhenNothingChanged();
    void hideSaysItRanFromTheTrayMenu();
    void emptySearchSaysSoWithAHint();
    void selectionButtonsNeedASelection();
    void parkedErrorsAndReasonsReadInFullAndCopy();
    void detailsShowLocalDates();
    void signInHintNamesARealMenuItem();
};

void TestWindowFeedback::initTestCase()
{
    for (const QString &dir : { AppPaths::dataDir(), AppPaths::configDir(), AppPaths::runtimeDir() })
        QDir(dir).removeRecursively();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setQuitOnLastWindowClosed(false);
    qputenv("PATH", "/nonexistent"); // no claude: the check's answer is always the same
    seed();
}

// The second check finds what the first found; it still says it ran.
void TestWindowFeedback::checkSignInSaysItRanEvenWhenNothingChanged()
{
    AppController app;
    QVERIFY(app.start());
    QTRY_VERIFY_WITH_TIMEOUT(app.model()->auth().kind == AuthState::CliNotFound, 30000);
    app.openWindow();
    QStatusBar *bar = app.window()->statusBar();
    QPushButton *check = button(app.window()->statusPage(), QStringLiteral("Check sign-in now"));
    QVERIFY(check);
    for (int i = 0; i < 2; ++i) {
        bar->clearMessage();
        check->click();
        QTRY_VERIFY_WITH_TIMEOUT(bar->currentMessage().startsWith(QLatin1String("Sign-in checked at ")), 10000);
        QVERIFY2(bar->currentMessage().endsWith(QLatin1String(": Claude Code CLI not found.")),
            qPrintable(bar->currentMessage()));
    }
    app.quit();
}

// From the tray menu with the window hidden: a notification, and the window's
// status bar says it when it opens.
void TestWindowFeedback::hideSaysItRanFromTheTrayMenu()
{
    AppController app;
    QVERIFY(app.start());
    QTRY_VERIFY_WITH_TIMEOUT(app.model()->auth().kind != AuthState::Unknown, 30000);
    app.window()->hide(); // no hooks here: the first start opened the Setup checklist
    QVERIFY(!app.window()->isVisible());
    app.model()->setHideCandidates(1, 1000); // counted a moment ago, gone since
    QAction *hide = nullptr;
    for (QAction *a : app.tray()->menu()->actions())
        if (a->text().startsWith(QLatin1String("Hide observer sessions")))
            hide = a;
    QVERIFY(hide && hide->isEnabled());
    hide->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(
        app.window()->statusBar()->currentMessage().contains(QLatin1String("Nothing to hide")), true, 10000);
    QWidget *balloon = nullptr;
    QTRY_VERIFY([&] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->inherits("QBalloonTip") && w->isVisible())
                balloon = w;
        return balloon != nullptr;
    }());
    bool said = false;
    for (QLabel *l : balloon->findChildren<QLabel *>())
        said = said || l->text().contains(QLatin1String("Nothing to hide"));
    QVERIFY(said);
    app.quit();
}

void TestWindowFeedback::emptySearchSaysSoWithAHint()
{
    StatusModel model;
    StoreWorker store;
    MainWindow window(&model, &store);
    ObservationsPage *page = showObservations(window);
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QTest::keyClicks(page->findChild<QLineEdit *>(), QStringLiteral("zebra crossing"));
    auto said = [page] {
        for (QLabel *l : page->findChildren<QLabel *>())
            if (l->isVisible() && l->text().startsWith(QStringLiteral("No observation matches “zebra crossing”.")))
                return l->text();
        return QString();
    };
    QTRY_VERIFY(!said().isEmpty());
    QVERIFY2(said().contains(QLatin1String("begin a word")), qPrintable(said())); // how words are matched
    page->findChild<QLineEdit *>()->clear();
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QTRY_VERIFY(said().isEmpty());
}

void TestWindowFeedback::selectionButtonsNeedASelection()
{
    StatusModel model;
    StoreWorker store;
    MainWindow window(&model, &store);
    window.show();
    StatusPage *status = window.statusPage();
    status->setParked({ parked(1), parked(2) });
    QPushButton *retry = button(status, QStringLiteral("Retry"));
    QPushButton *discard = button(status, QStringLiteral("Discard"));
    QVERIFY(!retry->isEnabled() && !discard->isEnabled());
    status->findChildren<QTableView *>().constLast()->selectRow(0);
    QVERIFY(retry->isEnabled() && discard->isEnabled());
    status->setParked({});
    QVERIFY(!retry->isEnabled() && !discard->isEnabled());

    HiddenSessionsPage *hidden = window.hiddenPage();
    QPushButton *restore = button(hidden, QStringLiteral("Restore selected"));
    QPushButton *restoreAll = button(hidden, QStringLiteral("Restore all"));
    QPushButton *remove = button(hidden, QStringLiteral("Delete permanently"));
    hidden->setEntries({});
    QVERIFY(!restore->isEnabled() && !restoreAll->isEnabled() && !remove->isEnabled());
    HiddenEntry entry;
    entry.id = 7;
    entry.originalPath = QStringLiteral("/home/alice/.claude/projects/x/7.jsonl");
    hidden->setEntries({ entry });
    QVERIFY(restoreAll->isEnabled());
    QVERIFY(!restore->isEnabled() && !remove->isEnabled());
    hidden->findChild<QTableView *>()->selectRow(0);
    QVERIFY(restore->isEnabled() && remove->isEnabled());
}

void TestWindowFeedback::parkedErrorsAndReasonsReadInFullAndCopy()
{
    StatusModel model;
    StoreWorker store;
    MainWindow window(&model, &store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    StatusPage *status = window.statusPage();
    status->setParked({ parked(1) });
    status->findChildren<QTableView *>().constLast()->selectRow(0);
    QPlainTextEdit *error = fullText(status, kLongError);
    QVERIFY(error);
    error->selectAll();
    error->copy();
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), kLongError);

    HiddenSessionsPage *hidden = window.hiddenPage();
    window.tabs()->setCurrentWidget(hidden);
    HiddenEntry entry;
    entry.id = 7;
    entry.originalPath = QStringLiteral("/home/alice/.claude/projects/x/7.jsonl");
    entry.reason = QStringLiteral("observer session: ")
        + QStringLiteral("its first prompt is the observer prompt; ").repeated(5);
    hidden->setEntries({ entry });
    hidden->findChild<QTableView *>()->selectRow(0);
    QVERIFY(fullText(hidden, entry.reason));
}

// The table shows local time; the detail pane the same, not ISO 8601.
void TestWindowFeedback::detailsShowLocalDates()
{
    StatusModel model;
    StoreWorker store;
    MainWindow window(&model, &store);
    ObservationsPage *page = showObservations(window);
    QTRY_COMPARE(page->model()->rowCount(), 1);
    page->findChild<QTableView *>()->selectRow(0);
    const QString shown = page->model()->index(0, ObservationsModel::Time).data().toString();
    QCOMPARE(shown, QLocale().toString(QDateTime::fromMSecsSinceEpoch(kCreatedAt), QLocale::ShortFormat));
    const QString detail = page->findChild<QTextBrowser *>()->toPlainText();
    QVERIFY2(detail.contains(shown), qPrintable(detail));
    QVERIFY2(!detail.contains(QLatin1String("2026-11-30T")), qPrintable(detail));
}

// "press X" where X is what the tray menu and the Status page call it.
void TestWindowFeedback::signInHintNamesARealMenuItem()
{
    StatusModel model;
    TrayIcon tray(&model);
    StoreWorker store;
    MainWindow window(&model, &store);
    const QString hint = AuthMonitor(QProcessEnvironment()).loginHint();
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("press (.+)\\.$")).match(hint);
    QVERIFY2(m.hasMatch(), qPrintable(hint));
    const QString item = m.captured(1);
    bool inMenu = false;
    for (QAction *a : tray.menu()->actions())
        inMenu = inMenu || a->text().remove(QLatin1Char('&')) == item;
    QVERIFY2(inMenu, qPrintable(item));
    QVERIFY2(button(window.statusPage(), item), qPrintable(item));
}

QTEST_MAIN(TestWindowFeedback)
#include "tst_window_feedback.moc"
