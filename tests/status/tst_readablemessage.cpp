// No raw JSON in UI text (issue 17, problem 2): the CLI's sentence is taken
// out of the JSON it comes wrapped in; text without JSON is left alone.
#include "core/status/ReadableMessage.h"

#include <QtTest>

class TestReadableMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void extractsTheMessage_data();
    void extractsTheMessage();
};

void TestReadableMessage::extractsTheMessage_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("readable");
    QTest::newRow("api error 401")
        << R"(Failed to authenticate. API Error: 401 {"type":"error","error":{"type":"authentication_error","message":"OAuth token has expired."},"request_id":"req_1"})"
        << "Failed to authenticate. API Error: 401 — OAuth token has expired.";
    QTest::newRow("result line")
        << R"({"type":"result","subtype":"success","is_error":true,"result":"Invalid API key · Please run /login"})"
        << "Invalid API key · Please run /login";
    QTest::newRow("plain text") << "Invalid API key · Please run /login"
                                << "Invalid API key · Please run /login";
    QTest::newRow("json without a message") << R"(Error: {"a":1})"
                                            << "Error — (the CLI's raw answer is under Details)";
    QTest::newRow("two lines") << "first\n{\"message\":\"second\"}"
                               << "first\nsecond";
    QTest::newRow("braces, not json") << "use {name} here"
                                      << "use {name} here";
}

void TestReadableMessage::extractsTheMessage()
{
    QFETCH(QString, raw);
    QFETCH(QString, readable);
    QCOMPARE(ReadableMessage::of(raw), readable);
    QVERIFY(!ReadableMessage::looksRaw(ReadableMessage::of(raw)));
}

QTEST_GUILESS_MAIN(TestReadableMessage)
#include "tst_readablemessage.moc"
