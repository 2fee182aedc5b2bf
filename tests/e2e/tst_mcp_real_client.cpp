// The memory server with the real Claude Code CLI, set up only by the
// README's command (--install-hooks): `claude mcp list` shows it connected;
// a real `claude -p` session whose model (the stand-in) calls
// mcp__observer-tray__search, then get_observations for an id it reads out of
// that answer, gets the stored title and the full narrative of an observation
// from months ago; `remember` through the client reaches the next session's
// context and a search; --uninstall-hooks removes the server.
#include "MessagesApiStandIn.h"
#include "SandboxUser.h"
#include "TestEnv.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kSearch = QStringLiteral("mcp__observer-tray__search");
const QString kGet = QStringLiteral("mcp__observer-tray__get_observations");
const QString kRemember = QStringLiteral("mcp__observer-tray__remember");
const QString kOldTitle = QStringLiteral("Pager skipped its last page");
const QString kOldNarrative = QStringLiteral(
    "The pager looped to count - 1, so the last page never rendered. Fixed the bound in Pager::pages() and "
    "added a test with exactly one full page.");

Observation observation(const QString &project, const QString &title, const QString &narrative, qint64 createdAt)
{
    Observation o;
    o.userSessionId = QStringLiteral("old-session");
    o.project = project;
    o.type = QStringLiteral("bugfix");
    o.title = title;
    o.narrative = narrative;
    o.createdAt = createdAt;
    return o;
}

QJsonObject json(const QString &output)
{
    return QJsonDocument::fromJson(output.toUtf8()).object();
}
} // namespace

class TestMcpRealClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void installRegistersTheServerAndTheCliConnects();
    void aRealSessionSearchesThenReadsAnOldObservation();
    void rememberReachesTheNextSessionsContextAndSearch();
    void uninstallRemovesTheServer();

private:
    QString mcpList() const;
    QTemporaryDir m_root;
    MessagesApiStandIn m_api;
    std::unique_ptr<SandboxUser> m_user;
};

