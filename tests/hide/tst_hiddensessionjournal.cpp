// HiddenSessionJournal, the one owner of hidden_sessions: the states a hide,
// a restore and a delete pass through, and what a crash leaves for recovery.
#include "core/hide/HiddenSessionJournal.h"
#include "core/platform/AppPaths.h"
#include "core/platform/Clock.h"
#include "core/store/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using Journal = HiddenSessionJournal;

class TestHiddenSessionJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void beginHideRecordsTheMoveBeforeItHappens();
    void crashLeavesHidingAndRestoringForRecovery();
    void storedStatesAreTheSchemasNumbers();
    void refusedRestoreIsHiddenAndRestorableAgain();
    void deletedIsKeptButListedNowhere();
    void forgetDropsOnlyThatRow();
    void beginHideSaysWhyItCannotWrite();

private:
    qint64 begin(const QString &name);
    QVariant column(qint64 id, const char *name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Journal> m_journal;
};

void TestHiddenSessionJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    AppPaths::setDataDirOverride(m_dir->filePath(QStringLiteral("data")));
    m_db = std::make_unique<Database>(AppPaths::databasePath());
    QVERIFY(m_db->open());
    m_journal = std::make_unique<Journal>(m_db->connection());
    Clock::set([] { return qint64(1000); });
}

void TestHiddenSessionJournal::cleanup()
{
    Clock::set({});
    m_journal.reset();
    m_db.reset();
    AppPaths::setDataDirOverride({});
}

qint64 TestHiddenSessionJournal::begin(const QString &name)
{
    QString error;
    const qint64 id
        = m_journal->beginHide({ QStringLiteral("/p/") + name + QStringLiteral(".jsonl"),
                                   QStringLiteral("/h/") + name + QStringLiteral(".jsonl"), QStringLiteral("-p"), name,
                                   QStringLiteral("why"), 42, QStringLiteral("sha-") + name, 7 },
            &error);
    if (id == 0)
        qWarning() << error;
    return id;
}

// Read past the journal, so its own reads are checked against the table.
QVariant TestHiddenSessionJournal::column(qint64 id, const char *name) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM hidden_sessions WHERE id = ?").arg(QLatin1String(name)));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

void TestHiddenSessionJournal::beginHideRecordsTheMoveBeforeItHappens()
{
    const qint64 id = begin(QStringLiteral("a"));
    QVERIFY(id > 0);
    QCOMPARE(column(id, "state").toInt(), 0); // hiding
    QCOMPARE(column(id, "session_id").toString(), QStringLiteral("a")); // the observerSessionId
    QCOMPARE(column(id, "hidden_at").toLongLong(), 1000); // from the injected clock
    QCOMPARE(m_journal->sha256(id), QStringLiteral("sha-a"));
    QVERIFY(m_journal->sha256(id + 1).isEmpty());
    QVERIFY(m_journal->hiddenEntries().isEmpty()); // not hidden until the move is done

    Clock::set([] { return qint64(2000); });
    m_journal->setState(id, Journal::Hidden);
    QCOMPARE(column(id, "updated_at").toLongLong(), 2000);
    const QList<HiddenEntry> hidden = m_journal->hiddenEntries();
    QCOMPARE(hidden.size(), 1);
    const HiddenEntry &e = hidden.constFirst();
    QCOMPARE(e.id, id);
    QCOMPARE(e.originalPath, QStringLiteral("/p/a.jsonl"));
    QCOMPARE(e.hiddenPath, QStringLiteral("/h/a.jsonl"));
    QCOMPARE(e.projectFolder, QStringLiteral("-p"));
    QCOMPARE(e.reason, QStringLiteral("why"));
    QCOMPARE(e.size, 42);
    QCOMPARE(e.mtime, 7);
    QCOMPARE(e.hiddenAt, 1000); // when it was hidden, not when last touched
}

