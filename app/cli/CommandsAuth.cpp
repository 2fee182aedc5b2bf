#include "cli/CommandDatabase.h"
#include "cli/Commands.h"
#include "core/auth/AuthMonitor.h"
#include "core/platform/Settings.h"
#include "core/store/KeyValue.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

int Commands::checkAuth(QTextStream &out, QTextStream &err)
{
    const Settings settings;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const CliInfo cli = CliCapabilities::detect(settings.claudePath(), env);
    AuthMonitor monitor(env);
    monitor.setCli(cli);
    monitor.setBillingGuard(settings.billingGuard());
    AuthState result;
    bool done = false;
    QObject::connect(&monitor, &AuthMonitor::checkFinished, &monitor, [&](const AuthState &s) {
        result = s;
        done = true;
        QCoreApplication::quit();
    });
    monitor.checkNow();
    if (!done)
        QCoreApplication::exec();

    QJsonObject json = result.toJson();
    json.insert(QStringLiteral("cli"), CliCapabilities::toJson(cli));
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    out.flush();
    // Remember it for --status and the tray; failing to is not fatal here.
    CommandDatabase db;
    if (db.open(err, QStringLiteral("could not save the result: "))) {
        KeyValue::put(db.connection(), QStringLiteral("auth.state"), result.toJson());
        KeyValue::put(db.connection(), QStringLiteral("cli"), CliCapabilities::toJson(cli));
    }
    switch (result.kind) {
    case AuthState::SignedIn:
    case AuthState::ProbablySignedIn:
        return 0;
    case AuthState::NotSignedIn:
    case AuthState::SignInRejected:
    case AuthState::UsageLimited:
    case AuthState::Offline:
        return 1;
    default:
        return 2;
    }
}
