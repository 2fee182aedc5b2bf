// A data folder the user chose keeps its mode; what the app creates is
// private; and the Status page says when the data folder is readable by others.
#include "core/platform/AppPaths.h"
#include "gui/AppController.h"
#include "gui/MainWindow.h"
#include "gui/StatusPage.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

namespace {
int modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QByteArray runApp(const QString &dataDir, const QString &command, const QString &home, int *exitCode)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), home + QStringLiteral("/.claude"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(OT_APP), { QStringLiteral("--data-dir"), dataDir, command });
    app.waitForFinished(60000);
    *exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    return app.readAllStandardOutput();
}
} // namespace

class TestDataFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void existingFolderKeepsItsMode();
    void statusPageSaysWhenOthersCanRead();
};

void TestDataFolder::existingFolderKeepsItsMode()
{
    QTemporaryDir home;
    const QString documents = home.filePath(QStringLiteral("Documents"));
    QVERIFY(QDir().mkpath(documents));
    QVERIFY(::chmod(QFile::encodeName(documents).constData(), 0755) == 0);
    int rc = -1;
    runApp(documents, QStringLiteral("--hide-observer-sessions"), home.path(), &rc); // creates db and folders
    QCOMPARE(rc, 0);
    QCOMPARE(modeOf(documents), 0755); // the user's folder, as it was
    QCOMPARE(modeOf(documents + QStringLiteral("/observer-tray.db")), 0600);
    QCOMPARE(modeOf(documents + QStringLiteral("/hidden-sessions")), 0700);
    const QJsonObject status
        = QJsonDocument::fromJson(runApp(documents, QStringLiteral("--status"), home.path(), &rc)).object();
    QVERIFY2(status.value(QStringLiteral("dataDirWarning")).toString().contains(QStringLiteral("chmod 700")),
        qPrintable(status.value(QStringLiteral("dataDirWarning")).toString()));

    const QString fresh = home.filePath(QStringLiteral("new/data"));
    runApp(fresh, QStringLiteral("--hide-observer-sessions"), home.path(), &rc);
    QCOMPARE(rc, 0);
    QCOMPARE(modeOf(fresh), 0700); // made here, so made private
    const QJsonObject freshStatus
        = QJsonDocument::fromJson(runApp(fresh, QStringLiteral("--status"), home.path(), &rc)).object();
    QVERIFY(!freshStatus.contains(QStringLiteral("dataDirWarning")));
}

void TestDataFolder::statusPageSaysWhenOthersCanRead()
{
    QTemporaryDir home;
    const QString shared = home.filePath(QStringLiteral("shared data"));
    QVERIFY(QDir().mkpath(shared));
    QVERIFY(::chmod(QFile::encodeName(shared).constData(), 0750) == 0);
    AppPaths::setDataDirOverride(shared);
    QDir(AppPaths::runtimeDir()).removeRecursively();
    AppController app;
    QVERIFY(app.start());
    const QString detail = app.window()->statusPage()->detailText();
    QVERIFY2(detail.contains(QStringLiteral("chmod 700 '%1'").arg(shared)), qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("0750")));
    app.quit();
    AppPaths::setDataDirOverride({});
}

QTEST_MAIN(TestDataFolder)
#include "tst_datafolder.moc"
