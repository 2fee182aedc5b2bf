// The README's one table of exit codes and status values is what scripts rely
// on. Every sign-in state and tray state the code can name must be in it, what
// `--status` prints as the tray state must be one of them, and the exit code
// it gives for each `--hooks-status` value must be the one the real binary
// returns, with settings.json in that state.
#include "core/auth/AuthState.h"
#include "core/status/StatusModel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// The README section "Exit codes and status values", up to the next section.
QString readmeTable()
{
    QFile f(QStringLiteral(OT_SOURCE_DIR "/README.md"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype start = text.indexOf(QLatin1String("\n## Exit codes and status values\n"));
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(QLatin1String("\n## "), start + 1);
    return text.mid(start, end < 0 ? -1 : end - start);
}

// The cells of the table row whose first cell is exactly `command`.
QString rowFor(const QString &table, const QString &command)
{
    for (const QString &line : table.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("| ") + command + QStringLiteral(" |")))
            return line;
    }
    return {};
}

// The table row whose first cell begins with `start`.
QString rowStartingWith(const QString &table, const QString &start)
{
    for (const QString &line : table.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("| ") + start))
            return line;
    }
    return {};
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray hookGroup(const QString &program)
{
    return QByteArrayLiteral(R"({"hooks":{"PostToolUse":[{"hooks":[{"type":"command","command":")") + program.toUtf8()
        + QByteArrayLiteral(R"( post-tool-use"}]}]}})");
}
} // namespace

class TestReadmeTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everySignInStateIsListed();
    void everyCredentialCodeIsListed();
    void everyTrayStateIsListed();
    void statusPrintsAListedTrayState();
    void hooksStatusCodesAreTheBinarys_data();
    void hooksStatusCodesAreTheBinarys();

private:
    QString m_table;
};

void TestReadmeTable::initTestCase()
{
    m_table = readmeTable();
    QVERIFY2(!m_table.isEmpty(), "README.md has no section '## Exit codes and status values'");
}

void TestReadmeTable::everySignInStateIsListed()
{
    for (int k = AuthState::Unknown; k <= AuthState::Error; ++k) {
        const QString name = AuthState::kindName(AuthState::Kind(k));
        QVERIFY2(m_table.contains(QLatin1Char('`') + name + QLatin1Char('`')),
            qPrintable(QStringLiteral("README's table does not list the sign-in state `%1`").arg(name)));
    }
}

void TestReadmeTable::everyCredentialCodeIsListed()
{
    for (int c = AuthState::NoCredential; c <= AuthState::OtherCredential; ++c) {
        const QString name = AuthState::credentialName(AuthState::Credential(c));
        QVERIFY2(m_table.contains(QLatin1Char('`') + name + QLatin1Char('`')),
            qPrintable(QStringLiteral("README's table does not list the credential code `%1`").arg(name)));
    }
}

void TestReadmeTable::everyTrayStateIsListed()
{
    const QString row = rowStartingWith(m_table, QStringLiteral("`observing`, `paused`"));
    QVERIFY2(!row.isEmpty(), "README's table has no row of tray states starting with `observing`, `paused`");
    QVERIFY(row.contains(QLatin1String("`trayState`")));
    const QMetaEnum states = QMetaEnum::fromType<StatusModel::State>();
    for (int i = 0; i < states.keyCount(); ++i) {
        const QString code = StatusModel::stateCode(StatusModel::State(states.value(i)));
        QVERIFY2(row.contains(QLatin1Char('`') + code + QLatin1Char('`')),
            qPrintable(QStringLiteral("README's tray-state row does not list `%1`").arg(code)));
    }
}

// The real binary, before anything was ever installed: no hooks, so nothing
// would be recorded; the tray says so, and scripts read `hooks_not_installed`.
void TestReadmeTable::statusPrintsAListedTrayState()
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("OBSERVER_TRAY_DATA_DIR"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("OBSERVER_TRAY_CONFIG_DIR"), home.filePath(QStringLiteral("config")));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(OT_APP), { QStringLiteral("--status") });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString state
        = QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("trayState")).toString();
    QCOMPARE(state, QStringLiteral("hooks_not_installed")); // no hooks yet: nothing would be recorded
    const QString row = rowStartingWith(m_table, QStringLiteral("`observing`, `paused`"));
    QVERIFY(row.contains(QLatin1Char('`') + state + QLatin1Char('`')));
}

void TestReadmeTable::hooksStatusCodesAreTheBinarys_data()
{
    QTest::addColumn<QByteArray>("settings"); // empty: no settings.json at all
    QTest::addColumn<QString>("status");
    QTest::newRow("not installed") << QByteArray() << QStringLiteral("not_installed");
    QTest::newRow("broken") << hookGroup(QStringLiteral("/nonexistent/observer-tray-hook")) << QStringLiteral("broken");
    QTest::newRow("unreadable") << QByteArray("{ not json") << QStringLiteral("unreadable");
    QTest::newRow("outdated") << QByteArray("another hook program") << QStringLiteral("outdated");
    QTest::newRow("installed") << QByteArray("install") << QStringLiteral("installed");
}

void TestReadmeTable::hooksStatusCodesAreTheBinarys()
{
    QFETCH(QByteArray, settings);
    QFETCH(QString, status);
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), home.filePath(QStringLiteral(".claude")));
    env.insert(QStringLiteral("OBSERVER_TRAY_DATA_DIR"), home.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("OBSERVER_TRAY_HOOK_PATH"));
    auto run = [&](const QString &command, QByteArray *out) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(OT_APP), { command });
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
            return -1;
        *out = p.readAllStandardOutput();
        return p.exitCode();
    };
    QByteArray out;
    if (settings == "install") {
        QCOMPARE(run(QStringLiteral("--install-hooks"), &out), 0);
    } else if (settings == "another hook program") { // ours by name, but not this copy's
        const QString other = home.filePath(QStringLiteral("old/observer-tray-hook"));
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("old"))) && QFile::copy(QStringLiteral("/bin/true"), other));
        QVERIFY(write(home.filePath(QStringLiteral(".claude/settings.json")), hookGroup(other)));
    } else if (!settings.isEmpty())
        QVERIFY(write(home.filePath(QStringLiteral(".claude/settings.json")), settings));

    const int code = run(QStringLiteral("--hooks-status"), &out);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("status")).toString(), status);
    const QString row = rowFor(m_table, QStringLiteral("`--hooks-status`"));
    QVERIFY2(!row.isEmpty(), "README's table has no `--hooks-status` row");
    const QRegularExpression listed(QStringLiteral("(\\d+) `%1`").arg(status));
    const QRegularExpressionMatch m = listed.match(row);
    QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("README's --hooks-status row does not list `%1`").arg(status)));
    QCOMPARE(m.captured(1).toInt(), code);
}

QTEST_GUILESS_MAIN(TestReadmeTable)
#include "tst_readme_table.moc"
