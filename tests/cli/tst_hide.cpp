// --hide-observer-sessions [--dry-run] and --restore-hidden-sessions
// (cli/CommandsSessions): a dry run moves nothing; hide then restore puts the
// transcript back; and when the database cannot be opened both say why on
// stderr and exit 1 (cli/CommandDatabase), leaving the file as it was.
#include "AppRun.h"
#include "core/claude/ClaudePaths.h"

#include "../hide/TranscriptFiles.h"

#include <QJsonArray>
#include <QtTest>

class TestHide : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void dryRunMovesNothing();
    void hideThenRestorePutsItBack();
    void restoreWithNothingHidden();
    void unusableDatabaseSaysWhy_data();
    void unusableDatabaseSaysWhy();

private:
    std::unique_ptr<AppSandbox> m_sandbox;
    QString m_transcript; // an observer's, old enough to hide
};

void TestHide::init()
{
    m_sandbox = std::make_unique<AppSandbox>();
    const QString observerCwd = m_sandbox->dataDir() + QStringLiteral("/observer-cwd");
    m_transcript = m_sandbox->claudeDir() + QStringLiteral("/projects/") + ClaudePaths::encodeProjectFolder(observerCwd)
        + QStringLiteral("/observer.jsonl");
    QVERIFY(writeTranscript(m_transcript, observerCwd, 3600));
}

void TestHide::dryRunMovesNothing()
{
    const Fingerprint before = fingerprint(m_transcript);
    const AppRun r = m_sandbox->run({ QStringLiteral("--hide-observer-sessions"), QStringLiteral("--dry-run") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = r.json();
    QCOMPARE(json.value(QStringLiteral("dryRun")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("candidates")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("candidateBytes")).toInteger(), QFileInfo(m_transcript).size());
    const QJsonArray files = json.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.at(0).toObject().value(QStringLiteral("path")).toString(), m_transcript);
    QVERIFY(!json.contains(QStringLiteral("hidden")));
    QCOMPARE(fingerprint(m_transcript), before);
    QVERIFY(QDir(json.value(QStringLiteral("hiddenDir")).toString()).isEmpty());
}

void TestHide::hideThenRestorePutsItBack()
{
    const Fingerprint before = fingerprint(m_transcript);
    const AppRun hidden = m_sandbox->run({ QStringLiteral("--hide-observer-sessions") });
    QCOMPARE(hidden.exitCode, 0);
    QCOMPARE(hidden.json().value(QStringLiteral("dryRun")).toBool(), false);
    QCOMPARE(hidden.json().value(QStringLiteral("hidden")).toInt(), 1);
    QVERIFY(!QFileInfo::exists(m_transcript));

    const AppRun restored = m_sandbox->run({ QStringLiteral("--restore-hidden-sessions") });
    QCOMPARE(restored.exitCode, 0);
    QCOMPARE(restored.json().value(QStringLiteral("restored")).toInt(), 1);
    QCOMPARE(restored.json().value(QStringLiteral("bytes")).toInteger(), QFileInfo(m_transcript).size());
    QCOMPARE(restored.json().value(QStringLiteral("conflicts")).toArray(), QJsonArray());
    QCOMPARE(fingerprint(m_transcript).sha, before.sha);
}

void TestHide::restoreWithNothingHidden()
{
    const AppRun r = m_sandbox->run({ QStringLiteral("--restore-hidden-sessions") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("restored")).toInt(-1), 0);
    QCOMPARE(r.json().value(QStringLiteral("conflicts")).toArray(), QJsonArray());
    QVERIFY(QFileInfo::exists(m_transcript));
}

void TestHide::unusableDatabaseSaysWhy_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("hide") << QStringList { QStringLiteral("--hide-observer-sessions") };
    QTest::newRow("dry run") << QStringList { QStringLiteral("--hide-observer-sessions"), QStringLiteral("--dry-run") };
    QTest::newRow("restore") << QStringList { QStringLiteral("--restore-hidden-sessions") };
}

void TestHide::unusableDatabaseSaysWhy()
{
    QFETCH(QStringList, arguments);
    QVERIFY(m_sandbox->putUnusableDatabase());
    const AppRun r = m_sandbox->run(arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(
        err.startsWith(QStringLiteral("observer-tray: ")) && err.contains(m_sandbox->databasePath()), qPrintable(err));
    QCOMPARE(m_sandbox->databaseBytes(), AppSandbox::kNotADatabase);
    QVERIFY(QFileInfo::exists(m_transcript));
}

QTEST_GUILESS_MAIN(TestHide)
#include "tst_hide.moc"
