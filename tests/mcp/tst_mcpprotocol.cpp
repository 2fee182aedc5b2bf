// The JSON-RPC and MCP layer of observer-tray --mcp, in-process: negotiation,
// the tool list, and every malformed message a client could send.
#include "McpCall.h"

#include <QtTest>

class TestMcpProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initializeAnswersTheOfferedVersionItSpeaks_data();
    void initializeAnswersTheOfferedVersionItSpeaks();
    void initializeNamesTheServerAndOffersTools();
    void toolsListGivesEachToolASchema();
    void pingAnswersEmpty();
    void notificationsAndResponsesGetNoAnswer();
    void malformedMessagesGetJsonRpcErrors_data();
    void malformedMessagesGetJsonRpcErrors();
    void unknownToolIsAProtocolError();
    void badArgumentsAreAToolError();
    void idIsEchoedExactly();
};

void TestMcpProtocol::initializeAnswersTheOfferedVersionItSpeaks_data()
{
    QTest::addColumn<QString>("offered");
    QTest::addColumn<QString>("answered");
    QTest::newRow("newest") << "2025-11-25"
                            << "2025-11-25";
    QTest::newRow("2025-06-18") << "2025-06-18"
                                << "2025-06-18";
    QTest::newRow("2025-03-26") << "2025-03-26"
                                << "2025-03-26";
    QTest::newRow("oldest") << "2024-11-05"
                            << "2024-11-05";
    QTest::newRow("unknown future: our newest") << "2099-01-01"
                                                << "2025-11-25";
    QTest::newRow("unknown past: our newest") << "2024-10-07"
                                              << "2025-11-25";
    QTest::newRow("none: our newest") << ""
                                      << "2025-11-25";
}

