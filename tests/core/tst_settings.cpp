#include "AppPaths.h"
#include "Settings.h"

#include <QTemporaryDir>
#include <QtTest>

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void excludedProjectsMatchWholeFolders();
    void pathsFollowTheEnvironment();
};

void TestSettings::defaults()
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("s.conf")));
    QCOMPARE(s.model(), QStringLiteral("haiku"));
    QCOMPARE(s.maxConcurrentObservers(), 2);
    QVERIFY(s.billingGuard());
    QVERIFY(s.injectContext());
    QVERIFY(s.autoHideObserverSessions());
    QVERIFY(s.observing());
    QVERIFY(s.skippedTools().contains(QStringLiteral("TodoWrite")));
    s.setMaxConcurrentObservers(100);
    QCOMPARE(s.maxConcurrentObservers(), 8);
}

void TestSettings::excludedProjectsMatchWholeFolders()
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("s.conf")));
    s.setExcludedProjects({QStringLiteral("/home/u/secret")});
    QVERIFY(s.isProjectExcluded(QStringLiteral("/home/u/secret")));
    QVERIFY(s.isProjectExcluded(QStringLiteral("/home/u/secret/sub")));
    QVERIFY(!s.isProjectExcluded(QStringLiteral("/home/u/secret-not")));
}

void TestSettings::pathsFollowTheEnvironment()
{
    // ctest sets these so no test touches the real home.
    QVERIFY(!qEnvironmentVariableIsEmpty("OBSERVER_TRAY_DATA_DIR"));
    QCOMPARE(AppPaths::dataDir(), QDir::cleanPath(qEnvironmentVariable("OBSERVER_TRAY_DATA_DIR")));
    AppPaths::setDataDirOverride(QStringLiteral("/tmp/override"));
    QCOMPARE(AppPaths::dataDir(), QStringLiteral("/tmp/override"));
    AppPaths::setDataDirOverride({});
    QCOMPARE(AppPaths::settingsPath(), QDir::cleanPath(qEnvironmentVariable("OBSERVER_TRAY_CONFIG_DIR")) + QStringLiteral("/observer-tray.conf"));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
