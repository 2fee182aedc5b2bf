// The Claude Code plugin in packaging/claude-plugin/, installed the way the
// README says (a local marketplace), with the real CLI against the stand-in:
// `claude plugin validate` passes, the plugin's server shows connected, a real
// session finds an old observation through the plugin's own tool names, and
// the plugin's hooks record that session's events. The programs are "installed"
// by putting the build tree's on PATH, as a prefix install does.
#include "MessagesApiStandIn.h"
#include "SandboxUser.h"
#include "TestEnv.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kPlugin = QStringLiteral(OT_SOURCE_DIR "/packaging/claude-plugin");
const QString kOldTitle = QStringLiteral("Exporter dropped the header row");
const QString kOldNarrative
    = QStringLiteral("CsvExporter wrote rows before checking the header flag; the header now goes first, always.");

// The name the CLI gave a tool of ours in this request's tool list ("…__search").
QString toolNamed(const MessagesApiStandIn::Request &r, const QString &suffix)
{
    for (const QJsonValue t : QJsonDocument::fromJson(r.body).object().value(QStringLiteral("tools")).toArray()) {
        const QString name = t.toObject().value(QStringLiteral("name")).toString();
        if (name.startsWith(QStringLiteral("mcp__")) && name.contains(QStringLiteral("observer-tray"))
            && name.endsWith(QStringLiteral("__") + suffix))
            return name;
    }
    return {};
}

// A tool of ours named in a ToolSearch answer (<function>{"name": "…__search", …}).
QString nameIn(const QString &text, const QString &suffix)
{
    const auto m = QRegularExpression(
        QStringLiteral("mcp__[A-Za-z0-9_-]*observer-tray[A-Za-z0-9_-]*__") + suffix + QStringLiteral("\\b"))
                       .match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}
} // namespace

class TestMcpPlugin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void validatePasses();
    void installsFromTheLocalMarketplaceAndConnects();
    void aRealSessionUsesThePluginsToolsAndHooks();

private:
    struct Cli
    {
        int exitCode = -1;
        QString output;
    };
    Cli claude(const QStringList &arguments) const;
    QTemporaryDir m_root;
    MessagesApiStandIn m_api;
    std::unique_ptr<SandboxUser> m_user;
    QProcessEnvironment m_env;
};

