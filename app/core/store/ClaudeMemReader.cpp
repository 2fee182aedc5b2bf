#include "core/store/ClaudeMemReader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

namespace {
// claude-mem keeps lists as JSON arrays; an older row may hold plain text.
QStringList list(const QVariant &value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isArray())
        return { text };
    QStringList out;
    for (const QJsonValue &v : doc.array())
        if (!v.toString().isEmpty())
            out << v.toString();
    return out;
}

bool fail(const QString &path, const QString &why, QString *error)
{
    *error = QStringLiteral("cannot import %1: %2; nothing was imported").arg(path, why);
    return false;
}

// The SELECT for `wanted` columns of `table` as this claude-mem version has
// them: older versions lack some (observations had only `text` before its
// migration 8; the session id was `sdk_session_id` before a rename), and a
// missing column reads as empty. The table's own absence is an error.
bool selectColumns(QSqlQuery &q, const QString &table, QStringList wanted)
{
    if (!q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
        return false;
    QStringList has;
    while (q.next())
        has << q.value(0).toString();
    for (QString &column : wanted) {
        if (column == QLatin1String("memory_session_id") && !has.contains(column))
            column = QStringLiteral("sdk_session_id");
        if (!has.contains(column))
            column = QStringLiteral("NULL");
    }
    return q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(wanted.join(QStringLiteral(", ")), table));
}

bool readObservations(QSqlQuery &q, ClaudeMemReader::Contents *c)
{
    if (!selectColumns(q, QStringLiteral("observations"),
            { QStringLiteral("id"), QStringLiteral("memory_session_id"), QStringLiteral("project"),
                QStringLiteral("type"), QStringLiteral("title"), QStringLiteral("subtitle"), QStringLiteral("facts"),
                QStringLiteral("narrative"), QStringLiteral("text"), QStringLiteral("concepts"),
                QStringLiteral("files_read"), QStringLiteral("files_modified"), QStringLiteral("created_at_epoch") }))
        return false;
    while (q.next()) {
        Observation o;
        const QString provenance = QStringLiteral("claude-mem:observations:%1").arg(q.value(0).toLongLong());
        o.userSessionId = q.value(1).toString();
        o.project = q.value(2).toString();
        o.type = q.value(3).toString();
        o.title = q.value(4).toString();
        o.subtitle = q.value(5).toString();
        o.facts = list(q.value(6));
        o.narrative = q.value(7).toString().isEmpty() ? q.value(8).toString() : q.value(7).toString(); // old rows: text
        o.concepts = list(q.value(9));
        o.filesRead = list(q.value(10));
        o.filesModified = list(q.value(11));
        o.createdAt = q.value(12).toLongLong();
        if (o.userSessionId.isEmpty() || o.bounded().title.isEmpty())
            c->unmapped << ClaudeMemReader::Unmapped { provenance, QStringLiteral("no session or nothing readable") };
        else {
            c->observations << o;
            c->observationProvenance << provenance;
        }
    }
    return q.lastError().type() == QSqlError::NoError;
}

bool readSummaries(QSqlQuery &q, ClaudeMemReader::Contents *c)
{
    if (!selectColumns(q, QStringLiteral("session_summaries"),
            { QStringLiteral("id"), QStringLiteral("memory_session_id"), QStringLiteral("project"),
                QStringLiteral("request"), QStringLiteral("investigated"), QStringLiteral("learned"),
                QStringLiteral("completed"), QStringLiteral("next_steps"), QStringLiteral("created_at_epoch") }))
        return false;
    while (q.next()) {
        SessionSummary s;
        const QString provenance = QStringLiteral("claude-mem:session_summaries:%1").arg(q.value(0).toLongLong());
        s.userSessionId = q.value(1).toString();
        s.project = q.value(2).toString();
        s.request = q.value(3).toString();
        s.investigated = q.value(4).toString();
        s.learned = q.value(5).toString();
        s.completed = q.value(6).toString();
        s.nextSteps = q.value(7).toString();
        s.createdAt = q.value(8).toLongLong();
        if (s.userSessionId.isEmpty() || s.bounded().isEmpty())
            c->unmapped << ClaudeMemReader::Unmapped { provenance, QStringLiteral("no session or an empty summary") };
        else {
            c->summaries << s;
            c->summaryProvenance << provenance;
        }
    }
    return q.lastError().type() == QSqlError::NoError;
}
} // namespace

QString ClaudeMemReader::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.claude-mem/claude-mem.db");
}

std::optional<ClaudeMemReader::Contents> ClaudeMemReader::read(const QString &path, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        fail(path, QStringLiteral("no such file (is claude-mem installed? pass its database's path)"), error);
        return std::nullopt;
    }
    const QString name = QStringLiteral("claude-mem-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<Contents> contents;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Read-only by SQLite itself: this import can never write the peer's file.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=2000"));
        db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString() + QStringLiteral("?mode=ro"));
        QSqlQuery q(db);
        Contents c;
        if (!db.open())
            fail(path, db.lastError().text(), error);
        else if (!q.exec(QStringLiteral("BEGIN")))
            fail(path, q.lastError().text(), error);
        else if (!q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'session_summaries'")) || !q.next())
            fail(path,
                q.lastError().type() != QSqlError::NoError ? q.lastError().text()
                                                           : QStringLiteral("not a claude-mem database"),
                error);
        else if (!readObservations(q, &c) || !readSummaries(q, &c))
            fail(path, q.lastError().text(), error);
        else
            contents = std::move(c);
        q.finish();
        q.exec(QStringLiteral("COMMIT"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return contents;
}
