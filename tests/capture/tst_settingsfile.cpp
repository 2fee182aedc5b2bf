// SettingsFile: how the installer reads and replaces Claude Code's
// settings.json. The parts the installer tests do not reach: the backup's
// mode (the file can hold secrets), no backup of a file that did not exist,
// and what counts as an empty file.
#include "core/capture/SettingsFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestSettingsFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void missingFileIsAnEmptyObjectAndGetsNoBackup();
    void blankFileIsAnEmptyObject();
    void notAnObjectIsRefused();
    void backupKeepsTheFilesMode();

private:
    void write(const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestSettingsFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("settings.json"));
}

void TestSettingsFile::cleanup()
{
    m_dir.reset();
}

void TestSettingsFile::write(const QByteArray &bytes)
{
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

void TestSettingsFile::missingFileIsAnEmptyObjectAndGetsNoBackup()
{
    SettingsFile file(m_path);
    OrderedJson root = OrderedJson::array();
    QString error;
    QVERIFY(file.lock(&error));
    QVERIFY2(file.load(&root, &error), qPrintable(error));
    QVERIFY(root.isObject() && root.members().isEmpty());
    root.insert(QStringLiteral("k"), OrderedJson::string(QStringLiteral("v")));
    QVERIFY2(file.save(root, &error), qPrintable(error));
    QVERIFY(!file.backupWritten());
    QVERIFY(!QFile::exists(file.backupPath()));
    QFile saved(m_path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("{\n    \"k\": \"v\"\n}\n"));
}

void TestSettingsFile::blankFileIsAnEmptyObject()
{
    write(" \n\t\n");
    SettingsFile file(m_path);
    OrderedJson root = OrderedJson::array();
    QString error;
    QVERIFY2(file.load(&root, &error), qPrintable(error));
    QVERIFY(root.isObject() && root.members().isEmpty());
}

void TestSettingsFile::notAnObjectIsRefused()
{
    write("[1, 2]");
    SettingsFile file(m_path);
    OrderedJson root = OrderedJson::object();
    QString error;
    QVERIFY(!file.load(&root, &error));
    QVERIFY2(error.contains(QStringLiteral("it is not an object"))
            && error.contains(QStringLiteral("Nothing was "
                                             "changed")),
        qPrintable(error));
}

void TestSettingsFile::backupKeepsTheFilesMode()
{
    write(R"({"env": {"ANTHROPIC_API_KEY": "secret"}})");
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    SettingsFile file(m_path);
    OrderedJson root = OrderedJson::object();
    QString error;
    QVERIFY(file.lock(&error));
    QVERIFY2(file.load(&root, &error), qPrintable(error));
    QVERIFY2(file.save(root, &error), qPrintable(error));
    QVERIFY(file.backupWritten());
    const QFileDevice::Permissions mode = QFile::permissions(file.backupPath());
    QCOMPARE(mode, QFile::permissions(m_path));
    QVERIFY(!(mode & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

QTEST_GUILESS_MAIN(TestSettingsFile)
#include "tst_settingsfile.moc"
