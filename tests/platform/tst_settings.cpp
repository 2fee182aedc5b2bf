#include "core/platform/AppPaths.h"
#include "core/platform/Settings.h"
#include "hookcore/CaptureSettings.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void excludedProjectsMatchWholeFolders();
    void pathsFollowTheEnvironment();
    void captureSettingsAreWhatTheHookReads();
    void hookPathsFollowQtsXdgRules();
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
    s.setExcludedProjects({ QStringLiteral("/home/u/secret") });
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
    QCOMPARE(AppPaths::settingsPath(),
        QDir::cleanPath(qEnvironmentVariable("OBSERVER_TRAY_CONFIG_DIR")) + QStringLiteral("/observer-tray.conf"));
}

void TestSettings::captureSettingsAreWhatTheHookReads()
{
    QTemporaryDir dir;
    Settings s(dir.filePath(QStringLiteral("s.conf")));
    s.setSkippedTools({ QStringLiteral("Read"), QStringLiteral("Größe, \"quoted\"") });
    s.setExcludedProjects({ QStringLiteral("/home/u/projekt mit ä") });
    s.setInjectContext(false);
    std::string error;
    const CaptureSettings c = CaptureSettings::load(dir.filePath(QStringLiteral("capture.json")).toStdString(), &error);
    QVERIFY2(error.empty(), error.c_str());
    QVERIFY(!c.injectContext);
    QCOMPARE(c.skippedTools.size(), size_t(2));
    QCOMPARE(QString::fromStdString(c.skippedTools[1]), QStringLiteral("Größe, \"quoted\""));
    QVERIFY(c.isProjectExcluded("/home/u/projekt mit ä/src"));
    QVERIFY(!c.isProjectExcluded("/home/u/projekt"));
    QCOMPARE(s.skippedTools(), QStringList({ QStringLiteral("Read"), QStringLiteral("Größe, \"quoted\"") }));
    // No file: the defaults, no error.
    const CaptureSettings none = CaptureSettings::load(dir.filePath(QStringLiteral("none.json")).toStdString(), &error);
    QVERIFY(error.empty());
    QVERIFY(none.injectContext && none.isToolSkipped("TodoWrite"));
}

void TestSettings::hookPathsFollowQtsXdgRules()
{
    // HookPaths owns the rules; they must agree with what Qt's QStandardPaths says.
    const QByteArray savedData = qgetenv("OBSERVER_TRAY_DATA_DIR");
    const QByteArray savedConfig = qgetenv("OBSERVER_TRAY_CONFIG_DIR");
    qunsetenv("OBSERVER_TRAY_DATA_DIR");
    qunsetenv("OBSERVER_TRAY_CONFIG_DIR");
    for (const QByteArray &xdg : { QByteArray(), QByteArray("/tmp/xdg-home") }) {
        qputenv("XDG_DATA_HOME", xdg.isEmpty() ? QByteArray() : xdg + "/data");
        qputenv("XDG_CONFIG_HOME", xdg.isEmpty() ? QByteArray() : xdg + "/config");
        if (xdg.isEmpty()) {
            qunsetenv("XDG_DATA_HOME");
            qunsetenv("XDG_CONFIG_HOME");
        }
        QCOMPARE(AppPaths::dataDir(),
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/observer-tray"));
        QCOMPARE(AppPaths::configDir(),
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/observer-tray"));
    }
    qunsetenv("XDG_DATA_HOME");
    qunsetenv("XDG_CONFIG_HOME");
    qputenv("OBSERVER_TRAY_DATA_DIR", savedData);
    qputenv("OBSERVER_TRAY_CONFIG_DIR", savedConfig);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
