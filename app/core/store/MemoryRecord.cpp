#include "core/store/MemoryRecord.h"

#include <QJsonArray>

namespace {
const QString kRecord = QStringLiteral("record");

QJsonArray array(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

QJsonObject MemoryRecord::header(const QString &project)
{
    QJsonObject h { { QStringLiteral("format"), QLatin1String(kFormat) }, { QStringLiteral("version"), kVersion } };
    if (!project.isEmpty())
        h.insert(QStringLiteral("project"), project);
    return h;
}

QString MemoryRecord::headerProblem(const QJsonObject &line)
{
    if (line.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return QStringLiteral("the first line does not name the format \"%1\": not an Observer Tray export")
            .arg(QLatin1String(kFormat));
    const int version = line.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > kVersion)
        return QStringLiteral("format version %1 is newer than this Observer Tray reads (%2); update Observer Tray")
            .arg(version)
            .arg(kVersion);
    return {};
}

QJsonObject MemoryRecord::fromObservation(const Observation &o)
{
    return { { kRecord, QStringLiteral("observation") }, { QStringLiteral("userSessionId"), o.userSessionId },
        { QStringLiteral("project"), o.project }, { QStringLiteral("type"), o.type },
        { QStringLiteral("title"), o.title }, { QStringLiteral("subtitle"), o.subtitle },
        { QStringLiteral("facts"), array(o.facts) }, { QStringLiteral("narrative"), o.narrative },
        { QStringLiteral("concepts"), array(o.concepts) }, { QStringLiteral("filesRead"), array(o.filesRead) },
        { QStringLiteral("filesModified"), array(o.filesModified) }, { QStringLiteral("createdAt"), o.createdAt } };
}

QJsonObject MemoryRecord::fromSummary(const SessionSummary &s)
{
    return { { kRecord, QStringLiteral("summary") }, { QStringLiteral("userSessionId"), s.userSessionId },
        { QStringLiteral("project"), s.project }, { QStringLiteral("request"), s.request },
        { QStringLiteral("investigated"), s.investigated }, { QStringLiteral("learned"), s.learned },
        { QStringLiteral("completed"), s.completed }, { QStringLiteral("nextSteps"), s.nextSteps },
        { QStringLiteral("createdAt"), s.createdAt } };
}

MemoryRecord::Parsed MemoryRecord::parse(const QJsonObject &line, QString *problem)
{
    Parsed parsed;
    const QString record = str(line, "record");
    const qint64 createdAt = line.value(QStringLiteral("createdAt")).toInteger(-1);
    if (createdAt < 0 || str(line, "userSessionId").isEmpty()) {
        *problem = QStringLiteral("no userSessionId or createdAt");
        return parsed;
    }
    if (record == QLatin1String("observation")) {
        Observation o;
        o.userSessionId = str(line, "userSessionId");
        o.project = str(line, "project");
        o.type = str(line, "type");
        o.title = str(line, "title");
        o.subtitle = str(line, "subtitle");
        o.facts = strings(line.value(QStringLiteral("facts")));
        o.narrative = str(line, "narrative");
        o.concepts = strings(line.value(QStringLiteral("concepts")));
        o.filesRead = strings(line.value(QStringLiteral("filesRead")));
        o.filesModified = strings(line.value(QStringLiteral("filesModified")));
        o.createdAt = createdAt;
        parsed.observation = o;
    } else if (record == QLatin1String("summary")) {
        SessionSummary s;
        s.userSessionId = str(line, "userSessionId");
        s.project = str(line, "project");
        s.request = str(line, "request");
        s.investigated = str(line, "investigated");
        s.learned = str(line, "learned");
        s.completed = str(line, "completed");
        s.nextSteps = str(line, "nextSteps");
        s.createdAt = createdAt;
        parsed.summary = s;
    } else {
        *problem = QStringLiteral("\"record\" is neither \"observation\" nor \"summary\"");
    }
    return parsed;
}
