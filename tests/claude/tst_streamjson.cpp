#include "core/claude/StreamJson.h"

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
    void blockers_data();
    void blockers();
    void modelQuotingALoginMessageIsAnAnswer();
    void garbage();
    void rateLimitWindows();
    void rateLimitWithoutWindows();
    void rateLimitRejectedBlocks();
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
        authFailure |= e.authFailure;
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

// The real lines (fixtures, reference) and what each means for observing.
void TestStreamJson::blockers_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("blocker");
    QTest::addColumn<int>("status");
    auto fixtureLine = [](const char *file, const char *type) {
        QFile f(QStringLiteral(OT_FIXTURES_DIR "/stream-json/") + QLatin1String(file));
        if (!f.open(QIODevice::ReadOnly))
            return QByteArray();
        while (!f.atEnd()) {
            const QByteArray l = f.readLine();
            if (l.contains(QByteArray("\"type\":\"") + type + '"'))
                return l;
        }
        return QByteArray();
    };
    QTest::newRow("2.1.330 assistant: authentication_failed, synthetic")
        << fixtureLine("cli-2.1.330-not-logged-in.jsonl", "assistant") << int(StreamEvent::CliError)
        << int(StreamEvent::NotSignedIn) << 0;
    QTest::newRow("2.1.330 result: is_error, api_error_status null")
        << fixtureLine("cli-2.1.330-not-logged-in.jsonl", "result") << int(StreamEvent::Result)
        << int(StreamEvent::NotSignedIn) << 0;
    QTest::newRow("2.0.77 assistant: synthetic") << fixtureLine("cli-2.0.77-not-logged-in.jsonl", "assistant")
                                                 << int(StreamEvent::CliError) << int(StreamEvent::NotSignedIn) << 0;
    QTest::newRow("2.1.197 api_retry, no status: offline")
        << fixtureLine("cli-2.1.197-logged-in-offline-api-retry.jsonl", "system\",\"subtype\":\"api_retry")
        << int(StreamEvent::ApiRetry) << int(StreamEvent::Offline) << 0;
    QTest::newRow("2.1.330 success: no blocker") << fixtureLine("cli-2.1.330-success.jsonl", "assistant")
                                                 << int(StreamEvent::AssistantText) << int(StreamEvent::NoBlocker) << 0;
    // Measured 2026-12-02 (reference): a server 401 on 2.1.x.
    QTest::newRow("api_retry 401 authentication_failed")
        << QByteArray(R"({"type":"system","subtype":"api_retry","attempt":1,"max_retries":10,"retry_delay_ms":500,)"
                      R"("error_status":401,"error":"authentication_failed","session_id":"s"})")
        << int(StreamEvent::ApiRetry) << int(StreamEvent::SignInRejected) << 401;
    QTest::newRow("result 401 after the retries")
        << QByteArray(R"({"type":"result","subtype":"success","is_error":true,"api_error_status":401,)"
                      R"("result":"Failed to authenticate. API Error: 401 {\"type\":\"error\"}"})")
        << int(StreamEvent::Result) << int(StreamEvent::SignInRejected) << 401;
    QTest::newRow("result 403") << QByteArray(
        R"({"type":"result","is_error":true,"api_error_status":403,"result":"API Error: 403 forbidden"})")
                                << int(StreamEvent::Result) << int(StreamEvent::SignInRejected) << 403;
    QTest::newRow("result 429: usage limit")
        << QByteArray(R"({"type":"result","is_error":true,"api_error_status":429,"result":"API Error: 429"})")
        << int(StreamEvent::Result) << int(StreamEvent::UsageLimit) << 429;
    QTest::newRow("assistant rate_limit")
        << QByteArray(R"({"type":"assistant","error":"rate_limit","message":{"model":"<synthetic>","content":[]}})")
        << int(StreamEvent::CliError) << int(StreamEvent::UsageLimit) << 0;
    QTest::newRow("result 500: that request's failure")
        << QByteArray(R"({"type":"result","is_error":true,"api_error_status":500,"result":"API Error: 500"})")
        << int(StreamEvent::Result) << int(StreamEvent::NoBlocker) << 500;
    QTest::newRow("assistant invalid_request: that request's failure")
        << QByteArray(R"({"type":"assistant","error":"invalid_request","is_api_error_message":true,)"
                      R"("message":{"model":"<synthetic>","content":[{"type":"text","text":"API Error: 400"}]}})")
        << int(StreamEvent::CliError) << int(StreamEvent::NoBlocker) << 0;
}

void TestStreamJson::blockers()
{
    QFETCH(QByteArray, line);
    QFETCH(int, kind);
    QFETCH(int, blocker);
    QFETCH(int, status);
    QVERIFY(!line.isEmpty());
    const StreamEvent e = StreamJson::classify(line.trimmed());
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(int(e.blocker), blocker);
    QCOMPARE(e.apiStatus, status);
    QCOMPARE(e.authFailure, blocker == StreamEvent::NotSignedIn || blocker == StreamEvent::SignInRejected);
}

