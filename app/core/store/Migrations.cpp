#include "core/store/Migrations.h"

#include "hookcore/QueueSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Version 1: the queue, observer runs, observations (+ FTS, counters),
// summaries, hidden-session journal, and a small key/value table.
const char *const kVersion1[] = {
    // Durable queue of hook events. state: 0 queued, 1 claimed, 3 parked.
    // Acknowledged events are deleted in the same transaction that stores
    // their observations, so an event is done exactly once.
    R"(CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        project TEXT NOT NULL DEFAULT '',
        payload TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        state INTEGER NOT NULL DEFAULT 0,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL DEFAULT 0,
        claimed_at INTEGER,
        last_error TEXT))",
    // Covers readySessions (session ids of ready events, oldest first) without
    // reading the rows: 7 ms → 1 ms per pump with 5,000 events queued.
    "CREATE INDEX events_ready ON events(state, next_attempt_at, session_id, id)",
    "CREATE INDEX events_session ON events(session_id, state, id)",

    R"(CREATE TABLE observer_runs (
        id INTEGER PRIMARY KEY,
        observer_session_id TEXT NOT NULL UNIQUE,
        user_session_id TEXT NOT NULL,
        project TEXT NOT NULL DEFAULT '',
        cwd TEXT NOT NULL,
        cli_path TEXT,
        cli_version TEXT,
        started_at INTEGER NOT NULL,
        ended_at INTEGER,
        exit_status INTEGER,
        auth_outcome TEXT,
        api_calls INTEGER NOT NULL DEFAULT 0,
        error TEXT))",
    "CREATE INDEX observer_runs_user_session ON observer_runs(user_session_id)",

    R"(CREATE TABLE observations (
        id INTEGER PRIMARY KEY,
        user_session_id TEXT NOT NULL,
        project TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        subtitle TEXT NOT NULL DEFAULT '',
        facts TEXT NOT NULL DEFAULT '[]',
        narrative TEXT NOT NULL DEFAULT '',
        concepts TEXT NOT NULL DEFAULT '[]',
        files_read TEXT NOT NULL DEFAULT '[]',
        files_modified TEXT NOT NULL DEFAULT '[]',
        created_at INTEGER NOT NULL,
        observer_run_id INTEGER REFERENCES observer_runs(id) ON DELETE SET NULL,
        content_hash TEXT NOT NULL UNIQUE))",
    "CREATE INDEX observations_created ON observations(created_at)",
    // A project's newest first (carry-over, session context, the window's
    // project filter) walks this backwards and stops at the limit; ordered by
    // created_at instead, SQLite sorted every observation of the project.
    "CREATE INDEX observations_project ON observations(project, id)",

    // Per-project totals kept by triggers: the tooltip's counts stay O(projects)
    // instead of scanning a million rows.
    R"(CREATE TABLE observation_counts (
        project TEXT PRIMARY KEY,
        total INTEGER NOT NULL) WITHOUT ROWID)",
    R"(CREATE TRIGGER observations_count_ai AFTER INSERT ON observations BEGIN
        INSERT INTO observation_counts(project, total) VALUES (new.project, 1)
          ON CONFLICT(project) DO UPDATE SET total = total + 1;
      END)",
    R"(CREATE TRIGGER observations_count_ad AFTER DELETE ON observations BEGIN
        UPDATE observation_counts SET total = total - 1 WHERE project = old.project;
      END)",

    R"(CREATE VIRTUAL TABLE observations_fts USING fts5(
        title, subtitle, narrative, facts, concepts,
        content='observations', content_rowid='id', tokenize='unicode61'))",
    R"(CREATE TRIGGER observations_fts_ai AFTER INSERT ON observations BEGIN
        INSERT INTO observations_fts(rowid, title, subtitle, narrative, facts, concepts)
          VALUES (new.id, new.title, new.subtitle, new.narrative, new.facts, new.concepts);
      END)",
    R"(CREATE TRIGGER observations_fts_ad AFTER DELETE ON observations BEGIN
        INSERT INTO observations_fts(observations_fts, rowid, title, subtitle, narrative, facts, concepts)
          VALUES ('delete', old.id, old.title, old.subtitle, old.narrative, old.facts, old.concepts);
      END)",
    R"(CREATE TRIGGER observations_fts_au AFTER UPDATE ON observations BEGIN
        INSERT INTO observations_fts(observations_fts, rowid, title, subtitle, narrative, facts, concepts)
          VALUES ('delete', old.id, old.title, old.subtitle, old.narrative, old.facts, old.concepts);
        INSERT INTO observations_fts(rowid, title, subtitle, narrative, facts, concepts)
          VALUES (new.id, new.title, new.subtitle, new.narrative, new.facts, new.concepts);
      END)",

    R"(CREATE TABLE summaries (
        id INTEGER PRIMARY KEY,
        user_session_id TEXT NOT NULL,
        project TEXT NOT NULL DEFAULT '',
        request TEXT NOT NULL DEFAULT '',
        investigated TEXT NOT NULL DEFAULT '',
        learned TEXT NOT NULL DEFAULT '',
        completed TEXT NOT NULL DEFAULT '',
        next_steps TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        content_hash TEXT NOT NULL UNIQUE))",
    "CREATE INDEX summaries_project_created ON summaries(project, created_at)",

    // Journal of hidden transcripts. state: 0 hiding (row written before the
    // move), 1 hidden, 2 restoring, 3 restored, 4 deleted.
    R"(CREATE TABLE hidden_sessions (
        id INTEGER PRIMARY KEY,
        original_path TEXT NOT NULL,
        hidden_path TEXT NOT NULL,
        project_folder TEXT NOT NULL,
        session_id TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        mtime INTEGER NOT NULL,
        state INTEGER NOT NULL,
        hidden_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL))",
    "CREATE INDEX hidden_sessions_state ON hidden_sessions(state)",
    "CREATE INDEX hidden_sessions_original ON hidden_sessions(original_path)",

    // Small facts the app keeps between runs (last auth state, CLI caps cache).
    "CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at INTEGER NOT NULL) WITHOUT ROWID",
};

