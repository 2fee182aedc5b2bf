#include "StreamJson.h"

#include <QDir>
#include <QFile>
#include <QtTest>

class TestStreamJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void authTexts();
    void garbage();
};

void TestStreamJson::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("expectAuthFailure");
    QTest::addColumn<bool>("expectSuccess");
    QTest::addColumn<bool>("expectRetry");
    QTest::newRow("2.1.330 success") << QStringLiteral("cli-2.1.330-success.jsonl") << false << true << false;
    QTest::newRow("2.1.330 not logged in")
        << QStringLiteral("cli-2.1.330-not-logged-in.jsonl") << true << false << false;
    QTest::newRow("2.1.197 not logged in")
        << QStringLiteral("cli-2.1.197-not-logged-in.jsonl") << true << false << false;
    QTest::newRow("2.0.77 invalid api key")
        << QStringLiteral("cli-2.0.77-not-logged-in.jsonl") << true << false << false;
    QTest::newRow("2.1.197 offline retry")
        << QStringLiteral("cli-2.1.197-logged-in-offline-api-retry.jsonl") << false << false << true;
}

void TestStreamJson::fixtures()
{
    QFETCH(QString, file);
    QFETCH(bool, expectAuthFailure);
    QFETCH(bool, expectSuccess);
    QFETCH(bool, expectRetry);
    QFile f(QStringLiteral(OT_FIXTURES_DIR "/stream-json/") + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    bool authFailure = false, success = false, retry = false, init = false;
    while (!f.atEnd()) {
        const StreamEvent e = StreamJson::classify(f.readLine());
        QVERIFY(e.kind != StreamEvent::Garbage);
        init |= e.kind == StreamEvent::Init;
        authFailure |= e.kind == StreamEvent::AuthFailed || (e.kind == StreamEvent::Result && e.authFailure);
        success |= e.kind == StreamEvent::Result && !e.isError;
        retry |= e.kind == StreamEvent::ApiRetry;
    }
    QCOMPARE(authFailure, expectAuthFailure);
    QCOMPARE(success, expectSuccess);
    QCOMPARE(retry, expectRetry);
    QVERIFY(init);
}

void TestStreamJson::authTexts()
{
    for (const char *t : { "Not logged in · Please run /login", "Invalid API key · Please run /login",
             "Invalid API key · Fix external API key", "Invalid auth token · Fix external auth token",
             "OAuth token revoked · Please run /login", "Login expired · Please run /login",
             "Failed to authenticate. API Error: 401 {\"type\":\"error\"}" })
        QVERIFY2(StreamJson::isAuthFailureText(QString::fromUtf8(t)), t);
    QVERIFY(
        !StreamJson::isAuthFailureText(QStringLiteral("<observation>Not logged in · Please run /login</observation>")));
    // subtype says success even for auth failures: is_error decides.
    const StreamEvent e = StreamJson::classify(
        R"({"type":"result","subtype":"success","is_error":true,"result":"Invalid API key · Please run /login"})");
    QCOMPARE(e.kind, StreamEvent::Result);
    QVERIFY(e.isError);
    QVERIFY(e.authFailure);
}

void TestStreamJson::garbage()
{
    QCOMPARE(StreamJson::classify("not json").kind, StreamEvent::Garbage);
    QCOMPARE(StreamJson::classify("[1,2]").kind, StreamEvent::Garbage);
    QCOMPARE(StreamJson::classify("").kind, StreamEvent::Garbage);
    QCOMPARE(StreamJson::classify(R"({"type":"stream_event"})").kind, StreamEvent::OtherJson);
    QCOMPARE(StreamJson::classify(QByteArray("\xff\xfe\x00{", 4)).kind, StreamEvent::Garbage);
}

QTEST_GUILESS_MAIN(TestStreamJson)
#include "tst_streamjson.moc"
