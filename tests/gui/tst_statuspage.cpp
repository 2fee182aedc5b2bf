// The Status page in a 900×650 window with everything it can show at once
// (a problem, the data folder warning, broken hooks, the usage guard, seven
// projects, parked events): the window keeps its size and the page scrolls;
// no widget is squeezed below its size or left where it cannot be seen.
// The picture: <build>/screenshots/status-page-900x650.png (top and bottom).
#include "core/status/StatusModel.h"
#include "gui/MainWindow.h"
#include "gui/StatusPage.h"
#include "gui/StoreWorker.h"
#include "gui/UsagePanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QtTest>

namespace {
void crowd(StatusModel *model)
{
    AuthState auth;
    auth.kind = AuthState::SignedIn;
    auth.credential = AuthState::ClaudeSubscription;
    model->setAuthState(auth);
    model->setHooks(QStringLiteral("broken"),
        QStringLiteral("The hook program /opt/observer-tray/bin/observer-tray-hook is missing: run observer-tray "
                       "--install-hooks again."));
    model->setDataFolderWarning(
        QStringLiteral("Others on this computer can read /home/alice/.local/share/observer-tray: "
                       "run chmod 700 on it."));
    model->setProblem(QStringLiteral("The database is busy; observers wait and try again."));
    ObservationCounts counts;
    counts.total = 12345;
    counts.today = 67;
    counts.queuePending = 89;
    counts.queueParked = 5;
    for (int i = 0; i < 7; ++i)
        counts.perProject.insert(QStringLiteral("/home/alice/src/project-%1").arg(i), 100 + i);
    model->setCounts(counts);
    RateLimitInfo info;
    info.fiveHour = { 0.85, QDateTime::currentMSecsSinceEpoch() + 3600000, QStringLiteral("allowed_warning") };
    info.sevenDay = { 0.41, QDateTime::currentMSecsSinceEpoch() + 3 * 86400000LL, QStringLiteral("allowed") };
    info.seenAtMs = QDateTime::currentMSecsSinceEpoch();
    model->setRateLimit(info);
    UsageGuard::Verdict held;
    held.engaged = true;
    held.reason = QStringLiteral("five_hour");
    held.resumesAtMs = info.fiveHour.resetsAtMs;
    held.figures = UsageGuard::Verdict::Figures::Windows;
    model->setUsageVerdict(held);
}

QList<QueuedEvent> parkedEvents()
{
    QList<QueuedEvent> events;
    for (int i = 1; i <= 5; ++i) {
        QueuedEvent e;
        e.id = i;
        e.kind = QStringLiteral("post-tool-use");
        e.project = QStringLiteral("/home/alice/src/project-1");
        e.attempts = 5;
        e.lastError = QStringLiteral("observer exited with code 1");
        events << e;
    }
    return events;
}

// Everything a person reads or clicks on the page.
QList<QWidget *> visibleParts(StatusPage *page)
{
    QList<QWidget *> parts;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        const bool part = qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w)
            || qobject_cast<QProgressBar *>(w) || qobject_cast<QAbstractItemView *>(w);
        if (part && w->isVisible() && !qobject_cast<QHeaderView *>(w))
            parts << w;
    }
    return parts;
}

int neededHeight(const QWidget *w)
{
    return w->hasHeightForWidth() ? w->heightForWidth(w->width()) : w->minimumSizeHint().height();
}
} // namespace

class TestStatusPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void crowdedPageScrollsInsteadOfCutting();
};

void TestStatusPage::crowdedPageScrollsInsteadOfCutting()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    StatusModel model;
    crowd(&model);
    StoreWorker store;
    MainWindow window(&model, &store);
    StatusPage *page = window.statusPage();
    page->setParked(parkedEvents());
    window.resize(900, 650);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(900, 650)); // the page does not force a taller window
    QCOMPARE(window.tabs()->currentWidget(), page);

    auto *scroll = page->findChild<QScrollArea *>();
    QVERIFY(scroll);
    const QString dir = QStringLiteral(OT_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QVERIFY(window.grab().save(dir + QStringLiteral("/status-page-900x650.png")));
    const QList<QWidget *> parts = visibleParts(page);
    QVERIFY(parts.size() > 15);
    for (QWidget *w : parts) {
        const QString what
            = QStringLiteral("%1 \"%2\"")
                  .arg(QString::fromLatin1(w->metaObject()->className()), w->property("text").toString().left(40));
        QVERIFY2(w->height() >= neededHeight(w),
            qPrintable(QStringLiteral("%1 squeezed: %2 < %3 px").arg(what).arg(w->height()).arg(neededHeight(w))));
        // Scrolled to, it is inside the part of the page a person sees.
        scroll->ensureWidgetVisible(w, 0, 0);
        const QRect seen(w->mapTo(scroll->viewport(), QPoint(0, 0)), w->size());
        QVERIFY2(scroll->viewport()->rect().contains(seen) || seen.height() > scroll->viewport()->height(),
            qPrintable(QStringLiteral("%1 cut off at %2").arg(what).arg(seen.bottom())));
    }
    QVERIFY(window.grab().save(dir + QStringLiteral("/status-page-900x650-bottom.png")));
}

QTEST_MAIN(TestStatusPage)
#include "tst_statuspage.moc"