// Version 2: how a run ended and what it cost, as the CLI reports it
// (ObserverRunLog::End). Old rows keep NULL / 0: nothing was measured then.
const char *const kVersion2[] = {
    "ALTER TABLE observer_runs ADD COLUMN outcome TEXT",
    "ALTER TABLE observer_runs ADD COLUMN num_turns INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE observer_runs ADD COLUMN input_tokens INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE observer_runs ADD COLUMN output_tokens INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE observer_runs ADD COLUMN cache_read_tokens INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE observer_runs ADD COLUMN cache_creation_tokens INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE observer_runs ADD COLUMN cost_usd REAL",
};

// Version 3: where an imported row came from ("claude-mem:observations:17"),
// so an import can be traced and reported; NULL for what observers stored.
const char *const kVersion3[] = {
    "ALTER TABLE observations ADD COLUMN provenance TEXT",
    "ALTER TABLE summaries ADD COLUMN provenance TEXT",
};

struct Step
{
    int version;
    QStringList statements;
};

QList<Step> steps()
{
    QList<Step> list;
    Step v1 { 1, {} };
    for (const char *sql : kVersion1)
        v1.statements << QString::fromUtf8(sql);
    Step v2 { 2, {} };
    for (const char *sql : kVersion2)
        v2.statements << QString::fromUtf8(sql);
    Step v3 { 3, {} };
    for (const char *sql : kVersion3)
        v3.statements << QString::fromUtf8(sql);
    list << v1 << v2 << v3;
    return list;
}

} // namespace

int Migrations::latestVersion()
{
    return QueueSchema::kVersion; // the hook checks the same number before it appends
}

bool Migrations::migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    for (const Step &step : steps()) {
        if (step.version <= fromVersion)
            continue;
        QSqlQuery q(db);
        // IMMEDIATE takes the write lock first, so two processes opening a new
        // database at once cannot both run the same step.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = q.lastError().text();
            return false;
        }
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() >= step.version) {
            q.finish();
            q.exec(QStringLiteral("COMMIT"));
            continue;
        }
        for (const QString &sql : step.statements) {
            if (!q.exec(sql)) {
                *error = QStringLiteral("step %1: %2").arg(step.version).arg(q.lastError().text());
                q.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version))
            || !q.exec(QStringLiteral("COMMIT"))) {
            *error = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return true;
}
