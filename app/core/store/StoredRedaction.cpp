#include "core/store/StoredRedaction.h"

#include "core/platform/Settings.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
struct Change
{
    qint64 id;
    QStringList values; // in the order of the columns
};

bool fail(const QSqlQuery &q, QString *error)
{
    *error = q.lastError().text();
    return false;
}
} // namespace

StoredRedaction::StoredRedaction(QSqlDatabase db, Redactor redactor)
    : m_db(std::move(db)), m_redactor(std::move(redactor))
{
}

bool StoredRedaction::runWithSettings(const QSqlDatabase &db, bool dryRun, Counts *counts, QString *error)
{
    std::vector<std::string> patterns;
    for (const QString &p : Settings().redactPatterns())
        patterns.push_back(p.toStdString());
    std::string problem;
    const std::optional<Redactor> redactor = Redactor::make(patterns, &problem);
    if (!redactor) {
        *error = QStringLiteral("%1; fix it in Settings. Nothing was changed").arg(QString::fromStdString(problem));
        return false;
    }
    if (StoredRedaction(db, *redactor).run(dryRun, counts, error))
        return true;
    *error = QStringLiteral("the database refused the rewrite (%1); nothing was changed. Try again when Observer "
                            "Tray is idle")
                 .arg(*error);
    return false;
}

bool StoredRedaction::run(bool dryRun, Counts *counts, QString *error)
{
    *counts = {};
    QSqlQuery pragma(m_db);
    // Overwritten and freed pages are zeroed, not left with the old text in them.
    if (!dryRun && !pragma.exec(QStringLiteral("PRAGMA secure_delete=ON")))
        return fail(pragma, error);
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    const bool ok = rewriteTable(QStringLiteral("observations"),
                        { QStringLiteral("title"), QStringLiteral("subtitle"), QStringLiteral("narrative") },
                        { QStringLiteral("facts"), QStringLiteral("concepts"), QStringLiteral("files_read"),
                            QStringLiteral("files_modified") },
                        dryRun, &counts->observations, &counts->replacements, error)
        && rewriteTable(QStringLiteral("summaries"),
            { QStringLiteral("request"), QStringLiteral("investigated"), QStringLiteral("learned"),
                QStringLiteral("completed"), QStringLiteral("next_steps") },
            {}, dryRun, &counts->summaries, &counts->replacements, error)
        && rewriteTable(QStringLiteral("events"), {}, { QStringLiteral("payload") }, dryRun, &counts->events,
            &counts->replacements, error);
    if (!ok || dryRun) {
        m_db.rollback();
        return ok;
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return forgetOldBytes(counts, error);
}

bool StoredRedaction::rewriteTable(const QString &table, const QStringList &textColumns, const QStringList &jsonColumns,
    bool dryRun, int *rows, int *replacements, QString *error)
{
    const QStringList columns = textColumns + jsonColumns;
    QSqlQuery read(m_db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, %1 FROM %2").arg(columns.join(QLatin1String(", ")), table)))
        return fail(read, error);
    QList<Change> changes;
    while (read.next()) {
        Change change { read.value(0).toLongLong(), {} };
        int found = 0;
        for (int i = 0; i < columns.size(); ++i) {
            const std::string text = read.value(i + 1).toString().toStdString();
            // A JSON column is redacted value by value: its line breaks are escapes.
            const std::string out
                = i < textColumns.size() ? m_redactor.redact(text, &found) : m_redactor.redactJson(text, &found);
            change.values << QString::fromStdString(out);
        }
        if (found > 0) {
            changes << change;
            *replacements += found;
        }
    }
    *rows = int(changes.size());
    if (dryRun || changes.isEmpty())
        return true;
    QStringList assignments;
    for (const QString &c : columns)
        assignments << c + QStringLiteral(" = ?");
    QSqlQuery write(m_db);
    if (!write.prepare(
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QLatin1String(", ")))))
        return fail(write, error);
    for (const Change &change : std::as_const(changes)) {
        for (int i = 0; i < change.values.size(); ++i)
            write.bindValue(i, change.values.at(i));
        write.bindValue(int(change.values.size()), change.id);
        if (!write.exec())
            return fail(write, error);
    }
    return true;
}

bool StoredRedaction::forgetOldBytes(Counts *counts, QString *error)
{
    QSqlQuery q(m_db);
    // The FTS index keeps deleted terms in older segments until they are merged.
    if (counts->observations > 0
        && !q.exec(QStringLiteral("INSERT INTO observations_fts(observations_fts) VALUES('optimize')")))
        return fail(q, error);
    // The WAL still holds the pages as they were before; a truncating checkpoint empties it.
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next())
        return fail(q, error);
    counts->walTruncated = q.value(0).toInt() == 0;
    q.finish();
    q.exec(QStringLiteral("PRAGMA secure_delete=OFF"));
    return true;
}
