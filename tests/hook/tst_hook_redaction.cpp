// A key printed by a tool never reaches the database: the real hook, on its
// fast path and on the full path (the first event creates the database), and
// the check is on the bytes of the database and its WAL, not on a SELECT.
#include "HookRunner.h"
#include "core/platform/AppPaths.h"
#include "core/platform/Settings.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace HookRunner;

namespace {
// Built from pieces: no whole credential in the source.
const QByteArray kAnthropicKey = QByteArray("sk-") + "ant-api03-" + "Xy7Qw2Er5Ty8Ui1Op4As6Df9Gh3Jk";
const QByteArray kPassword = "hunter2-" + QByteArray("correct-horse");

// Every byte SQLite keeps for the data folder: the database, its WAL and shared memory.
QByteArray storedBytes()
{
    QByteArray all;
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile f(AppPaths::databasePath() + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QByteArray eventWithSecrets()
{
    return toolEvent(QStringLiteral("Bash"), QStringLiteral("/home/u/proj"),
        QString::fromLatin1("key " + kAnthropicKey + "\nHOST=db\nDB_PASSWORD=" + kPassword + "\ncorp-deadbeef\n"));
}
} // namespace

class TestHookRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void secretsNeverReachTheDatabase();
    void userPatternsAreApplied();
    void badPatternRefusesTheEventWithTheReason();
    void offStoresWhatTheToolPrinted();
};

void TestHookRedaction::init()
{
    QDir(AppPaths::dataDir()).removeRecursively();
    QFile::remove(AppPaths::captureSettingsPath(AppPaths::settingsPath()));
}

void TestHookRedaction::secretsNeverReachTheDatabase()
{
    // First event: no database yet, the app's full path records it; second: the hook's fast path.
    for (int i = 0; i < 2; ++i) {
        const Run r = hook(QStringLiteral("post-tool-use"), eventWithSecrets());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }
    QCOMPARE(queued(), 2);
    const QByteArray bytes = storedBytes();
    QVERIFY(bytes.contains("[redacted:anthropic-key]"));
    QVERIFY(bytes.contains("DB_PASSWORD=[redacted:env-secret]"));
    QVERIFY(!bytes.contains(kAnthropicKey));
    QVERIFY(!bytes.contains(kPassword));
    QVERIFY(bytes.contains("HOST=db")); // the rest is kept
}

void TestHookRedaction::userPatternsAreApplied()
{
    Settings settings;
    QVERIFY(settings.setRedactPatterns({ QStringLiteral("corp-[0-9a-f]{8}") }));
    settings.sync();
    const Run r = hook(QStringLiteral("post-tool-use"), eventWithSecrets());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(queued(), 1);
    QVERIFY(!storedBytes().contains("corp-deadbeef"));
    QVERIFY(
        lastPayload().value(QStringLiteral("tool_response")).toString().contains(QLatin1String("[redacted:custom]")));
}

void TestHookRedaction::badPatternRefusesTheEventWithTheReason()
{
    QString error;
    QVERIFY(!Settings().setRedactPatterns({ QStringLiteral("corp-(") }, &error));
    QVERIFY2(error.contains(QLatin1String("corp-(")) && error.contains(QLatin1String("not a valid regular expression")),
        qPrintable(error));
    // A pattern hand-edited into the file: recording without it could store its secret.
    QFile capture(AppPaths::captureSettingsPath(AppPaths::settingsPath()));
    QVERIFY(QDir().mkpath(QFileInfo(capture).absolutePath()));
    QVERIFY(capture.open(QIODevice::WriteOnly));
    capture.write(R"({"redactPatterns": ["corp-("]})");
    capture.close();
    const Run r = hook(QStringLiteral("post-tool-use"), eventWithSecrets());
    QCOMPARE(r.exitCode, 0); // never blocks the user's session
    QVERIFY2(r.err.contains("redaction pattern \"corp-(\"") && r.err.contains("Settings"), r.err.constData());
    QCOMPARE(queued(), 0);
}

void TestHookRedaction::offStoresWhatTheToolPrinted()
{
    // The setting is honoured, and the byte check above can see a key when one is there.
    Settings settings;
    settings.setRedactSecrets(false);
    settings.sync();
    const Run r = hook(QStringLiteral("post-tool-use"), eventWithSecrets());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QVERIFY(storedBytes().contains(kAnthropicKey));
}

QTEST_GUILESS_MAIN(TestHookRedaction)
#include "tst_hook_redaction.moc"
