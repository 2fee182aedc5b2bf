#pragma once

#include <QObject>
#include <QSqlDatabase>

#include <memory>

class ProjectRecompute;

// Runs ProjectRecompute in the background of the thread it lives on: one
// small transaction per turn of the event loop, so everything else on that
// thread (the pipeline's own work) runs in between. The data folder's lock
// holder runs it (Pipeline) at start, the tray app and --headless alike, and
// again when the user merges projects.
class ProjectRefiler : public QObject
{
    Q_OBJECT
public:
    explicit ProjectRefiler(QSqlDatabase db, QObject *parent = nullptr);
    ~ProjectRefiler() override;

    bool isRunning() const { return m_recompute != nullptr; }

public Q_SLOTS:
    // Plans afresh from the projects stored now (a run in progress starts
    // over with the new plan: a merge may have changed it).
    void start();

Q_SIGNALS:
    void finished(qint64 rowsMoved);
    void failed(const QString &message); // what failed and what happens next, for the user

private:
    void step();
    void fail(const QString &error);

    QSqlDatabase m_db;
    std::unique_ptr<ProjectRecompute> m_recompute;
    qint64 m_rowsMovedBefore = 0; // by runs the latest start() replaced
};