void TestStreamJson::modelQuotingALoginMessageIsAnAnswer()
{
    // A tool printed the CLI's login message and the model repeats it: the
    // model's words, not the CLI's verdict.
    const StreamEvent said = StreamJson::classify(
        R"({"type":"assistant","message":{"model":"claude-haiku-5-5","role":"assistant","content":[{"type":"text",)"
        R"x("text":"Not logged in · Please run /login (the user's script printed this)"}]}})x");
    QCOMPARE(said.kind, StreamEvent::AssistantText);
    QCOMPARE(said.blocker, StreamEvent::NoBlocker);
    QVERIFY(!said.authFailure);
    const StreamEvent result = StreamJson::classify(
        R"({"type":"result","subtype":"success","is_error":false,"result":"Not logged in · Please run /login"})");
    QCOMPARE(result.blocker, StreamEvent::NoBlocker);
    QVERIFY(!result.isError);
}

void TestStreamJson::garbage()
{
    QCOMPARE(StreamJson::classify("not json").kind, StreamEvent::Garbage);
    QCOMPARE(StreamJson::classify("[1,2]").kind, StreamEvent::Garbage);
    QCOMPARE(StreamJson::classify("").kind, StreamEvent::Garbage);
    QCOMPARE(StreamJson::classify(R"({"type":"stream_event"})").kind, StreamEvent::OtherJson);
    QCOMPARE(StreamJson::classify(QByteArray("\xff\xfe\x00{", 4)).kind, StreamEvent::Garbage);
}

// The real CLI's line (2.1.330 against the stand-in sending the API's
// anthropic-ratelimit-unified-* headers): both windows, epoch seconds → ms.
void TestStreamJson::rateLimitWindows()
{
    QFile f(QStringLiteral(OT_FIXTURES_DIR "/stream-json/cli-2.1.330-rate-limit.jsonl"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    std::optional<StreamEvent> seen;
    while (!f.atEnd()) {
        const StreamEvent e = StreamJson::classify(f.readLine());
        if (e.kind == StreamEvent::RateLimit)
            seen = e;
    }
    QVERIFY(seen);
    const RateLimitInfo &r = seen->rateLimit;
    QCOMPARE(r.status, QStringLiteral("allowed_warning"));
    QCOMPARE(r.rateLimitType, QStringLiteral("five_hour"));
    QCOMPARE(r.resetsAtMs, 1796284505000LL);
    QCOMPARE(r.fiveHour.utilization, 0.83);
    QCOMPARE(r.fiveHour.resetsAtMs, 1796284505000LL);
    QCOMPARE(r.fiveHour.status, QStringLiteral("allowed_warning"));
    QCOMPARE(r.sevenDay.utilization, 0.41);
    QCOMPARE(r.sevenDay.resetsAtMs, 1796536505000LL);
    QCOMPARE(seen->blocker, StreamEvent::NoBlocker);
    QVERIFY(!r.isEmpty());
    QCOMPARE(RateLimitInfo::fromJson(r.toJson()), r); // as kept in KeyValue
}

// API-key logins (and the stand-in without headers) print a bare status: no
// windows to show or to guard by.
void TestStreamJson::rateLimitWithoutWindows()
{
    QFile f(QStringLiteral(OT_FIXTURES_DIR "/stream-json/cli-2.1.330-success.jsonl"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    int events = 0;
    while (!f.atEnd()) {
        const StreamEvent e = StreamJson::classify(f.readLine());
        if (e.kind != StreamEvent::RateLimit)
            continue;
        ++events;
        QCOMPARE(e.rateLimit.status, QStringLiteral("allowed"));
        QVERIFY(!e.rateLimit.fiveHour.known());
        QVERIFY(!e.rateLimit.sevenDay.known());
    }
    QCOMPARE(events, 1);
}

void TestStreamJson::rateLimitRejectedBlocks()
{
    const StreamEvent e = StreamJson::classify(
        R"({"type":"rate_limit_event","rate_limit_info":{"status":"rejected","resetsAt":1796284505,"rateLimitType":"seven_day","utilization":1.0}})");
    QCOMPARE(e.kind, StreamEvent::RateLimit);
    QCOMPARE(e.blocker, StreamEvent::UsageLimit);
    // A CLI naming only the binding window: that window is the top level.
    QCOMPARE(e.rateLimit.sevenDay.utilization, 1.0);
    QCOMPARE(e.rateLimit.sevenDay.resetsAtMs, 1796284505000LL);
    QVERIFY(!e.rateLimit.fiveHour.known());
}

QTEST_GUILESS_MAIN(TestStreamJson)
#include "tst_streamjson.moc"
