#include "ObserverPrompt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr qsizetype kMaxFieldChars = 6000;

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
        "</observation>\n"
        "When nothing is worth remembering, answer exactly <skip/>.\n"
        "When the input contains a STOP event, also write exactly one summary of the session so far:\n"
        "<summary><request>what the developer asked for</request><investigated>what was looked at</investigated>"
        "<learned>what was learned</learned><completed>what was done</completed><next_steps>what is left</next_steps>"
        "</summary>\n"
        "Never record secrets, passwords, tokens or keys.");
}

QString ObserverPrompt::batchMessage(const QList<QueuedEvent> &events)
{
    QString out;
    for (const QueuedEvent &e : events) {
        const QJsonObject p = QJsonDocument::fromJson(e.payload).object();
        if (e.kind == QLatin1String("post-tool-use")) {
            out += QStringLiteral(
                "<tool_use tool=\"%1\" project=\"%2\">\n<input>%3</input>\n<result>%4</result>\n</tool_use>\n")
                       .arg(p.value(QStringLiteral("tool_name")).toString(), e.project,
                           compact(p.value(QStringLiteral("tool_input"))),
                           compact(p.value(QStringLiteral("tool_response"))));
        } else if (e.kind == QLatin1String("stop")) {
            out += QStringLiteral("<event>STOP: Claude finished answering. Write the summary.</event>\n");
        } else if (e.kind == QLatin1String("user-prompt-submit")) {
            out += QStringLiteral("<user_request>%1</user_request>\n").arg(compact(p.value(QStringLiteral("prompt"))));
        }
    }
    return out;
}

QString ObserverPrompt::carryOver(const QList<Observation> &recent, const std::optional<SessionSummary> &last)
{
    QString out = QStringLiteral("<context>Earlier in this session you recorded:\n");
    for (const Observation &o : recent)
        out += QStringLiteral("- [%1] %2\n").arg(o.type, o.title);
    if (last)
        out += QStringLiteral("Last summary: %1 / %2\n").arg(last->request, last->completed);
    out += QStringLiteral("Do not record these again.</context>");
    return out;
}
