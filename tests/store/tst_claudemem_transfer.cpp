// ClaudeMemTransfer, the one owner of bringing claude-mem memory over (the
// command and the window's button): the peer's file is read whole before our
// database is touched, a stored import is remembered under the file's real
// path (so the window stops offering it, also when reached through a
// symlink), and a second import stores nothing twice.
#include "ClaudeMemPeer.h"
#include "core/store/ClaudeMemTransfer.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestClaudeMemTransfer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsWholeThenStoresAndRemembers();
    void unreadableFileIsRefusedWithTheReason();
};

void TestClaudeMemTransfer::readsWholeThenStoresAndRemembers()
{
    QTemporaryDir dir;
    const QString peerPath = dir.filePath(QStringLiteral("claude-mem/claude-mem.db"));
    QVERIFY(ClaudeMemPeer::make(peerPath));
    const QString link = dir.filePath(QStringLiteral("link.db"));
    QVERIFY(QFile::link(peerPath, link));
    Database db(dir.filePath(QStringLiteral("ours.db")));
    QVERIFY2(db.open(), qPrintable(db.error()));
    QVERIFY(!ClaudeMemTransfer::wasImported(db.connection(), peerPath));

    QString error;
    const std::optional<ClaudeMemTransfer> peer = ClaudeMemTransfer::read(link, &error);
    QVERIFY2(peer, qPrintable(error));
    QCOMPARE(peer->observations(), 1); // the one it can map
    QCOMPARE(peer->summaries(), 1);
    QCOMPARE(peer->unmapped().size(), 1);
    const std::optional<ClaudeMemTransfer::Result> first = peer->store(db.connection(), std::nullopt, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->counts.observationsStored, 1);
    QCOMPARE(first->counts.summariesStored, 1);
    QCOMPARE(ObservationStore(db.connection()).search(QStringLiteral("flaky")).size(), 1);
    QVERIFY(ClaudeMemTransfer::wasImported(db.connection(), peerPath)); // the real file, whichever way it was named
    QVERIFY(!ClaudeMemTransfer::wasImported(db.connection(), dir.filePath(QStringLiteral("other.db"))));

    const std::optional<ClaudeMemTransfer::Result> again = peer->store(db.connection(), std::nullopt, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->counts.observationsStored + again->counts.summariesStored, 0);
    QCOMPARE(again->counts.observationsSkipped + again->counts.summariesSkipped, 2);
}

void TestClaudeMemTransfer::unreadableFileIsRefusedWithTheReason()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("claude-mem.db"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QByteArray(8192, 'x')) == 8192);
    f.close();
    QString error;
    QVERIFY(!ClaudeMemTransfer::read(path, &error));
    QVERIFY2(error.startsWith(QLatin1String("cannot import")) && error.contains(QLatin1String("nothing was imported")),
        qPrintable(error));
}

QTEST_GUILESS_MAIN(TestClaudeMemTransfer)
#include "tst_claudemem_transfer.moc"
