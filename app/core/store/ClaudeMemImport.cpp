#include "core/store/ClaudeMemImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString json(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString text(const QString &s) // the columns are NOT NULL; Qt binds a null QString as NULL
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

ClaudeMemImport::ClaudeMemImport(QSqlDatabase db, std::optional<Redactor> redactor)
    : m_db(std::move(db)), m_redactor(std::move(redactor))
{
}

QString ClaudeMemImport::redacted(const QString &text) const
{
    return m_redactor ? QString::fromStdString(m_redactor->redact(text.toStdString())) : text;
}

bool ClaudeMemImport::store(const ClaudeMemReader::Contents &peer, Counts *counts, QString *error)
{
    *counts = {};
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = begin.lastError().text();
        return false;
    }
    if (storeObservations(peer, counts, error) && storeSummaries(peer, counts, error)
        && begin.exec(QStringLiteral("COMMIT")))
        return true;
    if (error->isEmpty())
        *error = begin.lastError().text();
    begin.exec(QStringLiteral("ROLLBACK"));
    *counts = {};
    return false;
}

bool ClaudeMemImport::storeObservations(const ClaudeMemReader::Contents &peer, Counts *counts, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO observations(user_session_id, project, type, title, subtitle, facts, narrative, concepts, "
        "files_read, files_modified, created_at, content_hash, provenance) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(content_hash) DO NOTHING"));
    for (qsizetype i = 0; i < peer.observations.size(); ++i) {
        Observation o = peer.observations.at(i);
        o.title = redacted(o.title);
        o.subtitle = redacted(o.subtitle);
        o.narrative = redacted(o.narrative);
        for (QString &fact : o.facts)
            fact = redacted(fact);
        o = o.bounded();
        for (const QVariant &v : { QVariant(text(o.userSessionId)), QVariant(text(o.project)), QVariant(text(o.type)),
                 QVariant(text(o.title)), QVariant(text(o.subtitle)), QVariant(json(o.facts)),
                 QVariant(text(o.narrative)), QVariant(json(o.concepts)), QVariant(json(o.filesRead)),
                 QVariant(json(o.filesModified)), QVariant(o.createdAt), QVariant(o.contentHash()),
                 QVariant(peer.observationProvenance.at(i)) })
            q.addBindValue(v);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        (q.numRowsAffected() > 0 ? counts->observationsStored : counts->observationsSkipped)++;
    }
    return true;
}

bool ClaudeMemImport::storeSummaries(const ClaudeMemReader::Contents &peer, Counts *counts, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO summaries(user_session_id, project, request, investigated, learned, "
                             "completed, next_steps, created_at, content_hash, provenance) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(content_hash) DO NOTHING"));
    for (qsizetype i = 0; i < peer.summaries.size(); ++i) {
        SessionSummary s = peer.summaries.at(i);
        for (QString *field : { &s.request, &s.investigated, &s.learned, &s.completed, &s.nextSteps })
            *field = redacted(*field);
        s = s.bounded();
        for (const QVariant &v : { QVariant(text(s.userSessionId)), QVariant(text(s.project)),
                 QVariant(text(s.request)), QVariant(text(s.investigated)), QVariant(text(s.learned)),
                 QVariant(text(s.completed)), QVariant(text(s.nextSteps)), QVariant(s.createdAt),
                 QVariant(s.contentHash()), QVariant(peer.summaryProvenance.at(i)) })
            q.addBindValue(v);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        (q.numRowsAffected() > 0 ? counts->summariesStored : counts->summariesSkipped)++;
    }
    return true;
}
