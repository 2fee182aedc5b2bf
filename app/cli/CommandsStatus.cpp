#include "cli/CommandDatabase.h"
#include "cli/Commands.h"
#include "core/auth/AuthState.h"
#include "core/capture/AppHooks.h"
#include "core/observe/Pipeline.h"
#include "core/platform/AppPaths.h"
#include "core/platform/Clock.h"
#include "core/platform/DataFolderCheck.h"
#include "core/platform/Settings.h"
#include "core/status/CaptureCheck.h"
#include "core/status/StatusModel.h"
#include "core/store/KeyValue.h"
#include "core/store/ObservationStore.h"
#include "core/store/ObserverRunLog.h"
#include "version/Version.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace {
QJsonObject usageJson(const RunUsage &u)
{
    QJsonObject o { { QStringLiteral("apiCalls"), u.apiCalls }, { QStringLiteral("turns"), u.numTurns },
        { QStringLiteral("inputTokens"), u.inputTokens }, { QStringLiteral("outputTokens"), u.outputTokens },
        { QStringLiteral("cacheReadTokens"), u.cacheReadTokens },
        { QStringLiteral("cacheCreationTokens"), u.cacheCreationTokens } };
    if (u.costUsd >= 0) // the CLI's total_cost_usd: API-price equivalent for subscriptions
        o.insert(QStringLiteral("costUsd"), u.costUsd);
    return o;
}

// What observers cost, as the CLI reported it: the newest run and today's total.
void insertRuns(const QSqlDatabase &db, QJsonObject *json)
{
    const ObserverRunLog runs(db);
    if (const auto last = runs.lastEnded()) {
        QJsonObject lastRun = usageJson(last->usage);
        lastRun.insert(QStringLiteral("endedAt"), last->endedAt);
        lastRun.insert(QStringLiteral("exitCode"), last->exitCode);
        lastRun.insert(QStringLiteral("outcome"), last->outcome);
        lastRun.insert(QStringLiteral("cliVersion"), last->cliVersion);
        if (!last->error.isEmpty())
            lastRun.insert(QStringLiteral("error"), last->error);
        json->insert(QStringLiteral("lastRun"), lastRun);
    }
    int count = 0;
    QJsonObject today = usageJson(runs.usageSince(ObservationStore::startOfTodayLocalMs(), &count));
    today.insert(QStringLiteral("runs"), count);
    json->insert(QStringLiteral("runsToday"), today);
    QJsonObject week = usageJson(runs.usageSince(UsageGuard::startOfWeekMs(Clock::nowMs()), &count));
    week.insert(QStringLiteral("runs"), count);
    json->insert(QStringLiteral("runsThisWeek"), week);
}

// The login's usage windows as the newest observer stream showed them, and
// what the usage guard decided; the tray's state follows the guard.
void insertUsage(const QSqlDatabase &db, QJsonObject *json, StatusModel *tray)
{
    const RateLimitInfo info = RateLimitInfo::fromJson(KeyValue::get(db, QStringLiteral("usage.rateLimit")));
    UsageGuard::Verdict verdict = UsageGuard::Verdict::fromJson(KeyValue::get(db, QStringLiteral("usage.guard")));
    // Stored by the app when it decided; past its reset it no longer holds,
    // whether or not an app has run since.
    if (verdict.resumesAtMs > 0 && verdict.resumesAtMs <= Clock::nowMs())
        verdict.engaged = verdict.overridden = false; // nor does an "Observe anyway" past it
    QJsonObject guard = verdict.toJson();
    if (verdict.engaged || verdict.overridden) // the reset as the user reads it (their locale)
        guard.insert(QStringLiteral("resumesAtLocal"),
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(verdict.resumesAtMs), QLocale::ShortFormat));
    QJsonObject usage { { QStringLiteral("guard"), guard } };
    if (!info.isEmpty() || info.seenAtMs > 0)
        usage.insert(QStringLiteral("rateLimit"), info.toJson());
    json->insert(QStringLiteral("usage"), usage);
    tray->setUsageVerdict(verdict);
}
// The hooks as settings.json has them: part of the tray's state (nothing recorded is not "observing").
void insertHooks(StatusModel *tray, QJsonObject *json)
{
    QString detail;
    const HookInstaller::Status status = AppHooks::installer().status(&detail);
    tray->setHooks(HookInstaller::statusName(status), AppHooks::nextStep(status, detail));
    QJsonObject capture { { QStringLiteral("hooks"), HookInstaller::statusName(status) } };
    if (!tray->hooksNextStep().isEmpty())
        capture.insert(QStringLiteral("nextStep"), tray->hooksNextStep());
    json->insert(QStringLiteral("capture"), capture);
}

