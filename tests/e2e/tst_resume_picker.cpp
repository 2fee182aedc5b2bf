// The real `claude --resume` picker, driven under tmux: observer sessions are
// listed before the hide, gone after it, every user session stays, and
// restore brings them back. Built twice: with the default CLI, and (label
// oldcli) with each older CLI of the version matrix people still run.
#include "TestEnv.h"
#include "core/claude/ClaudePaths.h"
#include "core/hide/ObserverTranscriptFinder.h"
#include "core/hide/TranscriptHider.h"
#include "core/platform/AppPaths.h"
#include "core/store/Database.h"
#include "core/store/ObserverRunLog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

// How each CLI's picker looks: what it draws once ready, the key that lists
// every project's sessions and what it says then. 1.0.128 lists only the
// current project's sessions and has no such key.
struct PickerUi
{
    QString ready;
    QString allProjectsKey; // empty: the current project only
    QString allProjectsShown;
    QString empty; // what it says when it lists nothing (1.0.128 says so and exits)
    bool fromObserverFolder = false; // run the picker in the observers' own cwd
};
Q_DECLARE_METATYPE(PickerUi)

class TestResumePicker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hideAndRestoreAsThePickerShowsIt_data();
    void hideAndRestoreAsThePickerShowsIt();

private:
    QString writeSession(const QString &cwd, const QString &prompt);
    QString picker(const QString &claude, const PickerUi &ui, const QStringList &waitFor);
    QString tmux(const QStringList &args);
    void keepScreen(const QString &claude, const QString &screen);

    QTemporaryDir m_tmp;
    QString m_config;
    QString m_project;
    QString m_socket;
    int m_screens = 0;
    bool m_tmuxOk = false; // the last tmux command's outcome
    bool m_pickerRetried = false;
};

QString TestResumePicker::tmux(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("tmux"), QStringList { QStringLiteral("-L"), m_socket } + args);
    p.waitForFinished(15000);
    m_tmuxOk = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString TestResumePicker::writeSession(const QString &cwd, const QString &prompt)
{
    const QString sid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString folder = m_config + QStringLiteral("/projects/") + ClaudePaths::encodeProjectFolder(cwd);
    QDir().mkpath(folder);
    const QString first = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject user { { QStringLiteral("parentUuid"), QJsonValue() }, { QStringLiteral("isSidechain"), false },
        { QStringLiteral("type"), QStringLiteral("user") },
        { QStringLiteral("message"),
            QJsonObject { { QStringLiteral("role"), QStringLiteral("user") }, { QStringLiteral("content"), prompt } } },
        { QStringLiteral("uuid"), first }, { QStringLiteral("timestamp"), QStringLiteral("2026-11-20T10:00:00.000Z") },
        { QStringLiteral("userType"), QStringLiteral("external") },
        { QStringLiteral("entrypoint"), QStringLiteral("cli") }, { QStringLiteral("cwd"), cwd },
        { QStringLiteral("sessionId"), sid }, { QStringLiteral("version"), QStringLiteral("2.1.330") } };
    QJsonObject answer = user;
    answer.insert(QStringLiteral("type"), QStringLiteral("assistant"));
    answer.insert(QStringLiteral("parentUuid"), first);
    answer.insert(QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    answer.insert(QStringLiteral("message"),
        QJsonObject { { QStringLiteral("id"), QStringLiteral("msg_1") },
            { QStringLiteral("type"), QStringLiteral("message") },
            { QStringLiteral("role"), QStringLiteral("assistant") },
            { QStringLiteral("content"),
                QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                    { QStringLiteral("text"), QStringLiteral("ok") } } } } });
    QFile f(folder + QLatin1Char('/') + sid + QStringLiteral(".jsonl"));
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(user).toJson(QJsonDocument::Compact) + '\n'
            + QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n');
        f.flush();
        f.setFileTime(QDateTime::currentDateTime().addDays(-2), QFileDevice::FileModificationTime);
    }
    return sid;
}

void TestResumePicker::initTestCase()
{
    QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("tmux")).isEmpty());
    m_socket = QStringLiteral("ot-picker-%1").arg(QCoreApplication::applicationPid());
    AppPaths::setDataDirOverride(m_tmp.filePath(QStringLiteral("data")));
    m_config = m_tmp.filePath(QStringLiteral("claude"));
    m_project = m_tmp.filePath(QStringLiteral("proj"));
    QDir().mkpath(m_project);
    QDir().mkpath(m_tmp.filePath(QStringLiteral("home")));
    QFile dotClaude(m_config + QStringLiteral("/.claude.json"));
    QDir().mkpath(m_config);
    QVERIFY(dotClaude.open(QIODevice::WriteOnly));
    // allowedTools: 1.0.128 fails on a project entry without it.
    const QJsonObject trusted { { QStringLiteral("hasTrustDialogAccepted"), true },
        { QStringLiteral("allowedTools"), QJsonArray() } };
    QDir().mkpath(AppPaths::observerCwd());
    dotClaude.write(
        QJsonDocument(QJsonObject { { QStringLiteral("hasCompletedOnboarding"), true },
                          { QStringLiteral("projects"),
                              QJsonObject { { m_project, trusted }, { AppPaths::observerCwd(), trusted } } } })
            .toJson());
    dotClaude.close();
    QVERIFY(TestEnv::writeCredentials(m_config, QStringLiteral("sk-ant-oat01-picker")));
}

