#include "core/store/ObservationStore.h"

#include "core/queue/EventQueue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
QString toJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QString &json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

// Qt binds a null QString as SQL NULL; the columns are NOT NULL DEFAULT ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const char kObservationColumns[] = "o.id, o.user_session_id, o.project, o.type, o.title, o.subtitle, o.facts, "
                                   "o.narrative, o.concepts, o.files_read, o.files_modified, o.created_at";

Observation observationFrom(const QSqlQuery &q)
{
    Observation o;
    o.id = q.value(0).toLongLong();
    o.userSessionId = q.value(1).toString();
    o.project = q.value(2).toString();
    o.type = q.value(3).toString();
    o.title = q.value(4).toString();
    o.subtitle = q.value(5).toString();
    o.facts = fromJson(q.value(6).toString());
    o.narrative = q.value(7).toString();
    o.concepts = fromJson(q.value(8).toString());
    o.filesRead = fromJson(q.value(9).toString());
    o.filesModified = fromJson(q.value(10).toString());
    o.createdAt = q.value(11).toLongLong();
    return o;
}
} // namespace

ObservationStore::ObservationStore(QSqlDatabase db) : m_db(std::move(db))
{
}

std::optional<ObservationStore::CommitResult> ObservationStore::commitAnswer(const QList<Observation> &observations,
    const QList<SessionSummary> &summaries, const QList<qint64> &acknowledgedEventIds, qint64 observerRunId,
    QString *error)
{
    // IMMEDIATE: the write lock first, waiting up to the busy timeout, so a
    // hook writing at the same moment delays this commit instead of failing it.
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = begin.lastError().text();
        return std::nullopt;
    }
    CommitResult result;
    if (!acknowledgedEventIds.isEmpty() && !EventQueue::anyExists(m_db, acknowledgedEventIds)) {
        // Its events were forgotten (their project or session) while an
        // observer worked on them: what it found is forgotten too.
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    auto rollback = [this] { QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK")); };
    auto fail = [&](const QSqlQuery &q) {
        *error = q.lastError().text();
        rollback();
        return std::nullopt;
    };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO observations(user_session_id, project, type, title, subtitle, facts, narrative, concepts, "
        "files_read, files_modified, created_at, observer_run_id, content_hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(content_hash) DO NOTHING"));
    for (const Observation &given : observations) {
        const Observation o = given.bounded(); // whoever produced it, only the bounded form is stored
        q.addBindValue(text(o.userSessionId));
        q.addBindValue(text(o.project));
        q.addBindValue(text(o.type));
        q.addBindValue(text(o.title));
        q.addBindValue(text(o.subtitle));
        q.addBindValue(toJson(o.facts));
        q.addBindValue(text(o.narrative));
        q.addBindValue(toJson(o.concepts));
        q.addBindValue(toJson(o.filesRead));
        q.addBindValue(toJson(o.filesModified));
        q.addBindValue(o.createdAt);
        q.addBindValue(observerRunId > 0 ? QVariant(observerRunId) : QVariant());
        q.addBindValue(o.contentHash());
        if (!q.exec())
            return fail(q);
        result.observationsStored += q.numRowsAffected() > 0 ? 1 : 0;
    }
    QSqlQuery s(m_db);
    s.prepare(QStringLiteral("INSERT INTO summaries(user_session_id, project, request, investigated, learned, "
                             "completed, next_steps, created_at, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT(content_hash) DO NOTHING"));
    for (const SessionSummary &given : summaries) {
        const SessionSummary sum = given.bounded();
        s.addBindValue(text(sum.userSessionId));
        s.addBindValue(text(sum.project));
        s.addBindValue(text(sum.request));
        s.addBindValue(text(sum.investigated));
        s.addBindValue(text(sum.learned));
        s.addBindValue(text(sum.completed));
        s.addBindValue(text(sum.nextSteps));
        s.addBindValue(sum.createdAt);
        s.addBindValue(sum.contentHash());
        if (!s.exec())
            return fail(s);
        result.summariesStored += s.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!EventQueue::acknowledge(m_db, acknowledgedEventIds, error)) {
        rollback();
        return std::nullopt;
    }
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        *error = commit.lastError().text();
        rollback();
        return std::nullopt;
    }
    return result;
}

