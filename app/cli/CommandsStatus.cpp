#include "cli/CommandDatabase.h"
#include "cli/Commands.h"
#include "core/auth/AuthState.h"
#include "core/observe/Pipeline.h"
#include "core/platform/AppPaths.h"
#include "core/platform/DataFolderCheck.h"
#include "core/platform/Settings.h"
#include "core/status/StatusModel.h"
#include "core/store/KeyValue.h"
#include "core/store/ObservationStore.h"
#include "version/Version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

int Commands::status(QTextStream &out, QTextStream &err)
{
    QJsonObject json { { QStringLiteral("version"), QStringLiteral(OBSERVER_TRAY_VERSION) },
        { QStringLiteral("dataDir"), AppPaths::dataDir() } };
    // The tray's rule over what is stored: the sign-in and the Observing toggle (a stall is known only live).
    StatusModel tray;
    tray.setObserving(Settings().observing());
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
    json.insert(QStringLiteral("trayState"), StatusModel::stateCode(tray.state()));
    if (auth.kind == AuthState::Unknown && auth.message.isEmpty())
        json.insert(
            QStringLiteral("message"), QStringLiteral("Sign-in not checked yet; run observer-tray --check-auth."));
    const ObservationCounts c = Pipeline::countsIn(db.connection());
    QJsonObject perProject;
    for (auto it = c.perProject.cbegin(); it != c.perProject.cend(); ++it)
        perProject.insert(it.key(), it.value());
    json.insert(QStringLiteral("counts"),
        QJsonObject { { QStringLiteral("total"), c.total }, { QStringLiteral("today"), c.today },
            { QStringLiteral("perProject"), perProject } });
    json.insert(QStringLiteral("queue"),
        QJsonObject { { QStringLiteral("pending"), c.queuePending }, { QStringLiteral("parked"), c.queueParked } });
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    Q_UNUSED(err);
    return 0;
}
