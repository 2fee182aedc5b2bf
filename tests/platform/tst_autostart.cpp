// "Start at login" writes an entry that a desktop runs with exactly the
// arguments meant: paths with spaces, quotes, `$`, backticks, `%` and
// backslashes survive the Desktop Entry spec's quoting; a line break is refused.
#include "core/platform/AppPaths.h"
#include "core/platform/AutostartEntry.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// A stand-in for observer-tray that writes its arguments, NUL-separated.
bool writeRecorder(const QString &path, const QString &outFile)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QString quotedOut = outFile;
    quotedOut.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    f.write(
        QStringLiteral("#!/bin/sh\nfor a in \"$@\"; do printf '%s\\0' \"$a\"; done > '%1.tmp' && mv '%1.tmp' '%1'\n")
            .arg(quotedOut)
            .toUtf8());
    f.close();
    return f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QStringList recordedArguments(const QString &outFile)
{
    QFile f(outFile);
    if (!f.open(QIODevice::ReadOnly))
        return { QStringLiteral("<nothing recorded>") };
    QStringList args;
    for (const QByteArray &a : f.readAll().split('\0'))
        args << QString::fromUtf8(a);
    args.removeLast(); // after the last NUL
    return args;
}
} // namespace

class TestAutostart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void desktopRunsItWithTheDataFolder_data();
    void desktopRunsItWithTheDataFolder();
    void defaultDataFolderNeedsNoArgument();
    void lineBreakIsRefused();
};

void TestAutostart::cleanup()
{
    AppPaths::setDataDirOverride({});
    QFile::remove(AutostartEntry::path());
}

void TestAutostart::desktopRunsItWithTheDataFolder_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name :
        { "with space", "dollar $HOME", "back`tick`", "per%cent %f", "quote\"d", "back\\slash", "all $`\\\"% of it" })
        QTest::newRow(name) << QString::fromUtf8(name);
}

void TestAutostart::desktopRunsItWithTheDataFolder()
{
    QFETCH(QString, name);
    QTemporaryDir base;
    // GLib checks the program exists before it expands field codes, so a `%`
    // is only tried in the data folder (the spec's quoting is the same).
    const QString program = base.filePath(QStringLiteral("bin ") + QString(name).remove(QLatin1Char('%')))
        + QStringLiteral("/observer-tray");
    const QString dataDir = base.filePath(QStringLiteral("data ") + name);
    const QString out = base.filePath(QStringLiteral("argv"));
    QVERIFY(writeRecorder(program, out));
    AppPaths::setDataDirOverride(dataDir);
    QString error;
    QVERIFY2(AutostartEntry::setEnabled(true, program, &error), qPrintable(error));

    if (const QString validate = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        !validate.isEmpty()) {
        QProcess v;
        v.start(validate, { AutostartEntry::path() });
        QVERIFY(v.waitForFinished(30000));
        QVERIFY2(v.exitCode() == 0, v.readAllStandardOutput() + v.readAllStandardError());
    }
    const QString gio = QStandardPaths::findExecutable(QStringLiteral("gio"));
    if (gio.isEmpty())
        QSKIP("gio (libglib2.0-bin) is not installed: the entry is validated but not launched");
    QProcess launch; // what a desktop does with the entry at login
    launch.start(gio, { QStringLiteral("launch"), AutostartEntry::path() });
    QVERIFY(launch.waitForFinished(30000));
    QVERIFY2(launch.exitCode() == 0, launch.readAllStandardError());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 10000);
    QCOMPARE(recordedArguments(out), (QStringList { QStringLiteral("--data-dir"), dataDir }));
}

void TestAutostart::defaultDataFolderNeedsNoArgument()
{
    const QByteArray saved = qgetenv("OBSERVER_TRAY_DATA_DIR");
    qunsetenv("OBSERVER_TRAY_DATA_DIR");
    QString error;
    const bool written = AutostartEntry::setEnabled(true, QStringLiteral("/usr/bin/observer-tray"), &error);
    qputenv("OBSERVER_TRAY_DATA_DIR", saved);
    QVERIFY2(written, qPrintable(error));
    QFile f(AutostartEntry::path());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("\nExec=\"/usr/bin/observer-tray\"\n"));
}

void TestAutostart::lineBreakIsRefused()
{
    QTemporaryDir base;
    AppPaths::setDataDirOverride(base.filePath(QStringLiteral("two\nlines")));
    QString error;
    QVERIFY(!AutostartEntry::setEnabled(true, QStringLiteral("/usr/bin/observer-tray"), &error));
    QVERIFY2(error.contains(QStringLiteral("line break")), qPrintable(error));
    QVERIFY(!QFile::exists(AutostartEntry::path())); // nothing half-right written
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
