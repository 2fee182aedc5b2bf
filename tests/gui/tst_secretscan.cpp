// "Scan stored memory for secrets" in the window (issue 16), the same code as
// --redact-existing: the Memory menu's item counts first, asks with the
// counts, and only a yes rewrites; afterwards a key stored before redaction
// existed is gone from the bytes of the database and its WAL file, not only
// from what a SELECT returns. A no changes nothing.
#include "core/platform/AppPaths.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"
#include "gui/AppController.h"
#include "gui/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QtTest>

namespace {
// Built from pieces: no whole credential in the source.
const QByteArray kGithubToken = QByteArray("ghp") + "_" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7d";
const QByteArray kPassword = "hunter2-" + QByteArray("battery-staple");
} // namespace

class TestSecretScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void scanAsksThenRemovesTheKeyFromTheFile();
    void answeringNoChangesNothing();

private:
    static void seed();
    static QByteArray storedBytes();
    static QAction *scanAction(MainWindow *window);
    // Answers the next question box, keeping its text.
    void answer(QMessageBox::StandardButton button);
    QString m_question;
};

void TestSecretScan::init()
{
    // It empties the data folder: only ever the sandbox ctest gives it.
    if (!AppPaths::dataDir().startsWith(QStringLiteral(OT_BINARY_DIR)))
        QFAIL("run through ctest: OBSERVER_TRAY_DATA_DIR must point into the build tree");
    for (const QString &dir : { AppPaths::dataDir(), AppPaths::runtimeDir(), AppPaths::configDir() })
        QDir(dir).removeRecursively();
    seed();
}

void TestSecretScan::seed()
{
    Database db(AppPaths::databasePath());
    QVERIFY2(db.open(), qPrintable(db.error()));
    Observation leaked;
    leaked.userSessionId = QStringLiteral("s1");
    leaked.project = QStringLiteral("/p");
    leaked.title = QStringLiteral("Deploy token found");
    leaked.narrative = QStringLiteral("The deploy script uses %1 to push.").arg(QString::fromLatin1(kGithubToken));
    leaked.createdAt = 1000;
    Observation clean = leaked;
    clean.title = QStringLiteral("Pager fixed");
    clean.narrative = QStringLiteral("The loop bound was wrong.");
    QString error;
    QVERIFY2(ObservationStore(db.connection()).commitAnswer({ leaked, clean }, {}, {}, 0, &error), qPrintable(error));
    QueuedEvent event;
    event.userSessionId = QStringLiteral("s1");
    event.kind = QStringLiteral("post-tool-use");
    event.project = QStringLiteral("/p");
    event.payload = R"({"tool_name":"Bash","tool_response":"HOST=db\nDB_PASSWORD=)" + kPassword + R"("})";
    event.createdAt = 1000;
    QVERIFY2(EventQueue(db.connection()).enqueue(event, &error), qPrintable(error));
}

QByteArray TestSecretScan::storedBytes()
{
    QByteArray all;
    for (const QString &file : { AppPaths::databasePath(), AppPaths::databasePath() + QStringLiteral("-wal") }) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QAction *TestSecretScan::scanAction(MainWindow *window)
{
    for (QAction *top : window->menuBar()->actions())
        if (top->menu())
            for (QAction *a : top->menu()->actions())
                if (a->text() == QStringLiteral("Scan stored memory for secrets…"))
                    return a;
    return nullptr;
}

void TestSecretScan::answer(QMessageBox::StandardButton button)
{
    m_question.clear();
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this, timer, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        m_question = box->text();
        timer->deleteLater();
        box->button(button)->click();
    });
    timer->start(20);
}

void TestSecretScan::scanAsksThenRemovesTheKeyFromTheFile()
{
    AppController app;
    QVERIFY(app.start());
    const QByteArray before = storedBytes();
    QVERIFY(before.contains(kGithubToken) && before.contains(kPassword)); // the check below can see them
    QAction *scan = scanAction(app.window());
    QVERIFY2(scan, "the window's menu bar has no \"Scan stored memory for secrets…\"");
    answer(QMessageBox::Yes);
    scan->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(app.window()->statusBar()->currentMessage().contains(QLatin1String("Replaced")), 10000);
    QCOMPARE(m_question,
        QStringLiteral("Found 2 secrets in 1 observations, 0 summaries and 1 queued events. Replace them with "
                       "[redacted:…] now? This cannot be undone."));
    QVERIFY2(app.window()->statusBar()->currentMessage().contains(
                 QLatin1String("Replaced 2 secrets in 1 observations, 0 summaries and 1 queued events.")),
        qPrintable(app.window()->statusBar()->currentMessage()));
    QVERIFY(scan->isEnabled()); // it can run again
    // Gone from the file while the app still runs (its other connections idle), the FTS index and WAL included.
    const QByteArray after = storedBytes();
    QVERIFY(!after.contains(kGithubToken));
    QVERIFY(!after.contains(kPassword));
    Database db(AppPaths::databasePath());
    QVERIFY(db.open());
    QCOMPARE(ObservationStore(db.connection()).search(QStringLiteral("redacted")).size(), 1);
    app.quit();
}

void TestSecretScan::answeringNoChangesNothing()
{
    AppController app;
    QVERIFY(app.start());
    QAction *scan = scanAction(app.window());
    QVERIFY2(scan, "the window's menu bar has no \"Scan stored memory for secrets…\"");
    answer(QMessageBox::No);
    scan->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        app.window()->statusBar()->currentMessage().contains(QLatin1String("Nothing was changed.")), 10000);
    QVERIFY(m_question.startsWith(QLatin1String("Found 2 secrets")));
    const QByteArray after = storedBytes();
    QVERIFY(after.contains(kGithubToken) && after.contains(kPassword));
    app.quit();
}

QTEST_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