// With the hooks installed: do sessions run while no event arrives?
void insertCaptureStall(const QSqlDatabase &db, StatusModel *tray, QJsonObject *json)
{
    if (!tray->hooksInstalled())
        return;
    const CaptureCheck::Stall stall = CaptureCheck::stall(db);
    tray->setCaptureStalled(stall.stalled, stall.detail());
    QJsonObject capture = json->value(QStringLiteral("capture")).toObject();
    capture.insert(QStringLiteral("stalled"), stall.stalled);
    if (stall.stalled)
        capture.insert(QStringLiteral("detail"), stall.detail());
    json->insert(QStringLiteral("capture"), capture);
    json->insert(QStringLiteral("trayState"), StatusModel::stateCode(tray->state()));
}
} // namespace

int Commands::status(QTextStream &out, QTextStream &err)
{
    QJsonObject json { { QStringLiteral("version"), QStringLiteral(OBSERVER_TRAY_VERSION) },
        { QStringLiteral("dataDir"), AppPaths::dataDir() } };
    // The tray's rule over what is stored: the sign-in and the Observing toggle (a stall is known only live).
    StatusModel tray;
    const Settings settings;
    tray.setObserving(settings.observing());
    insertHooks(&tray, &json);
    json.insert(QStringLiteral("trayState"), StatusModel::stateCode(tray.state()));
    if (const QString warning = DataFolderCheck::warning(AppPaths::dataDir()); !warning.isEmpty())
        json.insert(QStringLiteral("dataDirWarning"), warning);
    CommandDatabase db;
    if (!db.openExisting()) {
        json.insert(QStringLiteral("state"), AuthState::kindName(AuthState::Unknown));
        json.insert(QStringLiteral("message"), db.error());
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return db.fileExists() ? 2 : 0;
    }
    const AuthState auth = AuthState::fromJson(KeyValue::get(db.connection(), QStringLiteral("auth.state")));
    const QJsonObject authJson = auth.toJson();
    for (auto it = authJson.begin(); it != authJson.end(); ++it)
        json.insert(it.key(), it.value());
    tray.setAuthState(auth);
    insertUsage(db.connection(), &json, &tray);
    json.insert(QStringLiteral("trayState"), StatusModel::stateCode(tray.state()));
    if (auth.kind == AuthState::Unknown && auth.message.isEmpty())
        json.insert(
            QStringLiteral("message"), QStringLiteral("Sign-in not checked yet; run observer-tray --check-auth."));
    // The CLI as the app or --check-auth last detected it: --status never runs it.
    if (const QJsonObject cli = KeyValue::get(db.connection(), QStringLiteral("cli")); !cli.isEmpty())
        json.insert(QStringLiteral("cli"), cli);
    const ObservationCounts c = Pipeline::countsIn(db.connection(), &settings);
    QJsonObject perProject;
    for (auto it = c.perProject.cbegin(); it != c.perProject.cend(); ++it)
        perProject.insert(it.key(), it.value());
    json.insert(QStringLiteral("counts"),
        QJsonObject { { QStringLiteral("total"), c.total }, { QStringLiteral("today"), c.today },
            { QStringLiteral("perProject"), perProject } });
    QJsonObject queue { { QStringLiteral("pending"), c.queuePending }, { QStringLiteral("parked"), c.queueParked } };
    if (c.queueHeldUntil > 0) // a batch waits for its turn's end, this long at most
        queue.insert(QStringLiteral("heldUntil"), c.queueHeldUntil);
    json.insert(QStringLiteral("queue"), queue);
    insertRuns(db.connection(), &json);
    insertCaptureStall(db.connection(), &tray, &json);
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    Q_UNUSED(err);
    return 0;
}
