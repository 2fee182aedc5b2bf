#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class Database;

// One hook run of a recorded live trace (bench/tools/live-trace.py writes them).
struct TraceEvent
{
    double at = 0; // seconds from the trace's start
    QString kind; // the hook's argument: "post-tool-use"
    QByteArray payload; // what Claude Code writes to the hook's stdin
    QString toolUseId; // PostToolUse only: how the event is found in the queue
};

// Replays a live trace through the real hook program, as Claude Code runs it
// (the event kind as argument, the payload on stdin), on the trace's own
// timing divided by `factor`, and follows every tool event from its hook's
// start to acknowledged (its row left the queue: the same transaction stores
// its observations). The caller's event loop keeps running throughout,
// so a stand-in living in the same process keeps answering.
class TraceReplay : public QObject
{
    Q_OBJECT
public:
    struct Figures
    {
        int events = 0;
        int toolEvents = 0;
        int hookFailures = 0; // exit code other than 0, or no exit within 30 s
        int acknowledged = 0; // tool events that left the queue
        int stillQueued = 0; // any kind, at the last look
        int parked = 0; // given up on after retries
        QList<qint64> delaysMs; // hook started → acknowledged, per tool event
        qint64 maxLateMs = 0; // how far behind its schedule a hook run started
        double replaySeconds = 0;
    };

    static std::optional<QList<TraceEvent>> load(const QString &path, QString *error);

    TraceReplay(QList<TraceEvent> trace, QProcessEnvironment env, QString hookProgram, QString databasePath,
        double factor, QObject *parent = nullptr);
    ~TraceReplay() override;

    void replay(); // returns once the last hook run ended
    // True once every tool event that was queued has been acknowledged and
    // the queue is empty (the trace ends with SessionEnd: nothing may wait).
    bool waitUntilDrained(int timeoutMs);
    Figures figures() const;

private:
    void waitUntil(qint64 dueMs);
    bool runHook(const TraceEvent &event);
    void look(); // one look at the queue: which tool events have left it

    QList<TraceEvent> m_trace;
    QProcessEnvironment m_env;
    QString m_hook;
    QString m_databasePath;
    std::unique_ptr<Database> m_db; // opened at the first look: the app creates it
    double m_factor;
    QElapsedTimer m_clock;
    QTimer m_poll;
    QHash<QString, qint64> m_queuedAt; // tool_use_id → its hook's start, ms on m_clock
    QHash<QString, qint64> m_acknowledgedAt;
    Figures m_figures;
};
