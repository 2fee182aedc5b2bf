#include "TraceReplay.h"

#include "core/store/Database.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>

namespace {
// Often enough that the delays (hundreds of ms to minutes) are read to within
// a few percent; a look reads only ids and states.
constexpr int kLookEveryMs = 50;
constexpr int kHookTimeoutMs = 30000;
} // namespace

std::optional<QList<TraceEvent>> TraceReplay::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the trace %1: %2 (bench/tools/live-trace.py writes one)")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    QList<TraceEvent> trace;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(QStringLiteral("meta")))
            continue;
        const QJsonObject payload = o.value(QStringLiteral("payload")).toObject();
        TraceEvent e { o.value(QStringLiteral("at")).toDouble(-1), o.value(QStringLiteral("event")).toString(),
            QJsonDocument(payload).toJson(QJsonDocument::Compact),
            payload.value(QStringLiteral("tool_use_id")).toString() };
        if (e.at < 0 || e.kind.isEmpty() || payload.isEmpty()) {
            *error = QStringLiteral("%1:%2: not a trace line (needs \"at\", \"event\" and \"payload\")")
                         .arg(path)
                         .arg(lineNumber);
            return std::nullopt;
        }
        trace << e;
    }
    return trace;
}

TraceReplay::TraceReplay(QList<TraceEvent> trace, QProcessEnvironment env, QString hookProgram, QString databasePath,
    double factor, QObject *parent)
    : QObject(parent)
    , m_trace(std::move(trace))
    , m_env(std::move(env))
    , m_hook(std::move(hookProgram))
    , m_databasePath(std::move(databasePath))
    , m_factor(factor > 0 ? factor : 1)
{
    m_poll.setInterval(kLookEveryMs);
    connect(&m_poll, &QTimer::timeout, this, &TraceReplay::look);
}

TraceReplay::~TraceReplay() = default;

void TraceReplay::replay()
{
    m_clock.start();
    m_poll.start();
    for (const TraceEvent &event : std::as_const(m_trace)) {
        const qint64 due = qint64(event.at * 1000 / m_factor);
        waitUntil(due);
        m_figures.maxLateMs = std::max(m_figures.maxLateMs, m_clock.elapsed() - due);
        ++m_figures.events;
        // The event happens when Claude Code starts its hook: its delay counts
        // from there, however late this loop notices the hook's exit.
        const qint64 startedAt = m_clock.elapsed();
        if (!runHook(event)) {
            ++m_figures.hookFailures;
            continue;
        }
        if (!event.toolUseId.isEmpty()) {
            ++m_figures.toolEvents;
            m_queuedAt.insert(event.toolUseId, startedAt);
        }
    }
    m_figures.replaySeconds = m_clock.elapsed() / 1000.0;
    look();
}

bool TraceReplay::waitUntilDrained(int timeoutMs)
{
    const qint64 deadline = m_clock.elapsed() + timeoutMs;
    look();
    while (m_acknowledgedAt.size() < m_queuedAt.size() || m_figures.stillQueued > 0) {
        if (m_clock.elapsed() >= deadline)
            return false;
        waitUntil(m_clock.elapsed() + kLookEveryMs); // the poll timer looks meanwhile
    }
    m_poll.stop();
    return true;
}

TraceReplay::Figures TraceReplay::figures() const
{
    Figures f = m_figures;
    f.acknowledged = int(m_acknowledgedAt.size());
    for (auto it = m_acknowledgedAt.cbegin(); it != m_acknowledgedAt.cend(); ++it)
        f.delaysMs << it.value() - m_queuedAt.value(it.key());
    std::sort(f.delaysMs.begin(), f.delaysMs.end());
    return f;
}

void TraceReplay::waitUntil(qint64 dueMs)
{
    const qint64 left = dueMs - m_clock.elapsed();
    if (left <= 0)
        return;
    QEventLoop loop;
    QTimer::singleShot(int(left), Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

bool TraceReplay::runHook(const TraceEvent &event)
{
    QProcess hook;
    hook.setProcessEnvironment(m_env);
    QEventLoop loop;
    connect(&hook, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&hook, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(kHookTimeoutMs, &loop, &QEventLoop::quit);
    hook.start(m_hook, { event.kind });
    if (!hook.waitForStarted(kHookTimeoutMs))
        return false;
    hook.write(event.payload);
    hook.closeWriteChannel();
    if (hook.state() != QProcess::NotRunning)
        loop.exec(); // the stand-in keeps answering while the hook runs
    if (hook.state() != QProcess::NotRunning) {
        hook.kill();
        hook.waitForFinished(5000);
        return false;
    }
    return hook.exitStatus() == QProcess::NormalExit && hook.exitCode() == 0;
}

void TraceReplay::look()
{
    if (!m_db) {
        if (!QFile::exists(m_databasePath))
            return;
        m_db = std::make_unique<Database>(m_databasePath);
        if (!m_db->openExisting()) {
            m_db.reset();
            return;
        }
    }
    const qint64 now = m_clock.elapsed();
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT json_extract(payload, '$.tool_use_id'), state FROM events")))
        return; // busy for a moment: the next look tells
    QSet<QString> queued;
    int rows = 0, parked = 0;
    while (q.next()) {
        ++rows;
        queued.insert(q.value(0).toString());
        if (q.value(1).toInt() == 3)
            ++parked;
    }
    m_figures.stillQueued = rows;
    m_figures.parked = parked;
    for (auto it = m_queuedAt.cbegin(); it != m_queuedAt.cend(); ++it) {
        if (!m_acknowledgedAt.contains(it.key()) && !queued.contains(it.key()))
            m_acknowledgedAt.insert(it.key(), now);
    }
}