void TestMcpPlugin::initTestCase()
{
    if (TestEnv::realClaude().isEmpty())
        QSKIP("the pinned claude CLI is not installed (tests/e2e/install-cli.sh)");
    QVERIFY(m_api.listen());
    m_user = std::make_unique<SandboxUser>(m_root.path(), QStringLiteral(OT_APP), m_api.baseUrl());
    m_user->prependToPath(QFileInfo(QStringLiteral(OT_APP)).absolutePath());
    m_user->prependToPath(QFileInfo(QStringLiteral(OT_HOOK)).absolutePath());
    Database db(m_user->dataDir() + QStringLiteral("/observer-tray.db"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    Observation o;
    o.userSessionId = QStringLiteral("old");
    o.project = m_user->projectDir();
    o.type = QStringLiteral("bugfix");
    o.title = kOldTitle;
    o.narrative = kOldNarrative;
    o.createdAt = QDateTime::currentDateTime().addMonths(-4).toMSecsSinceEpoch();
    QString error;
    QVERIFY2(ObservationStore(db.connection()).commitAnswer({ o }, {}, {}, 0, &error), qPrintable(error));
}

TestMcpPlugin::Cli TestMcpPlugin::claude(const QStringList &arguments) const
{
    QProcess cli;
    cli.setProcessEnvironment(m_user->environment());
    cli.setWorkingDirectory(m_user->projectDir());
    cli.setStandardInputFile(QProcess::nullDevice());
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(TestEnv::realClaude(), arguments);
    Cli r;
    if (cli.waitForFinished(90000) && cli.exitStatus() == QProcess::NormalExit)
        r.exitCode = cli.exitCode();
    r.output = QString::fromUtf8(cli.readAll());
    return r;
}

void TestMcpPlugin::validatePasses()
{
    const Cli r = claude({ QStringLiteral("plugin"), QStringLiteral("validate"), QStringLiteral("--strict"), kPlugin });
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    // Validation alone would pass with hooks that run nothing: what it provides is checked too.
    QVERIFY2(r.output.contains(QStringLiteral("mcpServers: observer-tray stdio observer-tray [\"--mcp\"]")),
        qPrintable(r.output));
    QVERIFY(r.output.contains(QStringLiteral("skills: observer-tray:memory-search")));
}

void TestMcpPlugin::installsFromTheLocalMarketplaceAndConnects()
{
    const Cli add = claude({ QStringLiteral("plugin"), QStringLiteral("marketplace"), QStringLiteral("add"), kPlugin });
    QVERIFY2(add.exitCode == 0, qPrintable(add.output));
    const Cli install = claude(
        { QStringLiteral("plugin"), QStringLiteral("install"), QStringLiteral("observer-tray@observer-tray") });
    QVERIFY2(install.exitCode == 0, qPrintable(install.output));
    const Cli list = claude({ QStringLiteral("mcp"), QStringLiteral("list") });
    QVERIFY2(QRegularExpression(QStringLiteral("plugin:observer-tray:observer-tray: observer-tray --mcp .*Connected"))
                 .match(list.output)
                 .hasMatch(),
        qPrintable(list.output));
}

void TestMcpPlugin::aRealSessionUsesThePluginsToolsAndHooks()
{
    QString search, get;
    int searchAt = -1; // which tool result is the search's
    bool lookedUp = false;
    m_api.setToolPlanner([&](const MessagesApiStandIn::Request &r) -> std::optional<MessagesApiStandIn::ToolCall> {
        if (search.isEmpty()) { // offered at once, or found through ToolSearch as the model would
            search = toolNamed(r, QStringLiteral("search"));
            get = toolNamed(r, QStringLiteral("get_observations"));
        }
        if (search.isEmpty() && lookedUp && !r.toolResultTexts.isEmpty()) {
            search = nameIn(r.toolResultTexts.last(), QStringLiteral("search"));
            get = nameIn(r.toolResultTexts.last(), QStringLiteral("get_observations"));
        }
        if (search.isEmpty() && !lookedUp) {
            lookedUp = true; // the CLI defers a plugin's MCP tools behind ToolSearch
            return MessagesApiStandIn::ToolCall { QStringLiteral("ToolSearch"),
                { { "query", "+observer-tray search get_observations" }, { "max_results", 5 } } };
        }
        if (search.isEmpty() || get.isEmpty())
            return std::nullopt;
        if (searchAt < 0) {
            searchAt = r.toolResults;
            return MessagesApiStandIn::ToolCall { search, { { "query", "header row" } } };
        }
        const auto m = QRegularExpression(QStringLiteral("#(\\d+) ")).match(r.toolResultTexts.value(searchAt));
        if (r.toolResults == searchAt + 1 && m.hasMatch())
            return MessagesApiStandIn::ToolCall { get, { { "ids", QJsonArray { m.captured(1).toLongLong() } } } };
        return std::nullopt;
    });
    // --allowedTools needs the names before the session: the plugin's server is named by the plugin.
    const QString allowed = QStringLiteral("mcp__plugin_observer-tray_observer-tray__search,"
                                           "mcp__plugin_observer-tray_observer-tray__get_observations");
    const SandboxUser::ClientSession session
        = m_user->runSession(QStringLiteral("Why did the export lose its header?"), allowed);
    QVERIFY2(session.exitCode == 0, qPrintable(session.stderrText));
    if (search.isEmpty()) {
        QStringList offered; // what it was offered instead, to see why
        for (const MessagesApiStandIn::Request &r : m_api.messageRequests())
            for (const QJsonValue t : QJsonDocument::fromJson(r.body).object().value(QStringLiteral("tools")).toArray())
                offered << (t.toObject().value(QStringLiteral("name")).toString() == "ToolSearch"
                        ? QString::fromUtf8(QJsonDocument(t.toObject()).toJson())
                        : t.toObject().value(QStringLiteral("name")).toString());
        offered.removeDuplicates();
        QFAIL(qPrintable(QStringLiteral("no search tool of the plugin among: ") + offered.join(QLatin1Char(','))));
    }
    QVERIFY2(allowed.split(QLatin1Char(',')).contains(search), qPrintable(search));
    const MessagesApiStandIn::Request last = m_api.messageRequests().last();
    QCOMPARE(last.toolResultTexts.size(), searchAt + 2);
    QVERIFY2(last.toolResultTexts.at(searchAt).contains(kOldTitle), qPrintable(last.toolResultTexts.at(searchAt)));
    QVERIFY2(last.toolResultTexts.at(searchAt + 1).contains(kOldNarrative),
        qPrintable(last.toolResultTexts.at(searchAt + 1)));
    // The plugin's hooks ran the installed observer-tray-hook for this session.
    const QMap<QString, int> kinds = m_user->queuedKinds(session.sessionId);
    const QString seen
        = QStringList(kinds.keys()).join(',') + QStringLiteral(", post-tool-use: %1").arg(kinds.value("post-tool-use"));
    QVERIFY2(kinds.value(QStringLiteral("session-start")) == 1 && kinds.value(QStringLiteral("user-prompt-submit")) == 1
            && kinds.value(QStringLiteral("post-tool-use")) == searchAt + 2, // every tool call, ours included
        qPrintable(seen));
    for (const SandboxUser::HookRun &run : session.hookRuns)
        QVERIFY2(run.exitCode == 0, qPrintable(run.name + ": " + run.stderrText));
}

QTEST_GUILESS_MAIN(TestMcpPlugin)
#include "tst_mcp_plugin.moc"
