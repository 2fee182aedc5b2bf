// Forgetting is final: an observer that was working on a project's events
// when the user forgot the project stores nothing when it answers.
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"
#include "core/store/Forgetting.h"
#include "core/store/ObservationStore.h"

#include <QTemporaryDir>
#include <QtTest>

class TestForgetting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answerAfterForgettingStoresNothing();
};

void TestForgetting::answerAfterForgettingStoresNothing()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.db")));
    QVERIFY2(db.open(), qPrintable(db.error()));
    EventQueue queue(db.connection());
    QueuedEvent e;
    e.userSessionId = QStringLiteral("s");
    e.kind = QStringLiteral("post-tool-use");
    e.project = QStringLiteral("/p");
    e.payload = "{}";
    e.createdAt = 1;
    QString error;
    const auto kept = queue.enqueue(e, &error);
    e.userSessionId = QStringLiteral("s2");
    const auto forgotten = queue.enqueue(e, &error);
    QVERIFY(kept && forgotten);
    QCOMPARE(queue.claim(QStringLiteral("s2"), 10, 100, &error).size(), 1); // an observer works on it

    const auto gone = Forgetting(db.connection()).forgetSession(QStringLiteral("s2"), &error);
    QVERIFY2(gone, qPrintable(error));
    QCOMPARE(gone->events, 1);

    Observation o;
    o.userSessionId = QStringLiteral("s2");
    o.project = QStringLiteral("/p");
    o.title = QStringLiteral("found later");
    ObservationStore store(db.connection());
    const auto late = store.commitAnswer({ o }, {}, { *forgotten }, 0, &error);
    QVERIFY2(late, qPrintable(error));
    QCOMPARE(late->observationsStored, 0);
    QCOMPARE(store.counts().total, 0);

    o.userSessionId = QStringLiteral("s");
    const auto normal = store.commitAnswer({ o }, {}, { *kept }, 0, &error); // the usual answer still stores
    QVERIFY2(normal, qPrintable(error));
    QCOMPARE(normal->observationsStored, 1);
    QCOMPARE(queue.pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestForgetting)
#include "tst_forgetting.moc"
