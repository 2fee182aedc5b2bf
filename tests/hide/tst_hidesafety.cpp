// What hiding must never do to a user's files: hide a session it cannot prove
// is an observer's, replace a file that appeared where one is restored, or be
// killed half-way by a file-size limit. Through the real app where a user
// would meet it.
#include "TranscriptFiles.h"
#include "core/claude/ClaudePaths.h"
#include "core/hide/HiddenSessionJournal.h"
#include "core/hide/ObserverTranscriptFinder.h"
#include "core/hide/TranscriptHider.h"
#include "core/platform/AppPaths.h"
#include "core/store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

class TestHideSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aUsersSessionInTheSameFolderIsNeverHidden();
    void restoreNeverReplacesAFileThatAppeared_data();
    void restoreNeverReplacesAFileThatAppeared();
    void recoverKeepsAFileThatIsNotOurCopy();
    void fileSizeLimitIsAnErrorNotASignal();

private:
    QString observerFolder() const;
    HidePlan findObserverTranscripts() const { return ObserverTranscriptFinder(m_db->connection(), m_env).plan(); }
    QList<HiddenEntry> hiddenEntries() const { return HiddenSessionJournal(m_db->connection()).hiddenEntries(); }
    QProcessEnvironment appEnv() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QProcessEnvironment m_env;
    QString m_config;
};

void TestHideSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    AppPaths::setDataDirOverride(m_dir->filePath(QStringLiteral("data")));
    m_config = m_dir->filePath(QStringLiteral("claude"));
    m_env = QProcessEnvironment();
    m_env.insert(QStringLiteral("HOME"), m_dir->path());
    m_env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), m_config);
    m_db = std::make_unique<Database>(AppPaths::databasePath());
    QVERIFY(m_db->open());
}

void TestHideSafety::cleanup()
{
    m_db.reset();
    AppPaths::setDataDirOverride({});
}

QString TestHideSafety::observerFolder() const
{
    return ClaudePaths::projectsDir(m_env) + QLatin1Char('/')
        + ClaudePaths::encodeProjectFolder(AppPaths::observerCwd());
}

QProcessEnvironment TestHideSafety::appEnv() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), m_config);
    return env;
}

void TestHideSafety::aUsersSessionInTheSameFolderIsNeverHidden()
{
    // The user works in <data>/observer_cwd: Claude Code files that session in
    // the very folder it files our observers' in.
    const QString userCwd = AppPaths::dataDir() + QStringLiteral("/observer_cwd");
    QCOMPARE(ClaudePaths::encodeProjectFolder(userCwd), ClaudePaths::encodeProjectFolder(AppPaths::observerCwd()));
    const QString user = observerFolder() + QStringLiteral("/user.jsonl");
    const QString noCwd = observerFolder() + QStringLiteral("/nocwd.jsonl");
    const QString observer = observerFolder() + QStringLiteral("/observer.jsonl");
    const QString longPrompt = observerFolder() + QStringLiteral("/long-prompt.jsonl");
    QVERIFY(writeTranscript(user, userCwd, 3600));
    QVERIFY(writeTranscript(noCwd, {}, 3600));
    QVERIFY(writeTranscript(observer, AppPaths::observerCwd(), 3600));
    // Claude Code 2.1 records the cwd after a first prompt that can be long.
    const QByteArray prompt = R"({"type":"queue-operation","content":")" + QByteArray(40000, 'p') + "\"}\n";
    QVERIFY(writeTranscript(longPrompt, AppPaths::observerCwd(), 3600, prompt));
    const Fingerprint userBefore = fingerprint(user);

    QProcess app;
    app.setProcessEnvironment(appEnv());
    app.start(QStringLiteral(OT_APP),
        { QStringLiteral("--data-dir"), AppPaths::dataDir(), QStringLiteral("--hide-observer-sessions") });
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 0);
    const QJsonObject out = QJsonDocument::fromJson(app.readAllStandardOutput()).object();
    QCOMPARE(out.value(QStringLiteral("hidden")).toInt(), 2);
    QCOMPARE(fingerprint(user), userBefore); // untouched
    QVERIFY(QFileInfo::exists(noCwd)); // unproven: left alone
    QVERIFY(!QFileInfo::exists(observer));
    QVERIFY(!QFileInfo::exists(longPrompt));
}

void TestHideSafety::restoreNeverReplacesAFileThatAppeared_data()
{
    QTest::addColumn<bool>("acrossFileSystems");
    QTest::newRow("rename") << false;
    QTest::newRow("copy") << true;
}

