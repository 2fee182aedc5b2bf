#include "core/store/MemoryExport.h"

#include "core/store/MemoryMarkdown.h"
#include "core/store/MemoryRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
// Both tables in one stream: a session's rows together, sessions in the order
// they started, observations before the session's summary.
const char kRowsSql[] = R"(
    SELECT kind, user_session_id, project, created_at, a, b, c, d, e, f, g, h,
           MIN(created_at) OVER (PARTITION BY user_session_id) AS started
    FROM (SELECT 0 AS kind, id, user_session_id, project, created_at, type AS a, title AS b, subtitle AS c,
                 facts AS d, narrative AS e, concepts AS f, files_read AS g, files_modified AS h FROM observations
          UNION ALL
          SELECT 1, id, user_session_id, project, created_at, request, investigated, learned, completed,
                 next_steps, NULL, NULL, NULL FROM summaries)
    WHERE ? = '' OR project = ?
    ORDER BY started, user_session_id, kind, created_at, id)";

QStringList list(const QVariant &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toString().toUtf8()).array())
        out << v.toString();
    return out;
}

Observation observationFrom(const QSqlQuery &q)
{
    Observation o;
    o.userSessionId = q.value(1).toString();
    o.project = q.value(2).toString();
    o.createdAt = q.value(3).toLongLong();
    o.type = q.value(4).toString();
    o.title = q.value(5).toString();
    o.subtitle = q.value(6).toString();
    o.facts = list(q.value(7));
    o.narrative = q.value(8).toString();
    o.concepts = list(q.value(9));
    o.filesRead = list(q.value(10));
    o.filesModified = list(q.value(11));
    return o;
}

SessionSummary summaryFrom(const QSqlQuery &q)
{
    SessionSummary s;
    s.userSessionId = q.value(1).toString();
    s.project = q.value(2).toString();
    s.createdAt = q.value(3).toLongLong();
    s.request = q.value(4).toString();
    s.investigated = q.value(5).toString();
    s.learned = q.value(6).toString();
    s.completed = q.value(7).toString();
    s.nextSteps = q.value(8).toString();
    return s;
}

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

MemoryExport::MemoryExport(QSqlDatabase db) : m_db(std::move(db))
{
}

bool MemoryExport::isMarkdown(const QString &path)
{
    return path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive);
}

bool MemoryExport::write(const QString &path, const QString &project, Counts *counts, QString *error)
{
    *counts = {};
    const bool markdown = isMarkdown(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(kRowsSql));
    const QString filter = project.isNull() ? QStringLiteral("") : project; // Qt binds a null QString as NULL
    q.addBindValue(filter);
    q.addBindValue(filter);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    file.write(markdown ? MemoryMarkdown::document(project).toUtf8() : line(MemoryRecord::header(project)));
    QString session;
    while (q.next()) {
        const bool isSummary = q.value(0).toInt() == 1;
        if (markdown && q.value(1).toString() != session) {
            session = q.value(1).toString();
            file.write(
                MemoryMarkdown::sessionHeading(session, q.value(2).toString(), q.value(12).toLongLong()).toUtf8());
        }
        if (isSummary) {
            const SessionSummary s = summaryFrom(q);
            file.write(markdown ? MemoryMarkdown::summary(s).toUtf8() : line(MemoryRecord::fromSummary(s)));
            ++counts->summaries;
        } else {
            const Observation o = observationFrom(q);
            file.write(markdown ? MemoryMarkdown::observation(o).toUtf8() : line(MemoryRecord::fromObservation(o)));
            ++counts->observations;
        }
    }
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