void TestMcpProtocol::initializeAnswersTheOfferedVersionItSpeaks()
{
    QFETCH(QString, offered);
    QFETCH(QString, answered);
    McpServer server;
    QJsonObject params { { QStringLiteral("capabilities"), QJsonObject() },
        { QStringLiteral("clientInfo"), QJsonObject { { QStringLiteral("name"), QStringLiteral("t") } } } };
    if (!offered.isEmpty())
        params.insert(QStringLiteral("protocolVersion"), offered);
    const QJsonObject answer = answerTo(server, request(1, QStringLiteral("initialize"), params));
    QCOMPARE(answer.value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(answer.value(QStringLiteral("result")).toObject().value(QStringLiteral("protocolVersion")).toString(),
        answered);
}

void TestMcpProtocol::initializeNamesTheServerAndOffersTools()
{
    McpServer server;
    const QJsonObject result = answerTo(
        server, request(1, QStringLiteral("initialize"), { { QStringLiteral("protocolVersion"), "2025-06-18" } }))
                                   .value(QStringLiteral("result"))
                                   .toObject();
    QCOMPARE(result.value(QStringLiteral("serverInfo")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("observer-tray"));
    QVERIFY(result.value(QStringLiteral("capabilities")).toObject().contains(QStringLiteral("tools")));
}

void TestMcpProtocol::toolsListGivesEachToolASchema()
{
    McpServer server;
    const QJsonArray tools = answerTo(server, request(2, QStringLiteral("tools/list")))
                                 .value(QStringLiteral("result"))
                                 .toObject()
                                 .value(QStringLiteral("tools"))
                                 .toArray();
    QStringList names;
    for (const QJsonValue t : tools) {
        const QJsonObject tool = t.toObject();
        names << tool.value(QStringLiteral("name")).toString();
        QVERIFY2(tool.value(QStringLiteral("description")).toString().size() > 40, qPrintable(names.last()));
        const QJsonObject schema = tool.value(QStringLiteral("inputSchema")).toObject();
        QCOMPARE(schema.value(QStringLiteral("type")).toString(), QStringLiteral("object"));
        QVERIFY(!schema.value(QStringLiteral("properties")).toObject().isEmpty());
    }
    QCOMPARE(names, (QStringList { "search", "timeline", "get_observations", "remember" }));
    const QJsonObject getSchema = tools.at(2).toObject().value(QStringLiteral("inputSchema")).toObject();
    QCOMPARE(getSchema.value(QStringLiteral("required")).toArray(), QJsonArray { "ids" });
    QCOMPARE(
        getSchema.value(QStringLiteral("properties")).toObject().value("ids").toObject().value("maxItems").toInt(), 20);
    const QJsonObject limit = tools.at(0)
                                  .toObject()
                                  .value("inputSchema")
                                  .toObject()
                                  .value("properties")
                                  .toObject()
                                  .value("limit")
                                  .toObject();
    QCOMPARE(limit.value(QStringLiteral("maximum")).toInt(), 100);
}

void TestMcpProtocol::pingAnswersEmpty()
{
    McpServer server;
    const QJsonObject answer = answerTo(server, request(3, QStringLiteral("ping")));
    QCOMPARE(answer.value(QStringLiteral("result")).toObject(), QJsonObject());
}

void TestMcpProtocol::notificationsAndResponsesGetNoAnswer()
{
    McpServer server;
    QVERIFY(server.handleLine(R"({"jsonrpc":"2.0","method":"notifications/initialized"})").isEmpty());
    QVERIFY(server.handleLine(R"({"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":1}})")
                .isEmpty());
    QVERIFY(server.handleLine(R"({"jsonrpc":"2.0","id":5,"result":{}})").isEmpty());
    QVERIFY(server.handleLine("").isEmpty());
    QVERIFY(server.handleLine("   \t").isEmpty());
}

void TestMcpProtocol::malformedMessagesGetJsonRpcErrors_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("code");
    QTest::addColumn<QJsonValue>("id");
    QTest::newRow("not json") << QByteArray("hello") << -32700 << QJsonValue(QJsonValue::Null);
    QTest::newRow("cut json") << QByteArray(R"({"jsonrpc":"2.0","id":1,"meth)") << -32700
                              << QJsonValue(QJsonValue::Null);
    QTest::newRow("batch") << QByteArray(R"([{"jsonrpc":"2.0","id":1,"method":"ping"}])") << -32600
                           << QJsonValue(QJsonValue::Null);
    QTest::newRow("no jsonrpc") << QByteArray(R"({"id":1,"method":"ping"})") << -32600 << QJsonValue(1);
    QTest::newRow("jsonrpc 1.0") << QByteArray(R"({"jsonrpc":"1.0","id":1,"method":"ping"})") << -32600
                                 << QJsonValue(1);
    QTest::newRow("no method") << QByteArray(R"({"jsonrpc":"2.0","id":2})") << -32600 << QJsonValue(2);
    QTest::newRow("method a number") << QByteArray(R"({"jsonrpc":"2.0","id":2,"method":7})") << -32600 << QJsonValue(2);
    QTest::newRow("id an object") << QByteArray(R"({"jsonrpc":"2.0","id":{},"method":"ping"})") << -32600
                                  << QJsonValue(QJsonValue::Null);
    QTest::newRow("id a fraction") << QByteArray(R"({"jsonrpc":"2.0","id":1.5,"method":"ping"})") << -32600
                                   << QJsonValue(QJsonValue::Null);
    QTest::newRow("params an array") << QByteArray(R"({"jsonrpc":"2.0","id":3,"method":"ping","params":[1]})") << -32602
                                     << QJsonValue(3);
    QTest::newRow("unknown method") << QByteArray(R"({"jsonrpc":"2.0","id":"x","method":"resources/list"})") << -32601
                                    << QJsonValue("x");
    QTest::newRow("call without name") << QByteArray(R"({"jsonrpc":"2.0","id":4,"method":"tools/call","params":{}})")
                                       << -32602 << QJsonValue(4);
    QTest::newRow("arguments a string") << QByteArray(
        R"({"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"search","arguments":"q"}})")
                                        << -32602 << QJsonValue(4);
    QTest::newRow("a top-level string") << QByteArray(R"("ping")") << -32700 << QJsonValue(QJsonValue::Null);
}

