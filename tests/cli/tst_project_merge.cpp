// Two projects merged in Settings ("these are one") and one renamed, met as a
// user meets them through the real binaries: the app (--headless) files the
// merged project's memory under the other, a new Claude Code session in
// either folder gets both projects' observations from observer-tray-hook, and
// the MCP search from either folder finds both. A name changes nothing stored.
#include "AppRun.h"
#include "GitRepos.h"
#include "core/platform/Settings.h"
#include "core/store/Database.h"
#include "core/store/ObservationStore.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QtTest>

#include <csignal>

class TestProjectMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_box.reset(); }
    void mergedProjectsShareOneMemory();

private:
    void seed(const QString &project, const QString &word, int observations);
    QStringList storedProjects() const;
    QByteArray sessionStart(const QString &cwd) const;
    QString mcpSearch(const QString &cwd, const QString &query) const;

    std::unique_ptr<AppSandbox> m_box;
    QString m_shop, m_old;
};

void TestProjectMerge::init()
{
    m_box = std::make_unique<AppSandbox>();
    const QString root = QFileInfo(m_box->home()).canonicalFilePath();
    m_shop = root + QStringLiteral("/shop");
    m_old = root + QStringLiteral("/shop-old");
    QVERIFY(GitRepos::init(m_shop));
    QVERIFY(GitRepos::init(m_old));
    QVERIFY(QDir().mkpath(m_old + QStringLiteral("/src")));
    QVERIFY(QDir().mkpath(m_box->dataDir()));
}

void TestProjectMerge::seed(const QString &project, const QString &word, int observations)
{
    Database db(m_box->databasePath());
    QVERIFY2(db.open(), qPrintable(db.error()));
    QList<Observation> list;
    for (int i = 0; i < observations; ++i) {
        Observation o;
        o.userSessionId = QStringLiteral("s-") + word;
        o.project = project;
        o.title = QStringLiteral("%1 finding %2").arg(word).arg(i);
        o.narrative = word + QStringLiteral(" narrative");
        o.createdAt = 1000 + i;
        list << o;
    }
    QString error;
    QVERIFY2(ObservationStore(db.connection()).commitAnswer(list, {}, {}, 0, &error), qPrintable(error));
}

QStringList TestProjectMerge::storedProjects() const
{
    Database db(m_box->databasePath());
    QStringList out;
    if (!db.open())
        return out;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT DISTINCT project FROM observations ORDER BY project")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

// What the hook prints for a new session in `cwd` (the context Claude Code shows the model).
QByteArray TestProjectMerge::sessionStart(const QString &cwd) const
{
    const QJsonObject event { { QStringLiteral("session_id"), QStringLiteral("new-") + QFileInfo(cwd).fileName() },
        { QStringLiteral("cwd"), cwd }, { QStringLiteral("hook_event_name"), QStringLiteral("SessionStart") },
        { QStringLiteral("source"), QStringLiteral("startup") } };
    QProcess hook;
    hook.setProcessEnvironment(m_box->env());
    hook.start(QStringLiteral(OT_HOOK), { QStringLiteral("session-start") });
    if (!hook.waitForStarted(10000))
        return {};
    hook.write(QJsonDocument(event).toJson(QJsonDocument::Compact));
    hook.closeWriteChannel();
    hook.waitForFinished(30000);
    return hook.readAllStandardOutput();
}

// The MCP `search` tool as Claude Code calls it from a session in `cwd`.
QString TestProjectMerge::mcpSearch(const QString &cwd, const QString &query) const
{
    QProcessEnvironment env = m_box->env();
    env.insert(QStringLiteral("CLAUDE_PROJECT_DIR"), cwd);
    const QJsonObject call { { QStringLiteral("jsonrpc"), QStringLiteral("2.0") }, { QStringLiteral("id"), 1 },
        { QStringLiteral("method"), QStringLiteral("tools/call") },
        { QStringLiteral("params"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("search") },
                { QStringLiteral("arguments"), QJsonObject { { QStringLiteral("query"), query } } } } } };
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(OT_APP), { QStringLiteral("--mcp") });
    if (!app.waitForStarted(10000))
        return {};
    app.write(QJsonDocument(call).toJson(QJsonDocument::Compact) + '\n');
    app.closeWriteChannel();
    app.waitForFinished(30000);
    const QJsonObject answer = QJsonDocument::fromJson(app.readAllStandardOutput()).object();
    return answer.value(QStringLiteral("result"))
        .toObject()
        .value(QStringLiteral("content"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("text"))
        .toString();
}

void TestProjectMerge::mergedProjectsShareOneMemory()
{
    seed(m_shop, QStringLiteral("walrus"), 3);
    seed(m_old, QStringLiteral("otter"), 2);
    QCOMPARE(storedProjects(), QStringList({ m_shop, m_old }));

    // What Settings → Projects saves: shop-old is one with shop, and shop is named.
    Settings settings(m_box->home() + QStringLiteral("/config/observer-tray.conf"));
    ProjectMap map = settings.projectMap();
    QVERIFY(map.merge(m_old.toStdString(), m_shop.toStdString()));
    map.rename(m_shop.toStdString(), "Shop");
    settings.setProjectMap(map);

    // The app files shop-old's memory under shop (the tray app does it on
    // saving; --headless at its start).
    QProcess app;
    app.setProcessEnvironment(m_box->env());
    app.start(QStringLiteral(OT_APP), { QStringLiteral("--headless") });
    QVERIFY(app.waitForStarted(30000));
    const auto stop = qScopeGuard([&app] {
        ::kill(pid_t(app.processId()), SIGTERM);
        if (!app.waitForFinished(30000))
            app.kill();
    });
    QTRY_COMPARE_WITH_TIMEOUT(storedProjects(), QStringList { m_shop }, 30000);

    // A new session in either folder is offered both projects' memory.
    for (const QString &cwd : { m_shop, m_old + QStringLiteral("/src") }) {
        const QByteArray context = sessionStart(cwd);
        QVERIFY2(context.contains("walrus finding") && context.contains("otter finding"), context.constData());
    }
    // The MCP search from the merged folder finds both.
    for (const QString &word : { QStringLiteral("walrus"), QStringLiteral("otter") }) {
        const QString found = mcpSearch(m_old, word);
        QVERIFY2(found.contains(word + QStringLiteral(" finding")), qPrintable(found));
    }
    // The name is only shown: memory stays filed under the path.
    QCOMPARE(storedProjects(), QStringList { m_shop });
    QCOMPARE(Settings(m_box->home() + QStringLiteral("/config/observer-tray.conf")).projectNames().value(m_shop),
        QStringLiteral("Shop"));
}

QTEST_GUILESS_MAIN(TestProjectMerge)
#include "tst_project_merge.moc"