void TestResumePicker::cleanupTestCase()
{
    tmux({ QStringLiteral("kill-server") });
    AppPaths::setDataDirOverride({});
}

QString TestResumePicker::picker(const QString &claude, const PickerUi &ui, const QStringList &waitFor)
{
    tmux({ QStringLiteral("kill-server") });
    const QString command = QStringLiteral(
        "env -i HOME='%1' CLAUDE_CONFIG_DIR='%2' PATH=/usr/bin:/bin TERM=xterm-256color "
        "ANTHROPIC_BASE_URL=http://127.0.0.1:9 CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1 '%3' --resume; sleep 60")
                                .arg(m_tmp.filePath(QStringLiteral("home")), m_config, claude);
    // A server killed a moment ago can swallow the next new-session (seen once
    // in CI: an empty screen for 60 s): start again until the session exists.
    for (int attempt = 0; attempt < 3; ++attempt) {
        tmux({ QStringLiteral("new-session"), QStringLiteral("-d"), QStringLiteral("-x"), QStringLiteral("200"),
            QStringLiteral("-y"), QStringLiteral("50"), QStringLiteral("-c"),
            ui.fromObserverFolder ? AppPaths::observerCwd() : m_project, command });
        tmux({ QStringLiteral("has-session") });
        if (m_tmuxOk)
            break;
        tmux({ QStringLiteral("kill-server") });
    }
    QString screen;
    // Wait for the picker to draw, then ask for every project's sessions.
    if (!QTest::qWaitFor(
            [&] {
                return (screen = tmux({ QStringLiteral("capture-pane"), QStringLiteral("-p") })).contains(ui.ready)
                    || (!ui.empty.isEmpty() && screen.contains(ui.empty));
            },
            60000)) {
        keepScreen(claude, screen);
        if (screen.trimmed().isEmpty() && !m_pickerRetried) { // nothing drawn at all: tmux lost it, not the CLI
            m_pickerRetried = true;
            screen = picker(claude, ui, waitFor);
        }
        return screen;
    }
    // A key pressed while the picker is still mounting is dropped (seen on a
    // loaded CI runner): press again while the all-projects view is not shown.
    for (int press = 0; press < 3 && !ui.allProjectsKey.isEmpty(); ++press) {
        tmux({ QStringLiteral("send-keys"), ui.allProjectsKey });
        if (QTest::qWaitFor(
                [&] {
                    return (screen = tmux({ QStringLiteral("capture-pane"), QStringLiteral("-p") }))
                        .contains(ui.allProjectsShown);
                },
                10000))
            break;
    }
    // Whatever it shows by then is what the assertions judge.
    [[maybe_unused]] const bool shown = QTest::qWaitFor(
        [&] {
            screen = tmux({ QStringLiteral("capture-pane"), QStringLiteral("-p") });
            for (const QString &w : waitFor) {
                if (!screen.contains(w))
                    return false;
            }
            return screen.contains(ui.allProjectsShown) || (!ui.empty.isEmpty() && screen.contains(ui.empty));
        },
        30000);
    tmux({ QStringLiteral("kill-server") });
    keepScreen(claude, screen);
    return screen;
}

