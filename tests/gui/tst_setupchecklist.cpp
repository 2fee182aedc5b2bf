// The guided first start (issue 17): the window opens on a checklist; the
// hooks line is proven by a test event run through /bin/sh exactly as
// settings.json says, which reaches the queue and never an observer; hooks
// whose command fails are "broken"; the list goes once all is green and comes
// back from "Setup…". The real hook program, a real database.
#include "core/capture/AppHooks.h"
#include "core/platform/AppPaths.h"
#include "core/platform/Settings.h"
#include "core/status/StatusModel.h"
#include "core/store/Database.h"
#include "gui/AppController.h"
#include "gui/MainWindow.h"
#include "gui/SetupChecklist.h"
#include "gui/TrayIcon.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

class TestSetupChecklist : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstStartLeadsToRecording();
    void hooksWhoseCommandFailsAreBroken();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
};

namespace {
using S = SetupChecklist::Step;

int probeRows(const QString &table, const QString &column)
{
    Database db(AppPaths::databasePath());
    if (!db.openExisting()) {
        qWarning() << db.error();
        return -1;
    }
    QSqlQuery q(db.connection());
    if (!q.exec(
            QStringLiteral("SELECT count(*) FROM %1 WHERE %2 LIKE 'observer-tray-setup-check%%'").arg(table, column)))
        qWarning() << q.lastError().text();
    return q.next() ? q.value(0).toInt() : -1;
}

// Not blank: a screenshot with text and marks has many colours.
bool saveScreenshot(QWidget *w, const QString &name)
{
    const QImage image = w->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    const QString dir = QStringLiteral(OT_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return colours.size() > 8 && image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
} // namespace

void TestSetupChecklist::initTestCase()
{
    for (const QString &dir : { AppPaths::dataDir(), AppPaths::configDir(), AppPaths::runtimeDir() })
        QDir(dir).removeRecursively();
    qputenv("CLAUDE_CONFIG_DIR", m_dir.filePath(QStringLiteral("claude")).toUtf8());
    QDir().mkpath(m_dir.filePath(QStringLiteral("claude")));
    qputenv("OBSERVER_TRAY_HOOK_PATH", OT_BINARY_DIR "/app/hook/observer-tray-hook");
    Settings settings;
    settings.setClaudePath(QStringLiteral(OT_FAKE_CLAUDE)); // a signed-in CLI
    settings.sync();
}

void TestSetupChecklist::cleanupTestCase()
{
    Settings().setClaudePath(QString());
}

void TestSetupChecklist::firstStartLeadsToRecording()
{
    {
        AppController app;
        QVERIFY(app.start());
        SetupChecklist *setup = app.setup();
        QVERIFY(app.window()->isVisible());
        QCOMPARE(app.window()->tabs()->currentWidget(), setup); // opens on the checklist
        QTRY_VERIFY_WITH_TIMEOUT(setup->isDone(S::Cli), 30000);
        QVERIFY2(setup->lineText(S::Cli).contains(QStringLiteral(OT_FAKE_CLAUDE)), qPrintable(setup->lineText(S::Cli)));
        QTRY_VERIFY_WITH_TIMEOUT(setup->isDone(S::SignIn), 30000);
        QVERIFY(!setup->isDone(S::Hooks));
        QVERIFY(setup->fixButton(S::Hooks)->isVisibleTo(setup));
        QVERIFY(saveScreenshot(app.window(), QStringLiteral("first-start-checklist")));

        setup->fixButton(S::Hooks)->click(); // install: then a test event proves them
        QTRY_VERIFY_WITH_TIMEOUT(setup->isDone(S::Hooks), 10000);
        QVERIFY2(setup->lineText(S::Hooks).contains(QStringLiteral("reached the queue")),
            qPrintable(setup->lineText(S::Hooks)));
        QCOMPARE(app.model()->state(), StatusModel::State::Observing);
        QVERIFY(!setup->isDone(S::FirstSession));
        QVERIFY(!setup->allDone());

        // A first session's events, held for its turn's end: the line says by when.
        ObservationCounts held;
        held.queuePending = 2;
        held.queueHeldUntil = QDateTime::currentMSecsSinceEpoch() + 90 * 1000;
        app.model()->setCounts(held);
        QVERIFY(setup->isDone(S::FirstSession));
        const QString by
            = QLocale().toString(QDateTime::fromMSecsSinceEpoch(held.queueHeldUntil).time(), QLocale::ShortFormat);
        QCOMPARE(setup->lineText(S::FirstObservation),
            QStringLiteral("Waiting for the first observation: 2 queued until their turn ends (by %1).").arg(by));

        // The first observation (counted by the pipeline): all green, the list goes.
        ObservationCounts counts;
        counts.total = 1;
        counts.anyCaptured = true;
        app.model()->setCounts(counts);
        QVERIFY(setup->allDone());
        QCOMPARE(app.window()->tabs()->indexOf(setup), -1);
        app.tray()->setupAction()->trigger(); // and comes back from "Setup…"
        QCOMPARE(app.window()->tabs()->currentWidget(), setup);
        app.quit();
    }
    // Every connection closed. The test event was counted and removed: nothing queued, no observer ran for it.
    QCOMPARE(probeRows(QStringLiteral("events"), QStringLiteral("session_id")), 0);
    QCOMPARE(probeRows(QStringLiteral("observer_runs"), QStringLiteral("user_session_id")), 0);
}

// Hooks whose program is there and runnable but fails at every run record
// nothing: "broken", not "installed" (HookInstaller alone sees only the file).
void TestSetupChecklist::hooksWhoseCommandFailsAreBroken()
{
    const QString failing = m_dir.filePath(QStringLiteral("failing/observer-tray-hook"));
    QDir().mkpath(QFileInfo(failing).absolutePath());
    QFile script(failing);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho 'observer-tray-hook: cannot open the queue' >&2\nexit 3\n");
    script.close();
    QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    qputenv("OBSERVER_TRAY_HOOK_PATH", failing.toUtf8());
    QVERIFY(AppHooks::install().ok);
    AppController app;
    QVERIFY(app.start());
    QTRY_COMPARE_WITH_TIMEOUT(app.model()->hooksState(), QStringLiteral("broken"), 10000);
    QVERIFY2(app.model()->hooksNextStep().contains(QStringLiteral("cannot open the queue")),
        qPrintable(app.model()->hooksNextStep()));
    QTRY_VERIFY_WITH_TIMEOUT(app.model()->auth().canObserve(), 30000);
    QCOMPARE(app.model()->state(), StatusModel::State::HooksBroken);
    QVERIFY(!app.setup()->isDone(S::Hooks));
    app.quit();
    qputenv("OBSERVER_TRAY_HOOK_PATH", OT_BINARY_DIR "/app/hook/observer-tray-hook");
}

QTEST_MAIN(TestSetupChecklist)
#include "tst_setupchecklist.moc"
