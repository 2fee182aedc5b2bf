#include "core/observe/ObserverPrompt.h"

#include "core/platform/Settings.h"
#include "core/store/ObservationStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr qsizetype kMaxFieldChars = 6000;
constexpr qsizetype kSummaryPartChars = 300; // of a summary's request and of what it completed, in a carry-over

// The text on one line, at most `max` characters.
QString oneLine(QString text, qsizetype max)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text.size() > max ? text.left(max - 1) + QChar(0x2026) : text;
}

QString compact(const QJsonValue &v)
{
    QString s;
    if (v.isObject())
        s = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else if (v.isArray())
        s = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    else
        s = v.toVariant().toString();
    if (s.size() > kMaxFieldChars)
        s = s.left(kMaxFieldChars / 2) + QStringLiteral("\n[… %1 characters cut …]\n").arg(s.size() - kMaxFieldChars)
            + s.right(kMaxFieldChars / 2);
    return s;
}

// Again before sending: events queued before redaction existed, or while it
// was off, or by an older hook, may still hold a credential.
QByteArray redactedPayload(const QByteArray &payload, const std::optional<Redactor> &redactor)
{
    return redactor ? QByteArray::fromStdString(redactor->redactJson(payload.toStdString())) : payload;
}
} // namespace

QString ObserverPrompt::systemPrompt()
{
    return QStringLiteral(
        "You are a silent observer of a developer's Claude Code session. You have no tools and you never talk to the "
        "developer. You receive what happened in their session (their requests and the tools Claude used with inputs "
        "and "
        "results) and you record what is worth remembering in later sessions: bugs found and fixed, features built, "
        "decisions and their reasons, how the code works, where things are.\n\n"
        "Answer ONLY with XML, no prose, no code fences. For each thing worth remembering write one block:\n"
        "<observation>\n"
        "  <type>bugfix | feature | refactor | change | discovery | decision</type>\n"
        "  <title>short title, under 80 characters</title>\n"
        "  <subtitle>one line of context</subtitle>\n"
        "  <facts><fact>a concrete fact</fact><fact>another</fact></facts>\n"
        "  <narrative>two or three sentences: what happened and why it matters</narrative>\n"
        "  <concepts><concept>keyword</concept></concepts>\n"
        "  <files_read><file>path</file></files_read>\n"
        "  <files_modified><file>path</file></files_modified>\n"
        "  <events>the numbers (n) of the events it covers, e.g. 1,2,5</events>\n"
        "</observation>\n"
        "One message may hold many events. Write one observation per distinct piece of work in it (a bug fixed, a "
        "feature built, a discovery, a decision): several pieces of work, several observations; several events of "
        "one piece of work, one observation. Never fold unrelated work into one vague observation.\n"
        "When nothing is worth remembering, answer exactly <skip/>.\n"
        "When the input contains a STOP event, also write exactly one summary of the session so far:\n"
        "<summary><request>what the developer asked for</request><investigated>what was looked at</investigated>"
        "<learned>what was learned</learned><completed>what was done</completed><next_steps>what is left</next_steps>"
        "</summary>\n"
        "Never record secrets, passwords, tokens or keys.");
}

QString ObserverPrompt::turnMessage(const QList<QueuedEvent> &events)
{
    const std::optional<Redactor> redactor = Settings().redactor();
    QString out;
    int n = 0; // the events' numbers an observation names (<events>)
    for (const QueuedEvent &e : events) {
        const QJsonObject p = QJsonDocument::fromJson(redactedPayload(e.payload, redactor)).object();
        if (e.is(EventKind::PostToolUse)) {
            out += QStringLiteral(
                "<tool_use n=\"%1\" tool=\"%2\" project=\"%3\">\n<input>%4</input>\n<result>%5</result>\n</tool_use>\n")
                       .arg(QString::number(++n), p.value(QStringLiteral("tool_name")).toString(), e.project,
                           compact(p.value(QStringLiteral("tool_input"))),
                           compact(p.value(QStringLiteral("tool_response"))));
        } else if (e.is(EventKind::Stop)) {
            out += QStringLiteral("<event n=\"%1\">STOP: Claude finished answering. Write the summary.</event>\n")
                       .arg(++n);
        } else if (e.is(EventKind::UserPromptSubmit)) {
            out += QStringLiteral("<user_request>%1</user_request>\n").arg(compact(p.value(QStringLiteral("prompt"))));
        }
    }
    return out;
}

QString ObserverPrompt::carryOver(const QList<Observation> &recent, const std::optional<SessionSummary> &last)
{
    QStringList items;
    for (const Observation &stored : recent) {
        const Observation o = stored.bounded(); // rows stored before the caps existed are long
        items << QStringLiteral("- [%1] %2\n").arg(o.type, o.title);
    }
    if (last) {
        const SessionSummary s = last->bounded();
        items << QStringLiteral("Latest session summary: %1 / %2\n")
                     .arg(oneLine(s.request, kSummaryPartChars), oneLine(s.completed, kSummaryPartChars));
    }
    const QString head = QStringLiteral(
        "<context>Already recorded for this project (newest first; some may come from other sessions):\n");
    const QString tail = QStringLiteral("Do not record these again.</context>\n\n");
    qsizetype bytes = head.toUtf8().size() + tail.toUtf8().size();
    QString body;
    for (const QString &item : std::as_const(items)) {
        const qsizetype itemBytes = item.toUtf8().size();
        if (bytes + itemBytes > kMaxCarryOverBytes)
            continue; // a shorter one further down may still fit
        bytes += itemBytes;
        body += item;
    }
    return body.isEmpty() ? QString() : head + body + tail;
}

QString ObserverPrompt::composeTurn(
    const QList<QueuedEvent> &events, const ObservationStore *carryOverFrom, const QString &project)
{
    QString message;
    if (carryOverFrom) {
        message += carryOver(carryOverFrom->recent(project, 5), carryOverFrom->lastSummary(project));
        if (const std::optional<Redactor> redactor = Settings().redactor())
            message = QString::fromStdString(redactor->redact(message.toStdString())); // memory stored before redaction
    }
    return message + turnMessage(events); // the turn's prompts included
}