// Each screen the assertions judged, kept in the build tree (a message cuts it short).
void TestResumePicker::keepScreen(const QString &claude, const QString &screen)
{
    const QString dir = QStringLiteral(OT_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QFile f(dir
        + QStringLiteral("/picker-%1-%2.txt")
              .arg(QFileInfo(claude).path().section(QLatin1Char('/'), -3, -3))
              .arg(++m_screens));
    if (f.open(QIODevice::WriteOnly))
        f.write(screen.toUtf8());
}

void TestResumePicker::hideAndRestoreAsThePickerShowsIt_data()
{
    QTest::addColumn<QString>("claude");
    QTest::addColumn<PickerUi>("ui");
    const PickerUi since21 { QStringLiteral("Resume session"), QStringLiteral("C-a"),
        QStringLiteral("Ctrl+A to only show current repo"), {}, false };
    const QHash<QString, PickerUi> uis { { QStringLiteral("default"), since21 }, { QStringLiteral("2.1.197"), since21 },
        { QStringLiteral("2.0.77"),
            { QStringLiteral("Resume Session"), QStringLiteral("A"), QStringLiteral("A to show current dir"), {},
                false } },
        { QStringLiteral("1.0.128"), { QStringLiteral("Msgs"), {}, QStringLiteral("Esc to exit"), {}, false } } };
    PickerUi inObserverFolder = uis.value(QStringLiteral("1.0.128"));
    inObserverFolder.empty = QStringLiteral("No conversations found to resume");
    inObserverFolder.fromObserverFolder = true;
    for (const QString &version : QStringLiteral(OT_PICKER_VERSIONS).split(QLatin1Char(','))) {
        const QString claude = TestEnv::realClaude(version == QLatin1String("default") ? QString() : version);
        QTest::newRow(qPrintable(version)) << claude << uis.value(version);
        // 1.0.128 has no all-projects view: where observers flood it is their own folder.
        if (version == QLatin1String("1.0.128"))
            QTest::newRow("1.0.128 in the observer folder") << claude << inObserverFolder;
    }
}

void TestResumePicker::hideAndRestoreAsThePickerShowsIt()
{
    QFETCH(QString, claude);
    QFETCH(PickerUi, ui);
    QVERIFY2(QFileInfo::exists(claude), "run tests/e2e/install-cli.sh");
    QDir(m_config + QStringLiteral("/projects")).removeRecursively();
    QDir(AppPaths::hiddenSessionsDir()).removeRecursively();
    const QStringList users { QStringLiteral("USER-ALPHA refactor the pager"),
        QStringLiteral("USER-BETA observer-sessions folder") };
    const QStringList observers { QStringLiteral("OBS-OURS-CWD"), QStringLiteral("OBS-RECORDED-ID"),
        QStringLiteral("OBS-CLAUDE-MEM") };
    writeSession(m_project, users[0]);
    writeSession(m_tmp.filePath(QStringLiteral("code/observer-sessions")), users[1]); // a look-alike user project
    writeSession(AppPaths::observerCwd(), observers[0]);
    const QString recorded = writeSession(m_project, observers[1]);
    writeSession(m_tmp.filePath(QStringLiteral("home/.claude-mem/observer-sessions")), observers[2]);
    Database db(AppPaths::databasePath());
    QVERIFY(db.open());
    QString error;
    QVERIFY2(ObserverRunLog(db.connection())
                 .recordStart({ recorded, QStringLiteral("u"), {}, QStringLiteral("/x"), {} }, &error),
        qPrintable(error));

    // Without an all-projects key the picker lists this project's sessions only.
    const bool all = !ui.allProjectsKey.isEmpty();
    const QStringList listedUsers = all ? users : ui.fromObserverFolder ? QStringList() : QStringList { users[0] };
    const QStringList listedObservers = all ? observers
        : ui.fromObserverFolder             ? QStringList { observers[0] }
                                            : QStringList { observers[1] };
    const QString before = picker(claude, ui, listedUsers + listedObservers);
    for (const QString &s : listedUsers + listedObservers)
        QVERIFY2(before.contains(s), qPrintable(QStringLiteral("missing %1 before the hide:\n%2").arg(s, before)));

    QProcessEnvironment env;
    env.insert(QStringLiteral("CLAUDE_CONFIG_DIR"), m_config);
    TranscriptHider hider(db.connection());
    QCOMPARE(hider.hide(ObserverTranscriptFinder(db.connection(), env).plan()).hidden, 3);

    const QString after = picker(claude, ui, listedUsers);
    // The picker drew (an empty screen would show no observer either).
    QVERIFY2(after.contains(ui.ready) || (!ui.empty.isEmpty() && after.contains(ui.empty)), qPrintable(after));
    if (ui.fromObserverFolder)
        QVERIFY2(after.contains(ui.empty), qPrintable(after));
    for (const QString &s : listedUsers)
        QVERIFY2(after.contains(s), qPrintable(QStringLiteral("user session %1 gone:\n%2").arg(s, after)));
    for (const QString &s : observers)
        QVERIFY2(!after.contains(s), qPrintable(QStringLiteral("observer session %1 still listed:\n%2").arg(s, after)));

    QCOMPARE(hider.restore().hidden, 3);
    const QString restored = picker(claude, ui, listedUsers + listedObservers);
    for (const QString &s : listedUsers + listedObservers)
        QVERIFY2(restored.contains(s), qPrintable(QStringLiteral("missing %1 after restore:\n%2").arg(s, restored)));
}

QTEST_GUILESS_MAIN(TestResumePicker)
#include "tst_resume_picker.moc"
