// --redact-existing [--dry-run]: memory stored before redaction existed is
// rewritten in one transaction, and the credential leaves the file itself
// (the bytes of the database and its WAL, the FTS index included).
#include "AppRun.h"
#include "core/queue/EventQueue.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>

namespace {
// Built from pieces: no whole credential in the source.
const QByteArray kTokenBody = "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7d";
const QByteArray kGithubToken = QByteArray("ghp") + "_" + kTokenBody;
const QByteArray kPassword = "hunter2-" + QByteArray("battery-staple");
} // namespace

class TestRedactExisting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dryRunCountsAndChangesNothing();
    void rewritesAndTheBytesAreGone();
    void badPatternChangesNothing();

private:
    static void seed(const AppSandbox &sandbox);
    static QByteArray storedBytes(const AppSandbox &sandbox);
};

void TestRedactExisting::seed(const AppSandbox &sandbox)
{
    Database db(sandbox.databasePath());
    QVERIFY2(db.open(), qPrintable(db.error()));
    Observation leaked;
    leaked.userSessionId = QStringLiteral("s1");
    leaked.project = QStringLiteral("/p");
    leaked.type = QStringLiteral("discovery");
    leaked.title = QStringLiteral("Deploy token found");
    leaked.narrative = QStringLiteral("The deploy script uses %1 to push.").arg(QString::fromLatin1(kGithubToken));
    leaked.facts = { QStringLiteral("DB_PASSWORD=%1").arg(QString::fromLatin1(kPassword)) };
    leaked.createdAt = 1000;
    Observation clean = leaked;
    clean.title = QStringLiteral("Pager fixed");
    clean.narrative = QStringLiteral("The loop bound was wrong.");
    clean.facts = { QStringLiteral("off by one") };
    SessionSummary summary;
    summary.userSessionId = QStringLiteral("s1");
    summary.project = QStringLiteral("/p");
    summary.request = QStringLiteral("Rotate %1").arg(QString::fromLatin1(kGithubToken));
    summary.createdAt = 1000;
    QString error;
    QVERIFY2(ObservationStore(db.connection()).commitAnswer({ leaked, clean }, { summary }, {}, 0, &error),
        qPrintable(error));
    QueuedEvent event;
    event.userSessionId = QStringLiteral("s1");
    event.kind = QStringLiteral("post-tool-use");
    event.project = QStringLiteral("/p");
    event.payload = R"({"tool_name":"Bash","tool_response":"HOST=db\nDB_PASSWORD=)" + kPassword + R"("})";
    event.createdAt = 1000;
    QVERIFY2(EventQueue(db.connection()).enqueue(event, &error), qPrintable(error));
}

QByteArray TestRedactExisting::storedBytes(const AppSandbox &sandbox)
{
    QByteArray all;
    for (const char *suffix : { "", "-wal" })
        all += readFile(sandbox.databasePath() + QLatin1String(suffix));
    return all;
}

void TestRedactExisting::dryRunCountsAndChangesNothing()
{
    AppSandbox sandbox;
    seed(sandbox);
    const QByteArray before = storedBytes(sandbox);
    QVERIFY(before.contains(kGithubToken) && before.contains(kPassword)); // the check below can see them
    const AppRun r = sandbox.run({ QStringLiteral("--redact-existing"), QStringLiteral("--dry-run") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("dryRun")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("observations")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("summaries")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("events")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("replacements")).toInt(), 4);
    QVERIFY2(r.err.contains("would redact 4 credential(s)"), r.err.constData());
    QCOMPARE(storedBytes(sandbox), before);
}

void TestRedactExisting::rewritesAndTheBytesAreGone()
{
    AppSandbox sandbox;
    seed(sandbox);
    // FTS keeps terms lower-cased and split at '_': the token's body is a term of its own.
    QVERIFY(storedBytes(sandbox).contains(kTokenBody.toLower()));
    const AppRun r = sandbox.run({ QStringLiteral("--redact-existing") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("observations")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("summaries")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("events")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("walTruncated")).toBool(), true);

    const QByteArray after = storedBytes(sandbox);
    QVERIFY(!after.contains(kGithubToken));
    QVERIFY(!after.contains(kPassword));
    QVERIFY(!after.contains(kTokenBody.toLower()));
    QVERIFY(after.contains("[redacted:github-token]"));

    Database db(sandbox.databasePath());
    QVERIFY(db.open());
    ObservationStore store(db.connection());
    QVERIFY(store.search(QString::fromLatin1(kTokenBody)).isEmpty());
    QCOMPARE(store.search(QStringLiteral("redacted")).size(), 1);
    QCOMPARE(store.search(QStringLiteral("loop bound")).size(), 1); // the clean one is untouched
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT payload FROM events")) && q.next());
    QVERIFY(q.value(0).toString().contains(QLatin1String("DB_PASSWORD=[redacted:env-secret]")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO observations_fts(observations_fts) VALUES('integrity-check')")));
    q.finish();

    // A second run finds nothing left.
    const AppRun again = sandbox.run({ QStringLiteral("--redact-existing") });
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().value(QStringLiteral("replacements")).toInt(), 0);
}

void TestRedactExisting::badPatternChangesNothing()
{
    AppSandbox sandbox;
    seed(sandbox);
    QVERIFY(writeFile(sandbox.home() + QStringLiteral("/config/capture.json"), "{\"redactPatterns\": [\"corp-(\"]}"));
    const QByteArray before = storedBytes(sandbox);
    const AppRun r = sandbox.run({ QStringLiteral("--redact-existing") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("corp-(") && r.err.contains("Nothing was changed"), r.err.constData());
    QCOMPARE(storedBytes(sandbox), before);
}

QTEST_GUILESS_MAIN(TestRedactExisting)
#include "tst_redact_existing.moc"