void TestHideSafety::restoreNeverReplacesAFileThatAppeared()
{
    QFETCH(bool, acrossFileSystems);
    const QString path = observerFolder() + QStringLiteral("/s.jsonl");
    QVERIFY(writeTranscript(path, AppPaths::observerCwd(), 3600));
    TranscriptHider hider(m_db->connection());
    hider.setForceCopy(acrossFileSystems);
    QCOMPARE(hider.hide(findObserverTranscripts()).hidden, 1);
    const HiddenEntry entry = hiddenEntries().constFirst();
    const Fingerprint hidden = fingerprint(entry.hiddenPath);
    QVERIFY(writeTranscript(path, QStringLiteral("/someone/new"), 0)); // the user's new session, same name
    const Fingerprint theirs = fingerprint(path);

    const HideReport r = hider.restore();
    QCOMPARE(r.hidden, 0);
    QCOMPARE(r.skipped.size(), 1);
    QVERIFY2(r.skipped[0].reason.startsWith(QStringLiteral("conflict")), qPrintable(r.skipped[0].reason));
    QCOMPARE(fingerprint(path), theirs);
    QCOMPARE(fingerprint(entry.hiddenPath), hidden);
    QCOMPARE(hiddenEntries().size(), 1); // still hidden, still restorable

    // The mover itself, with no check before it: the target is taken.
    QString error;
    QCOMPARE(FileMover::move(entry.hiddenPath, path, {}, acrossFileSystems, &error), FileMover::Result::TargetExists);
    QCOMPARE(fingerprint(path), theirs);
    QCOMPARE(fingerprint(entry.hiddenPath), hidden);
}

void TestHideSafety::recoverKeepsAFileThatIsNotOurCopy()
{
    const QString path = observerFolder() + QStringLiteral("/r.jsonl");
    QVERIFY(writeTranscript(path, AppPaths::observerCwd(), 3600));
    TranscriptHider hider(m_db->connection());
    QCOMPARE(hider.hide(findObserverTranscripts()).hidden, 1);
    const HiddenEntry entry = hiddenEntries().constFirst();
    const Fingerprint hidden = fingerprint(entry.hiddenPath);
    // A restore was interrupted, and meanwhile the user's own file took the name.
    HiddenSessionJournal(m_db->connection()).setState(entry.id, HiddenSessionJournal::Restoring);
    QVERIFY(writeTranscript(path, QStringLiteral("/someone/else"), 0));
    const Fingerprint theirs = fingerprint(path);
    QCOMPARE(hider.recover(), 1);
    QCOMPARE(fingerprint(path), theirs);
    QCOMPARE(fingerprint(entry.hiddenPath), hidden);
    QCOMPARE(hiddenEntries().size(), 1);
}

void TestHideSafety::fileSizeLimitIsAnErrorNotASignal()
{
    // Hidden sessions on another file system: the move is a copy, which a
    // file-size limit stops part-way.
    QTemporaryDir elsewhere(QStringLiteral("/dev/shm/ot-hide-XXXXXX"));
    struct stat a
    {
    }, b {};
    if (!elsewhere.isValid() || ::stat(QFile::encodeName(elsewhere.path()).constData(), &a) != 0
        || ::stat(QFile::encodeName(AppPaths::dataDir()).constData(), &b) != 0 || a.st_dev == b.st_dev)
        QSKIP("needs /dev/shm on a file system other than the build tree's");
    QVERIFY(QFile::link(elsewhere.path(), AppPaths::hiddenSessionsDir()));
    const QString path = observerFolder() + QStringLiteral("/big.jsonl");
    QVERIFY(writeTranscript(path, AppPaths::observerCwd(), 3600, {}, QByteArray(8 << 20, 'x') + '\n'));
    const Fingerprint before = fingerprint(path);

    QProcess app;
    app.setProcessEnvironment(appEnv());
    app.setChildProcessModifier([] {
        const rlimit limit { 2 << 20, 2 << 20 };
        ::setrlimit(RLIMIT_FSIZE, &limit);
        std::signal(SIGXFSZ, SIG_DFL); // whatever the test runner ignores
    });
    app.start(QStringLiteral(OT_APP),
        { QStringLiteral("--data-dir"), AppPaths::dataDir(), QStringLiteral("--hide-observer-sessions") });
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit); // not killed by SIGXFSZ
    QCOMPARE(app.exitCode(), 1);
    QVERIFY(app.readAllStandardError().contains("could not be hidden"));
    const QJsonObject out = QJsonDocument::fromJson(app.readAllStandardOutput()).object();
    const QString reason
        = out.value(QStringLiteral("skipped")).toArray().at(0).toObject().value(QStringLiteral("reason")).toString();
    QVERIFY2(reason.contains(QStringLiteral("File too large")), qPrintable(reason));
    QCOMPARE(fingerprint(path), before); // nothing lost
    QVERIFY(QDir(elsewhere.path()).entryList({ QStringLiteral("*.jsonl") }, QDir::Files, QDir::NoSort).isEmpty());
    QVERIFY(QDir(elsewhere.path() + QLatin1Char('/') + ClaudePaths::encodeProjectFolder(AppPaths::observerCwd()))
                .entryList(QDir::Files)
                .isEmpty()); // no partial copy
    QVERIFY(hiddenEntries().isEmpty());
}

QTEST_GUILESS_MAIN(TestHideSafety)
#include "tst_hidesafety.moc"
