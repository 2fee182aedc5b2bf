// One Observer Tray per user, and a second launch that brings the first one's
// window up. When the runtime folder does not let it do that job, the app
// still runs and says why a second launch cannot reach it.
#include "core/platform/AppPaths.h"
#include "gui/SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void secondInstanceAsksTheFirstToShowItself();
    void aSocketPathThatIsTakenIsSaidAndTheAppRuns();
    void anUnusableRuntimeFolderIsSaidAndTheAppRuns();
    void aFirstInstanceThatDoesNotAnswerIsSaid();

private:
    std::unique_ptr<QTemporaryDir> m_home; // the runtime folder lives here, whoever runs the test
};

void TestSingleInstance::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    qputenv("OBSERVER_TRAY_RUNTIME_DIR", QFile::encodeName(m_home->filePath(QStringLiteral("run"))));
}

void TestSingleInstance::cleanup()
{
    m_home.reset();
}

void TestSingleInstance::secondInstanceAsksTheFirstToShowItself()
{
    SingleInstance first;
    QVERIFY(first.claim());
    QCOMPARE(first.problem(), QString());
    QSignalSpy raise(&first, &SingleInstance::raiseRequested);
    SingleInstance second;
    QVERIFY(!second.claim()); // "already running"
    QCOMPARE(second.problem(), QString());
    QVERIFY(raise.wait(5000));
}

// Something that is not a socket at the server path (here a folder, which
// removeServer cannot clear): listen() fails for real.
void TestSingleInstance::aSocketPathThatIsTakenIsSaidAndTheAppRuns()
{
    QVERIFY(QDir().mkpath(SingleInstance::serverName()));
    SingleInstance first;
    QVERIFY(first.claim()); // runs
    QVERIFY2(first.problem().contains(SingleInstance::serverName()), qPrintable(first.problem()));
    QVERIFY(first.problem().contains(QLatin1String("will not open this window")));

    // Still the one instance: a second launch does not start a second app,
    // and it says that the first did not answer instead of pretending it did.
    SingleInstance second;
    QVERIFY(!second.claim());
    QVERIFY2(second.problem().contains(QLatin1String("did not answer")), qPrintable(second.problem()));
}

void TestSingleInstance::anUnusableRuntimeFolderIsSaidAndTheAppRuns()
{
    const QString notAFolder = AppPaths::runtimeDir() + QStringLiteral("-file");
    QFile file(notAFolder);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    qputenv("OBSERVER_TRAY_RUNTIME_DIR", QFile::encodeName(notAFolder));
    SingleInstance only;
    QVERIFY(only.claim()); // no lock is no reason not to run
    QVERIFY2(only.problem().contains(notAFolder), qPrintable(only.problem()));
    QVERIFY(only.problem().contains(QLatin1String("XDG_RUNTIME_DIR")));
}

// The lock is held (by a live process: this one) but nobody listens.
void TestSingleInstance::aFirstInstanceThatDoesNotAnswerIsSaid()
{
    QVERIFY(QDir().mkpath(AppPaths::runtimeDir()));
    QLockFile held(AppPaths::runtimeDir() + QStringLiteral("/observer-tray.lock"));
    QVERIFY(held.tryLock());
    SingleInstance second;
    QVERIFY(!second.claim());
    QVERIFY2(second.problem().contains(SingleInstance::serverName()), qPrintable(second.problem()));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
