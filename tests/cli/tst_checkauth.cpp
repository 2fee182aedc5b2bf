// --check-auth (cli/CommandsAuth): the exit code is the README's for each
// state, the result is kept for --status, and a database that cannot be
// opened costs only the saving (said on stderr), not the answer.
#include "AppRun.h"

#include <QtTest>

namespace {
// A `claude` that is installed and answers, but whose user is not signed in.
bool addSignedOutClaude(const AppSandbox &sandbox)
{
    const QString path = sandbox.binDir() + QStringLiteral("/claude");
    const QByteArray script = QStringLiteral("#!/bin/sh\n"
                                             "case \"$1\" in\n"
                                             "--version) echo '2.1.197 (Claude Code)' ;;\n"
                                             "--help) cat '%1' ;;\n"
                                             "auth) echo '{\"loggedIn\": false, \"authMethod\": \"none\"}'; exit 1 ;;\n"
                                             "esac\n")
                                  .arg(QStringLiteral(OT_FIXTURES_DIR "/cli-help/2.1.197.txt"))
                                  .toUtf8();
    return writeFile(path, script)
        && QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}
} // namespace

class TestCheckAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodeIsTheReadmes_data();
    void exitCodeIsTheReadmes();
    void unusableDatabaseCostsOnlyTheSaving();
};

void TestCheckAuth::exitCodeIsTheReadmes_data()
{
    QTest::addColumn<QString>("claude");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("signed in") << QStringLiteral("fake") << QStringLiteral("signed_in") << 0;
    QTest::newRow("not signed in") << QStringLiteral("signed out") << QStringLiteral("not_signed_in") << 1;
    QTest::newRow("no claude") << QString() << QStringLiteral("cli_not_found") << 2;
}

void TestCheckAuth::exitCodeIsTheReadmes()
{
    QFETCH(QString, claude);
    QFETCH(QString, state);
    QFETCH(int, exitCode);
    AppSandbox sandbox;
    if (claude == QLatin1String("fake"))
        QVERIFY(sandbox.addFakeClaude());
    else if (!claude.isEmpty())
        QVERIFY(addSignedOutClaude(sandbox));
    const AppRun r = sandbox.run({ QStringLiteral("--check-auth") });
    QCOMPARE(r.json().value(QStringLiteral("state")).toString(), state);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    // Kept for --status and the tray.
    QCOMPARE(sandbox.run({ QStringLiteral("--status") }).json().value(QStringLiteral("state")).toString(), state);
}

void TestCheckAuth::unusableDatabaseCostsOnlyTheSaving()
{
    AppSandbox sandbox;
    QVERIFY(sandbox.addFakeClaude());
    QVERIFY(sandbox.putUnusableDatabase());
    const AppRun r = sandbox.run({ QStringLiteral("--check-auth") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("signed_in"));
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(QStringLiteral("observer-tray: could not save the result: "))
            && err.contains(sandbox.databasePath()),
        qPrintable(err));
    QCOMPARE(sandbox.databaseBytes(), AppSandbox::kNotADatabase);
}

QTEST_GUILESS_MAIN(TestCheckAuth)
#include "tst_checkauth.moc"
