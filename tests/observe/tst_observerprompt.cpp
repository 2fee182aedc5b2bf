// The carry-over that opens a rolled-over observer's conversation: it says
// what it is, stays small, and is not sent when there is nothing to carry.
#include "core/observe/ObserverPrompt.h"

#include <QtTest>

class TestObserverPrompt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingToCarryIsNotSent();
    void saysItIsTheProjectsRecord();
    void boundedInBytes();
    void batchEventsAreNumbered();
};

namespace {
Observation observation(const QString &session, const QString &title)
{
    Observation o;
    o.userSessionId = session;
    o.project = QStringLiteral("/p");
    o.type = QStringLiteral("decision");
    o.title = title;
    return o;
}
} // namespace

void TestObserverPrompt::nothingToCarryIsNotSent()
{
    QCOMPARE(ObserverPrompt::carryOver({}, std::nullopt), QString());
}

void TestObserverPrompt::saysItIsTheProjectsRecord()
{
    // Observations of another session of the same project are among them:
    // the text must not claim they were recorded "earlier in this session".
    SessionSummary last;
    last.request = QStringLiteral("Fix login\nplease");
    last.completed = QStringLiteral("refresh added");
    const QString text
        = ObserverPrompt::carryOver({ observation(QStringLiteral("other"), QStringLiteral("Use WAL")),
                                        observation(QStringLiteral("this"), QStringLiteral("Cap fields")) },
            last);
    QVERIFY2(!text.contains(QStringLiteral("this session")), qPrintable(text));
    QVERIFY(text.startsWith(QStringLiteral("<context>Already recorded for this project")));
    QVERIFY(text.contains(QStringLiteral("other sessions")));
    QVERIFY(text.contains(QStringLiteral("- [decision] Use WAL\n- [decision] Cap fields\n")));
    QVERIFY(text.contains(QStringLiteral("Latest session summary: Fix login please / refresh added\n")));
    QVERIFY(text.endsWith(QStringLiteral("</context>\n\n")));
    QCOMPARE(ObserverPrompt::carryOver({}, last).count(QStringLiteral("Latest session summary")), 1);
}

void TestObserverPrompt::boundedInBytes()
{
    // Five long titles of three-byte characters and a long summary: far over
    // the budget as given. The newest are kept, the rest left out.
    QList<Observation> recent;
    for (int i = 0; i < 5; ++i)
        recent << observation(QStringLiteral("s"), QStringLiteral("T%1 ").arg(i) + QString(1000, QChar(0x20AC)));
    SessionSummary last;
    last.request = QString(5000, QChar(0x00E9));
    last.completed = QString(5000, QLatin1Char('c'));
    const QString text = ObserverPrompt::carryOver(recent, last);
    QVERIFY2(
        text.toUtf8().size() <= ObserverPrompt::kMaxCarryOverBytes, qPrintable(QString::number(text.toUtf8().size())));
    QVERIFY(text.contains(QStringLiteral("T0 "))); // the newest
    QVERIFY(text.contains(QStringLiteral("T1 ")));
    QVERIFY(!text.contains(QStringLiteral("T4 ")));
    QVERIFY(text.endsWith(QStringLiteral("</context>\n\n"))); // never cut mid-block
}

// A batch's events are numbered, and the observer is asked for one
// observation per distinct piece of work, each naming the events it covers.
void TestObserverPrompt::batchEventsAreNumbered()
{
    auto event = [](const char *kind, const char *payload) {
        return QueuedEvent { 0, QStringLiteral("u"), QString::fromLatin1(kind), QStringLiteral("/p"), payload, 1, 0,
            {} };
    };
    const QString message = ObserverPrompt::turnMessage(
        { event("user-prompt-submit", R"({"prompt":"Fix it"})"), event("post-tool-use", R"({"tool_name":"Read"})"),
            event("post-tool-use", R"({"tool_name":"Edit"})"), event("stop", "{}") });
    QVERIFY2(message.contains(QStringLiteral("<tool_use n=\"1\" tool=\"Read\"")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("<tool_use n=\"2\" tool=\"Edit\"")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("<event n=\"3\">STOP")), qPrintable(message));
    const QString system = ObserverPrompt::systemPrompt();
    QVERIFY(system.contains(QStringLiteral("one observation per distinct piece of work")));
    QVERIFY(system.contains(QStringLiteral("<events>")));
}

QTEST_GUILESS_MAIN(TestObserverPrompt)
#include "tst_observerprompt.moc"