void TestMcpRealClient::initTestCase()
{
    if (TestEnv::realClaude().isEmpty())
        QSKIP("the pinned claude CLI is not installed (tests/e2e/install-cli.sh)");
    QVERIFY(m_api.listen());
    m_user = std::make_unique<SandboxUser>(m_root.path(), QStringLiteral(OT_APP), m_api.baseUrl());
    // Months of memory: the one that matters is old and buried.
    Database db(m_user->dataDir() + QStringLiteral("/observer-tray.db"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    const qint64 monthsAgo = QDateTime::currentDateTime().addMonths(-5).toMSecsSinceEpoch();
    // Stored after the newer ones, so its id is nothing a test could guess.
    QList<Observation> memory;
    for (int i = 0; i < 200; ++i)
        memory << observation(m_user->projectDir(), QStringLiteral("Routine change %1").arg(i),
            QStringLiteral("Nothing about paging here."), monthsAgo + (i + 1) * 3600000LL);
    memory << observation(m_user->projectDir(), kOldTitle, kOldNarrative, monthsAgo);
    QString error;
    QVERIFY2(ObservationStore(db.connection()).commitAnswer(memory, {}, {}, 0, &error), qPrintable(error));
}

QString TestMcpRealClient::mcpList() const
{
    QProcess claude;
    claude.setProcessEnvironment(m_user->environment());
    claude.setWorkingDirectory(m_user->projectDir());
    claude.setStandardInputFile(QProcess::nullDevice());
    claude.setProcessChannelMode(QProcess::MergedChannels);
    claude.start(TestEnv::realClaude(), { QStringLiteral("mcp"), QStringLiteral("list") });
    claude.waitForFinished(90000);
    return QString::fromUtf8(claude.readAll());
}

void TestMcpRealClient::installRegistersTheServerAndTheCliConnects()
{
    const SandboxUser::AppRun install = m_user->runApp({ QStringLiteral("--install-hooks") });
    QCOMPARE(install.exitCode, 0);
    const QJsonObject mcp = json(install.output).value(QStringLiteral("mcp")).toObject();
    QCOMPARE(mcp.value(QStringLiteral("status")).toString(), QStringLiteral("registered"));
    const SandboxUser::AppRun again = m_user->runApp({ QStringLiteral("--install-hooks") });
    QCOMPARE(
        json(again.output).value("mcp").toObject().value("status").toString(), QStringLiteral("already_registered"));
    const SandboxUser::AppRun status = m_user->runApp({ QStringLiteral("--hooks-status") });
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(json(status.output).value("mcp").toObject().value("status").toString(), QStringLiteral("registered"));
    const QString list = mcpList();
    QVERIFY2(QRegularExpression(QStringLiteral("observer-tray: .*--mcp.*Connected")).match(list).hasMatch(),
        qPrintable(list));
}

void TestMcpRealClient::aRealSessionSearchesThenReadsAnOldObservation()
{
    QString chosenId;
    m_api.setToolPlanner([&](const MessagesApiStandIn::Request &r) -> std::optional<MessagesApiStandIn::ToolCall> {
        if (r.toolResults == 0)
            return MessagesApiStandIn::ToolCall { kSearch, { { "query", "pager last page" } } };
        if (r.toolResults == 1) {
            // The id as the model would read it: out of the search's index line.
            const auto m = QRegularExpression(QStringLiteral("#(\\d+) [^\\n]*") + QRegularExpression::escape(kOldTitle))
                               .match(r.toolResultTexts.at(0));
            if (!m.hasMatch())
                return std::nullopt;
            chosenId = m.captured(1);
            return MessagesApiStandIn::ToolCall { kGet, { { "ids", QJsonArray { chosenId.toLongLong() } } } };
        }
        return std::nullopt;
    });
    const SandboxUser::ClientSession session
        = m_user->runSession(QStringLiteral("What happened with the pager?"), kSearch + QLatin1Char(',') + kGet);
    QVERIFY2(session.exitCode == 0, qPrintable(session.stderrText));
    QVERIFY(!chosenId.isEmpty());
    const MessagesApiStandIn::Request last = m_api.messageRequests().last();
    QCOMPARE(last.toolResultTexts.size(), 2);
    QVERIFY2(last.toolResultTexts.at(0).contains(kOldTitle), qPrintable(last.toolResultTexts.at(0)));
    QVERIFY(!last.toolResultTexts.at(0).contains(kOldNarrative)); // an index, not bodies
    QVERIFY2(last.toolResultTexts.at(1).contains(QStringLiteral("## #") + chosenId + QLatin1Char(' ') + kOldTitle),
        qPrintable(last.toolResultTexts.at(1)));
    QVERIFY2(last.toolResultTexts.at(1).contains(kOldNarrative), qPrintable(last.toolResultTexts.at(1)));
    qInfo().noquote() << "search answered:\n"
                      << last.toolResultTexts.at(0) << "\nget_observations answered:\n"
                      << last.toolResultTexts.at(1);
}

void TestMcpRealClient::rememberReachesTheNextSessionsContextAndSearch()
{
    const QString note = QStringLiteral("Release builds need OT_LTO=ON; the nightly job forgets it.");
    m_api.setToolPlanner([&](const MessagesApiStandIn::Request &r) -> std::optional<MessagesApiStandIn::ToolCall> {
        if (r.toolResults == 0)
            return MessagesApiStandIn::ToolCall { kRemember,
                { { "text", note }, { "title", "LTO in release builds" } } };
        return std::nullopt;
    });
    const SandboxUser::ClientSession saving
        = m_user->runSession(QStringLiteral("Remember: LTO in release builds."), kRemember);
    QVERIFY2(saving.exitCode == 0, qPrintable(saving.stderrText));
    QVERIFY2(m_api.messageRequests().last().toolResultTexts.value(0).startsWith(QStringLiteral("Remembered for ")),
        qPrintable(m_api.messageRequests().last().toolResultTexts.value(0)));

    const int before = m_api.calls();
    m_api.setToolPlanner([&](const MessagesApiStandIn::Request &r) -> std::optional<MessagesApiStandIn::ToolCall> {
        if (r.toolResults == 0)
            return MessagesApiStandIn::ToolCall { kSearch, { { "query", "LTO nightly" } } };
        return std::nullopt;
    });
    const SandboxUser::ClientSession next = m_user->runSession(QStringLiteral("How do we build releases?"), kSearch);
    QVERIFY2(next.exitCode == 0, qPrintable(next.stderrText));
    const QList<MessagesApiStandIn::Request> requests = m_api.messageRequests().mid(before);
    QVERIFY(!requests.isEmpty());
    // The SessionStart hook's context, as the CLI hands it to the model.
    const MessagesApiStandIn::Request &first = requests.first();
    QVERIFY2((first.systemMessageText + QString::fromUtf8(first.body))
                 .contains(QStringLiteral("[note] LTO in release builds")),
        qPrintable(first.systemMessageText));
    QVERIFY2(requests.last().toolResultTexts.value(0).contains(QStringLiteral("[note] LTO in release builds")),
        qPrintable(requests.last().toolResultTexts.value(0)));
}

void TestMcpRealClient::uninstallRemovesTheServer()
{
    const SandboxUser::AppRun uninstall = m_user->runApp({ QStringLiteral("--uninstall-hooks") });
    QCOMPARE(uninstall.exitCode, 0);
    QCOMPARE(json(uninstall.output).value("mcp").toObject().value("status").toString(), QStringLiteral("removed"));
    QVERIFY(!mcpList().contains(QStringLiteral("observer-tray:")));
    const SandboxUser::AppRun status = m_user->runApp({ QStringLiteral("--hooks-status") });
    QCOMPARE(json(status.output).value("mcp").toObject().value("status").toString(), QStringLiteral("not_registered"));
}

QTEST_GUILESS_MAIN(TestMcpRealClient)
#include "tst_mcp_real_client.moc"
