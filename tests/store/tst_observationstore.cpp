#include "core/queue/EventQueue.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QTemporaryDir>
#include <QtTest>

namespace {
Observation make(
    const QString &project, const QString &title, qint64 createdAt, const QString &session = QStringLiteral("s"))
{
    Observation o;
    o.userSessionId = session;
    o.project = project;
    o.type = QStringLiteral("discovery");
    o.title = title;
    o.narrative = QStringLiteral("narrative of ") + title;
    o.facts = { QStringLiteral("fact about ") + title };
    o.createdAt = createdAt;
    return o;
}
} // namespace

class TestObservationStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsAreRight();
    void replayStoresNothingTwice();
    void ftsFindsWhatWasInserted();
    void ftsInputIsNotSyntax();
    void lastSummaryPerProject();
    void ftsPagesNewestFirst();
    void projectNewestFirstWithoutWords();
    void storesOnlyTheBoundedForm();
};

void TestObservationStore::countsAreRight()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.db")));
    QVERIFY(db.open());
    ObservationStore store(db.connection());
    QString error;
    const qint64 today = 1'000'000;
    QVERIFY(store.commitAnswer({ make(QStringLiteral("/a"), QStringLiteral("old"), today - 1),
                                   make(QStringLiteral("/a"), QStringLiteral("new1"), today + 5),
                                   make(QStringLiteral("/b"), QStringLiteral("new2"), today) },
        {}, {}, 0, &error));
    const ObservationCounts c = store.counts(today);
    QCOMPARE(c.total, 3);
    QCOMPARE(c.today, 2);
    QCOMPARE(c.perProject.value(QStringLiteral("/a")), 2);
    QCOMPARE(c.perProject.value(QStringLiteral("/b")), 1);
}

void TestObservationStore::replayStoresNothingTwice()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.db")));
    QVERIFY(db.open());
    ObservationStore store(db.connection());
    QString error;
    const QList<Observation> batch { make(QStringLiteral("/a"), QStringLiteral("x"), 1),
        make(QStringLiteral("/a"), QStringLiteral("y"), 1) };
    SessionSummary sum;
    sum.userSessionId = QStringLiteral("s");
    sum.project = QStringLiteral("/a");
    sum.request = QStringLiteral("fix the bug");
    auto first = store.commitAnswer(batch, { sum }, {}, 0, &error);
    QVERIFY(first);
    QCOMPARE(first->observationsStored, 2);
    QCOMPARE(first->summariesStored, 1);
    auto replay = store.commitAnswer(batch, { sum }, {}, 0, &error);
    QVERIFY(replay);
    QCOMPARE(replay->observationsStored, 0);
    QCOMPARE(replay->summariesStored, 0);
    QCOMPARE(store.counts().total, 2);
}

void TestObservationStore::ftsFindsWhatWasInserted()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.db")));
    QVERIFY(db.open());
    ObservationStore store(db.connection());
    QString error;
    QVERIFY(store.commitAnswer({ make(QStringLiteral("/a"), QStringLiteral("Fixed websocket reconnect"), 1),
                                   make(QStringLiteral("/b"), QStringLiteral("Added Größe column"), 2) },
        {}, {}, 0, &error));
    auto hits = store.search(QStringLiteral("websock"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].title, QStringLiteral("Fixed websocket reconnect"));
    QCOMPARE(hits[0].facts, QStringList { QStringLiteral("fact about Fixed websocket reconnect") });
    QCOMPARE(store.search(QStringLiteral("größe")).size(), 1);
    QCOMPARE(store.search(QStringLiteral("fact"), QStringLiteral("/b")).size(), 1);
    QCOMPARE(store.search(QString()).size(), 2);
    QCOMPARE(store.search(QString()).first().project, QStringLiteral("/b")); // newest first
    QVERIFY(store.search(QStringLiteral("nothing-like-this")).isEmpty());
}