void TestMcpProtocol::malformedMessagesGetJsonRpcErrors()
{
    QFETCH(QByteArray, line);
    QFETCH(int, code);
    QFETCH(QJsonValue, id);
    McpServer server;
    const QByteArray out = server.handleLine(line);
    QVERIFY(out.endsWith('\n'));
    QCOMPARE(out.count('\n'), 1);
    const QJsonObject answer = QJsonDocument::fromJson(out).object();
    QCOMPARE(answer.value(QStringLiteral("jsonrpc")).toString(), QStringLiteral("2.0"));
    QCOMPARE(answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), code);
    QVERIFY(!answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(answer.value(QStringLiteral("id")), id);
}

void TestMcpProtocol::unknownToolIsAProtocolError()
{
    McpServer server;
    const QJsonObject answer = callTool(server, QStringLiteral("delete_everything"), {}).raw;
    QCOMPARE(answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(), -32602);
    QVERIFY(answer.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains("delete_everything"));
}

// Argument mistakes go back to the model as a tool error it can read and fix (SEP-1303).
void TestMcpProtocol::badArgumentsAreAToolError()
{
    McpServer server;
    const CallResult r = callTool(server, QStringLiteral("search"), { { "limit", 500 }, { "colour", "red" } });
    QVERIFY(r.isError);
    QVERIFY2(r.text.contains("limit: expected an integer from 1 to 100, got 500"), qPrintable(r.text));
    QVERIFY2(r.text.contains("unknown argument \"colour\""), qPrintable(r.text));
    const CallResult ids = callTool(server, QStringLiteral("get_observations"), { { "ids", QJsonArray { 1, "two" } } });
    QVERIFY(ids.isError);
    QVERIFY2(ids.text.contains("ids: expected a list of 1 to 20 observation ids"), qPrintable(ids.text));
    QJsonArray many;
    for (int i = 1; i <= 21; ++i)
        many << i;
    QVERIFY(callTool(server, QStringLiteral("get_observations"), { { "ids", many } }).isError);
    QVERIFY(callTool(server, QStringLiteral("get_observations"), {}).isError);
    QVERIFY(callTool(server, QStringLiteral("remember"), { { "text", 5 } }).isError);
    QVERIFY(callTool(server, QStringLiteral("remember"), { { "text", "   " } }).isError);
    QVERIFY(callTool(server, QStringLiteral("timeline"), {}).isError);
    QVERIFY(callTool(server, QStringLiteral("timeline"), { { "id", 1 }, { "date", "2026-01-01" } }).isError);
    const CallResult date = callTool(server, QStringLiteral("search"), { { "since", "last tuesday" } });
    QVERIFY(date.isError);
    QVERIFY2(date.text.contains("since: expected a date like 2026-03-01"), qPrintable(date.text));
}

void TestMcpProtocol::idIsEchoedExactly()
{
    McpServer server;
    QCOMPARE(answerTo(server, QByteArray(R"({"jsonrpc":"2.0","id":"abc-1","method":"ping"})")).value("id"),
        QJsonValue("abc-1"));
    QCOMPARE(answerTo(server, QByteArray(R"({"jsonrpc":"2.0","id":9007199254740991,"method":"ping"})"))
                 .value("id")
                 .toInteger(),
        9007199254740991LL);
    QCOMPARE(answerTo(server, QByteArray(R"({"jsonrpc":"2.0","id":0,"method":"ping"})")).value("id"), QJsonValue(0));
}

QTEST_GUILESS_MAIN(TestMcpProtocol)
#include "tst_mcpprotocol.moc"
