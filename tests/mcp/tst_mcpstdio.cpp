// The real `observer-tray --mcp` on a pipe, as Claude Code runs it: it ends
// when stdin ends, reads a 1 MB line, answers requests sent back to back in
// order, and survives what is not JSON-RPC.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {
QByteArray line(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray ping(int id)
{
    return line({ { "jsonrpc", "2.0" }, { "id", id }, { "method", "ping" } });
}

QList<QJsonObject> answers(const QByteArray &out)
{
    QList<QJsonObject> list;
    for (const QByteArray &l : out.split('\n'))
        if (!l.isEmpty())
            list << QJsonDocument::fromJson(l).object();
    return list;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    qint64 ms = 0;
};

// Writes everything, closes stdin, waits for the end.
Run serve(const QByteArray &input)
{
    QProcess app;
    app.start(QStringLiteral(OT_APP), { QStringLiteral("--mcp") });
    Run r;
    if (!app.waitForStarted(10000))
        return r;
    QElapsedTimer timer;
    timer.start();
    app.write(input);
    app.closeWriteChannel();
    const bool finished = app.waitForFinished(30000);
    r.ms = timer.elapsed();
    r.out = app.readAllStandardOutput();
    if (finished && app.exitStatus() == QProcess::NormalExit)
        r.exitCode = app.exitCode();
    else
        app.kill();
    return r;
}
} // namespace

class TestMcpStdio : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endsCleanlyWhenStdinEnds();
    void answersBackToBackRequestsInOrder();
    void readsAOneMegabyteLine();
    void refusesAnOverlongLineAndGoesOn();
    void answersWhileTheClientWaits();
};

void TestMcpStdio::endsCleanlyWhenStdinEnds()
{
    const Run r = serve({});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    const Run last = serve(R"({"jsonrpc":"2.0","id":1,"method":"ping"})"); // a last line without '\n'
    QCOMPARE(last.exitCode, 0);
    QCOMPARE(answers(last.out).size(), 1);
}

void TestMcpStdio::answersBackToBackRequestsInOrder()
{
    QByteArray input;
    for (int i = 1; i <= 50; ++i)
        input += i % 5 == 0 ? line({ { "jsonrpc", "2.0" }, { "id", i }, { "method", "tools/list" } }) : ping(i);
    input += "not json\n";
    input += line({ { "jsonrpc", "2.0" }, { "method", "notifications/initialized" } });
    input += ping(51);
    const Run r = serve(input);
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> got = answers(r.out);
    QCOMPARE(got.size(), 52);
    for (int i = 1; i <= 50; ++i)
        QCOMPARE(got.at(i - 1).value("id").toInt(), i);
    QCOMPARE(got.at(50).value("error").toObject().value("code").toInt(), -32700);
    QCOMPARE(got.at(51).value("id").toInt(), 51);
}

void TestMcpStdio::readsAOneMegabyteLine()
{
    const QString query = QString(1024 * 1024, QLatin1Char('a'));
    const QByteArray big = line({ { "jsonrpc", "2.0" }, { "id", 1 }, { "method", "tools/call" },
        { "params", QJsonObject { { "name", "search" }, { "arguments", QJsonObject { { "query", query } } } } } });
    QVERIFY(big.size() > 1024 * 1024);
    const Run r = serve(big + ping(2));
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> got = answers(r.out);
    QCOMPARE(got.size(), 2);
    const QJsonObject result = got.at(0).value("result").toObject();
    QVERIFY(result.value("isError").toBool());
    QVERIFY2(result.value("content").toArray().first().toObject().value("text").toString().contains(
                 "at most 1000 characters"),
        qPrintable(QJsonDocument(got.at(0)).toJson()));
    QCOMPARE(got.at(1).value("id").toInt(), 2);
}

void TestMcpStdio::refusesAnOverlongLineAndGoesOn()
{
    const QByteArray huge = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"x\":\""
        + QByteArray(9 * 1024 * 1024, 'b') + "\"}}\n";
    const Run r = serve(huge + ping(2));
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> got = answers(r.out);
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.at(0).value("error").toObject().value("code").toInt(), -32600);
    QVERIFY(got.at(0).value("error").toObject().value("message").toString().contains("longer than 8 MB"));
    QCOMPARE(got.at(1).value("id").toInt(), 2);
}

// A client that waits for each answer before the next request (as Claude Code
// does at start) gets each one without closing stdin: nothing is buffered.
void TestMcpStdio::answersWhileTheClientWaits()
{
    QProcess app;
    app.start(QStringLiteral(OT_APP), { QStringLiteral("--mcp") });
    QVERIFY(app.waitForStarted(10000));
    for (int i = 1; i <= 3; ++i) {
        app.write(ping(i));
        QTRY_VERIFY_WITH_TIMEOUT(app.canReadLine() || app.waitForReadyRead(100), 10000);
        QCOMPARE(QJsonDocument::fromJson(app.readLine()).object().value("id").toInt(), i);
    }
    app.closeWriteChannel();
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestMcpStdio)
#include "tst_mcpstdio.moc"