void TestHiddenSessionJournal::crashLeavesHidingAndRestoringForRecovery()
{
    const qint64 hiding = begin(QStringLiteral("hiding"));
    const qint64 hidden = begin(QStringLiteral("hidden"));
    const qint64 restoring = begin(QStringLiteral("restoring"));
    const qint64 restored = begin(QStringLiteral("restored"));
    const qint64 deleted = begin(QStringLiteral("deleted"));
    m_journal->setState(hidden, Journal::Hidden);
    m_journal->setState(restoring, Journal::Restoring);
    m_journal->setState(restored, Journal::Restored);
    m_journal->setState(deleted, Journal::Deleted);

    const QList<Journal::InterruptedMove> moves = m_journal->interruptedMoves();
    QCOMPARE(moves.size(), 2);
    QCOMPARE(moves[0].id, hiding);
    QCOMPARE(moves[0].state, Journal::Hiding);
    QCOMPARE(moves[0].originalPath, QStringLiteral("/p/hiding.jsonl"));
    QCOMPARE(moves[0].hiddenPath, QStringLiteral("/h/hiding.jsonl"));
    QCOMPARE(moves[0].sha256, QStringLiteral("sha-hiding")); // to tell a whole copy from a part
    QCOMPARE(moves[1].id, restoring);
    QCOMPARE(moves[1].state, Journal::Restoring);
    QCOMPARE(m_journal->hiddenEntries().size(), 1);
    QCOMPARE(m_journal->hiddenEntries().constFirst().id, hidden);
}

void TestHiddenSessionJournal::storedStatesAreTheSchemasNumbers()
{
    // Other processes and the migration's comment read these numbers.
    const qint64 id = begin(QStringLiteral("s"));
    const QList<QPair<Journal::State, int>> expected { { Journal::Hiding, 0 }, { Journal::Hidden, 1 },
        { Journal::Restoring, 2 }, { Journal::Restored, 3 }, { Journal::Deleted, 4 } };
    for (const auto &[state, number] : expected) {
        m_journal->setState(id, state);
        QCOMPARE(column(id, "state").toInt(), number);
    }
}

void TestHiddenSessionJournal::refusedRestoreIsHiddenAndRestorableAgain()
{
    // TranscriptHider::restore marks Restoring before the move, and Hidden
    // again when the original path is taken: nothing overwritten, still listed.
    const qint64 id = begin(QStringLiteral("r"));
    m_journal->setState(id, Journal::Hidden);
    m_journal->setState(id, Journal::Restoring);
    QVERIFY(m_journal->hiddenEntries().isEmpty());
    QCOMPARE(m_journal->interruptedMoves().size(), 1); // a crash now: recovery decides
    m_journal->setState(id, Journal::Hidden);
    QVERIFY(m_journal->interruptedMoves().isEmpty());
    QCOMPARE(m_journal->hiddenEntries().size(), 1);
    QCOMPARE(m_journal->hiddenEntries().constFirst().id, id);
    QCOMPARE(m_journal->sha256(id), QStringLiteral("sha-r")); // the next restore still verifies
}

void TestHiddenSessionJournal::deletedIsKeptButListedNowhere()
{
    const qint64 id = begin(QStringLiteral("d"));
    m_journal->setState(id, Journal::Hidden);
    m_journal->setState(id, Journal::Deleted);
    QVERIFY(m_journal->hiddenEntries().isEmpty());
    QVERIFY(m_journal->interruptedMoves().isEmpty());
    QCOMPARE(column(id, "state").toInt(), 4); // the row stays as a record of the deletion
}

void TestHiddenSessionJournal::forgetDropsOnlyThatRow()
{
    const qint64 gone = begin(QStringLiteral("gone"));
    const qint64 kept = begin(QStringLiteral("kept"));
    m_journal->forget(gone);
    QVERIFY(!column(gone, "id").isValid());
    const QList<Journal::InterruptedMove> moves = m_journal->interruptedMoves();
    QCOMPARE(moves.size(), 1);
    QCOMPARE(moves[0].id, kept);
}

void TestHiddenSessionJournal::beginHideSaysWhyItCannotWrite()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("DROP TABLE hidden_sessions")));
    QString error;
    const Journal::NewRow row { QStringLiteral("/p/x.jsonl"), QStringLiteral("/h/x.jsonl"), QStringLiteral("-p"),
        QStringLiteral("x"), QStringLiteral("why"), 1, QStringLiteral("sha"), 1 };
    QCOMPARE(m_journal->beginHide(row, &error), 0);
    QVERIFY2(error.contains(QStringLiteral("hidden_sessions")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHiddenSessionJournal)
#include "tst_hiddensessionjournal.moc"