void TestObservationStore::ftsInputIsNotSyntax()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.db")));
    QVERIFY(db.open());
    ObservationStore store(db.connection());
    QString error;
    QVERIFY(store.search(QStringLiteral("\"unbalanced AND OR NEAR( *"), {}, 10, 0, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestObservationStore::lastSummaryPerProject()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.db")));
    QVERIFY(db.open());
    ObservationStore store(db.connection());
    SessionSummary older, newer;
    older.project = newer.project = QStringLiteral("/a");
    older.request = QStringLiteral("old");
    older.createdAt = 1;
    newer.request = QStringLiteral("new");
    newer.createdAt = 2;
    QString error;
    QVERIFY(store.commitAnswer({}, { older, newer }, {}, 0, &error));
    QCOMPARE(store.lastSummary(QStringLiteral("/a"))->request, QStringLiteral("new"));
    QVERIFY(!store.lastSummary(QStringLiteral("/other")));
}

// A query's results come newest first in pages of `limit`, `beforeId` gives
// the next page, and the project filter still applies (the FTS index drives
// the scan, see ObservationStore::search).
void TestObservationStore::ftsPagesNewestFirst()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.db")));
    QVERIFY(db.open());
    ObservationStore store(db.connection());
    QList<Observation> batch;
    for (int i = 0; i < 10; ++i)
        batch << make(i % 2 ? QStringLiteral("/odd") : QStringLiteral("/even"), QStringLiteral("paging item %1").arg(i),
            1000 + i);
    batch << make(QStringLiteral("/even"), QStringLiteral("unrelated"), 2000);
    QString error;
    QVERIFY(store.commitAnswer(batch, {}, {}, 0, &error));
    const QList<Observation> first = store.search(QStringLiteral("paging"), {}, 4, 0, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(first.size(), 4);
    QCOMPARE(first.first().title, QStringLiteral("paging item 9"));
    QCOMPARE(first.last().title, QStringLiteral("paging item 6"));
    const QList<Observation> second = store.search(QStringLiteral("paging"), {}, 4, first.last().id, &error);
    QCOMPARE(second.size(), 4);
    QCOMPARE(second.first().title, QStringLiteral("paging item 5"));
    QCOMPARE(second.last().title, QStringLiteral("paging item 2"));
    const QList<Observation> odd = store.search(QStringLiteral("item"), QStringLiteral("/odd"), 2, 0, &error);
    QCOMPARE(odd.size(), 2);
    QCOMPARE(odd.first().title, QStringLiteral("paging item 9"));
    QCOMPARE(odd.last().title, QStringLiteral("paging item 7"));
}

void TestObservationStore::projectNewestFirstWithoutWords()
{
    // What carry-over, session context and the window's project filter read
    // (walked from the (project, id) index, bench row 6).
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.db")));
    QVERIFY(db.open());
    ObservationStore store(db.connection());
    QList<Observation> batch;
    // created_at deliberately out of order: newest means stored last.
    for (int i = 0; i < 12; ++i)
        batch << make(i % 3 ? QStringLiteral("/b") : QStringLiteral("/a"), QStringLiteral("obs %1").arg(i), 5000 - i);
    QString error;
    QVERIFY(store.commitAnswer(batch, {}, {}, 0, &error));
    const QList<Observation> recent = store.recent(QStringLiteral("/a"), 3);
    QCOMPARE(recent.size(), 3);
    QCOMPARE(recent.at(0).title, QStringLiteral("obs 9"));
    QCOMPARE(recent.at(1).title, QStringLiteral("obs 6"));
    QCOMPARE(recent.at(2).title, QStringLiteral("obs 3"));
    const QList<Observation> next = store.search({}, QStringLiteral("/a"), 3, recent.last().id, &error);
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.first().title, QStringLiteral("obs 0"));
    QCOMPARE(store.recent(QStringLiteral("/b"), 100).size(), 8);
    QVERIFY(store.recent(QStringLiteral("/none"), 5).isEmpty());
}

void TestObservationStore::storesOnlyTheBoundedForm()
{
    // Whoever built the observation, what reaches the file is within the caps.
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("o.db")));
    QVERIFY(db.open());
    ObservationStore store(db.connection());
    Observation o = make(QStringLiteral("/a"), QStringLiteral("t\x1b[2J") + QString(999, QLatin1Char('t')), 1);
    o.facts = QStringList(40,
        QStringLiteral("f\x00"
                       "act"));
    o.narrative = QStringLiteral("a\nb\x07");
    SessionSummary sum;
    sum.userSessionId = QStringLiteral("s");
    sum.project = QStringLiteral("/a");
    sum.request = QStringLiteral("fix\x1b it\n") + QString(9999, QLatin1Char('r'));
    QString error;
    QVERIFY2(store.commitAnswer({ o }, { sum }, {}, 0, &error), qPrintable(error));
    const QList<Observation> stored = store.recent(QStringLiteral("/a"), 10);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].title.size(), Observation::kMaxTitle);
    QVERIFY(stored[0].title.startsWith(QStringLiteral("t[2Jttt")));
    QCOMPARE(stored[0].facts, QStringList(Observation::kMaxItems, QStringLiteral("fact")));
    QCOMPARE(stored[0].narrative, QStringLiteral("a\nb"));
    const std::optional<SessionSummary> last = store.lastSummary(QStringLiteral("/a"));
    QVERIFY(last);
    QCOMPARE(last->request.size(), SessionSummary::kMaxField);
    QVERIFY(last->request.startsWith(QStringLiteral("fix it\nrrr")));
}

QTEST_GUILESS_MAIN(TestObservationStore)
#include "tst_observationstore.moc"
