#include "core/store/ProjectRefiler.h"

#include "core/store/ProjectRecompute.h"

#include <QTimer>

ProjectRefiler::ProjectRefiler(QSqlDatabase db, QObject *parent) : QObject(parent), m_db(std::move(db))
{
}

ProjectRefiler::~ProjectRefiler() = default;

void ProjectRefiler::start()
{
    const bool stepping = m_recompute != nullptr;
    if (stepping)
        m_rowsMovedBefore += m_recompute->rowsMoved();
    m_recompute = std::make_unique<ProjectRecompute>(m_db);
    QString error;
    if (!m_recompute->plan(&error))
        return fail(error);
    if (!stepping) // else the step already queued goes on with the new plan
        QTimer::singleShot(0, this, &ProjectRefiler::step);
}

void ProjectRefiler::step()
{
    if (!m_recompute)
        return;
    QString error;
    if (!m_recompute->isDone() && !m_recompute->step(&error))
        return fail(error);
    if (!m_recompute->isDone()) {
        QTimer::singleShot(0, this, &ProjectRefiler::step);
        return;
    }
    const qint64 moved = m_rowsMovedBefore + m_recompute->rowsMoved();
    m_recompute.reset();
    m_rowsMovedBefore = 0;
    Q_EMIT finished(moved);
}

void ProjectRefiler::fail(const QString &error)
{
    m_recompute.reset();
    m_rowsMovedBefore = 0;
    Q_EMIT failed(tr("Could not file old memory under its repository's project: %1. Observer Tray tries again at "
                     "its next start.")
                      .arg(error));
}