qint64 ObservationStore::startOfTodayLocalMs()
{
    return QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
}

ObservationCounts ObservationStore::counts(qint64 startOfTodayMs) const
{
    ObservationCounts c;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT project, total FROM observation_counts WHERE total > 0"))) {
        while (q.next()) {
            c.perProject.insert(q.value(0).toString(), q.value(1).toLongLong());
            c.total += q.value(1).toLongLong();
        }
    }
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM observations WHERE created_at >= ?"));
    q.addBindValue(startOfTodayMs);
    if (q.exec() && q.next())
        c.today = q.value(0).toLongLong();
    // Newest first: once anything was captured the first row answers.
    if (c.total > 0
        && q.exec(QStringLiteral("SELECT 1 FROM observations WHERE provenance NOT LIKE 'claude-mem:%' "
                                 "ORDER BY id DESC LIMIT 1")))
        c.anyCaptured = q.next();
    return c;
}

QString ObservationStore::ftsQuery(const QString &text)
{
    // Quote every word so FTS5 syntax in user input is plain text, and make
    // each a prefix search, which is what a search box is expected to do.
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}_]+"));
    QStringList terms;
    auto it = words.globalMatch(text);
    while (it.hasNext())
        terms << QLatin1Char('"') + it.next().captured(0) + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

QList<Observation> ObservationStore::search(
    const QString &query, const QString &project, int limit, qint64 beforeId, QString *error) const
{
    QList<Observation> out;
    const QString fts = ftsQuery(query);
    // With a query, FTS5 drives: it hands out matches newest first (rowid DESC)
    // and the scan stops at the limit. Ordering by o.id instead made SQLite
    // fetch and sort every match: 0.75 s for a word in 10 % of 1 M
    // observations, against under 1 ms this way (bench row 6).
    const QString order = fts.isEmpty() ? QStringLiteral("o.id") : QStringLiteral("f.rowid");
    QString sql = fts.isEmpty()
        ? QStringLiteral("SELECT %1 FROM observations o ").arg(QLatin1String(kObservationColumns))
        : QStringLiteral("SELECT %1 FROM observations_fts f JOIN observations o ON o.id = f.rowid ")
              .arg(QLatin1String(kObservationColumns));
    QStringList where;
    if (!fts.isEmpty())
        where << QStringLiteral("observations_fts MATCH :fts");
    if (!project.isEmpty())
        where << QStringLiteral("o.project = :project");
    if (beforeId > 0)
        where << order + QStringLiteral(" < :before");
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + order + QStringLiteral(" DESC LIMIT :limit");
    QSqlQuery q(m_db);
    q.prepare(sql);
    if (!fts.isEmpty())
        q.bindValue(QStringLiteral(":fts"), fts);
    if (!project.isEmpty())
        q.bindValue(QStringLiteral(":project"), project);
    if (beforeId > 0)
        q.bindValue(QStringLiteral(":before"), beforeId);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out << observationFrom(q);
    return out;
}

QList<Observation> ObservationStore::recent(const QString &project, int limit) const
{
    return search(QString(), project, limit);
}

std::optional<SessionSummary> ObservationStore::lastSummary(const QString &project) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, user_session_id, project, request, investigated, learned, completed, "
        "next_steps, created_at FROM summaries WHERE project = ? ORDER BY created_at DESC, id DESC LIMIT 1"));
    q.addBindValue(project);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SessionSummary s;
    s.id = q.value(0).toLongLong();
    s.userSessionId = q.value(1).toString();
    s.project = q.value(2).toString();
    s.request = q.value(3).toString();
    s.investigated = q.value(4).toString();
    s.learned = q.value(5).toString();
    s.completed = q.value(6).toString();
    s.nextSteps = q.value(7).toString();
    s.createdAt = q.value(8).toLongLong();
    return s;
}

QString ObservationStore::observationColumns()
{
    return QLatin1String(kObservationColumns);
}

Observation ObservationStore::observationFrom(const QSqlQuery &row)
{
    return ::observationFrom(row);
}
