#include "core/store/ProjectRecompute.h"

#include "core/platform/AppPaths.h"
#include "core/queue/EventQueue.h"
#include "core/store/ObservationStore.h"
#include "core/store/ObserverRunLog.h"
#include "hookcore/CaptureSettings.h"
#include "hookcore/ProjectRoot.h"

#include <QFile>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

ProjectRecompute::ProjectRecompute(QSqlDatabase db, Resolver resolve)
    : m_db(std::move(db)), m_resolve(std::move(resolve))
{
    if (!m_resolve) {
        const ProjectMap merges = CaptureSettings::load(
            QFile::encodeName(AppPaths::captureSettingsPath(AppPaths::settingsPath())).toStdString())
                                      .projects;
        m_resolve = [merges](const QString &cwd) {
            return QString::fromStdString(merges.resolve(ProjectRoot::resolve(cwd.toStdString())));
        };
    }
}

bool ProjectRecompute::plan(QString *error)
{
    m_moves.clear();
    QSqlQuery q(m_db);
    // observation_counts holds the observations' projects without a scan.
    if (!q.exec(QStringLiteral("SELECT project FROM observation_counts WHERE total > 0 UNION "
                               "SELECT DISTINCT project FROM summaries UNION SELECT DISTINCT project FROM events "
                               "UNION SELECT DISTINCT project FROM observer_runs"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QString from = q.value(0).toString();
        if (from.isEmpty())
            continue; // no cwd was reported: nothing to resolve
        const QString to = m_resolve(from);
        if (!to.isEmpty() && to != from)
            m_moves.append({ from, to });
    }
    return true;
}

int ProjectRecompute::moveSome(const QString &from, const QString &to, int limit, QString *error)
{
    int moved = ObservationStore(m_db).refileProject(from, to, limit, error);
    if (moved >= 0 && moved < limit) {
        const int events = EventQueue(m_db).refileProject(from, to, limit - moved, error);
        moved = events < 0 ? -1 : moved + events;
    }
    if (moved >= 0 && moved < limit) {
        const int runs = ObserverRunLog(m_db).refileProject(from, to, limit - moved, error);
        moved = runs < 0 ? -1 : moved + runs;
    }
    return moved;
}

bool ProjectRecompute::step(QString *error, int batchRows)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = q.lastError().text();
        return false;
    }
    const auto movesBefore = m_moves;
    const qint64 rowsBefore = m_rowsMoved;
    const auto undo = [&] {
        q.exec(QStringLiteral("ROLLBACK"));
        m_moves = movesBefore;
        m_rowsMoved = rowsBefore;
        return false;
    };
    int left = batchRows;
    while (left > 0 && !m_moves.isEmpty()) {
        const int moved = moveSome(m_moves.first().first, m_moves.first().second, left, error);
        if (moved < 0)
            return undo();
        if (moved < left) // fewer than asked: this project has no rows left
            m_moves.removeFirst();
        left -= moved;
        m_rowsMoved += moved;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        *error = q.lastError().text();
        return undo();
    }
    return true;
}

bool ProjectRecompute::runAll(QString *error)
{
    if (!plan(error))
        return false;
    while (!isDone())
        if (!step(error))
            return false;
    return true;
}
