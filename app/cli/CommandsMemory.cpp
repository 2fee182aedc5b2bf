// --forget-project and --delete-observation: forgetting memory from scripts.
#include "cli/CommandDatabase.h"
#include "cli/Commands.h"
#include "core/platform/Project.h"
#include "core/store/Forgetting.h"
#include "hookcore/HookPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTextStream>

namespace {
// The project as stored: a path inside a repository names the repository.
// Memory recorded under the path itself (before the app refiled it) goes too.
QStringList projectsNamedBy(const QString &path)
{
    const QString folder = QString::fromStdString(HookPaths::clean(path.toStdString()));
    const QString project = projectOf(folder);
    return project == folder ? QStringList { project } : QStringList { project, folder };
}

QJsonObject amountJson(const Forgetting::Amount &a)
{
    return { { QStringLiteral("observations"), a.observations }, { QStringLiteral("summaries"), a.summaries },
        { QStringLiteral("events"), a.events } };
}

QList<qint64> existing(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QList<qint64> found;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM observations WHERE id = ?"));
    for (const qint64 id : ids) {
        q.addBindValue(id);
        if (q.exec() && q.next())
            found << id;
    }
    return found;
}
} // namespace

namespace Commands {
int forgetProject(const QString &path, QTextStream &out, QTextStream &err)
{
    return CommandDatabase::run(err, [&](const QSqlDatabase &db) {
        Forgetting forgetting(db);
        Forgetting::Amount total;
        const QStringList projects = projectsNamedBy(path);
        for (const QString &project : projects) {
            QString error;
            const auto gone = forgetting.forgetProject(project, &error);
            if (!gone) {
                err << "observer-tray: could not forget " << project << ": " << error
                    << ". Nothing of it was deleted; try again once no other program writes the database.\n";
                return 1;
            }
            total = { total.observations + gone->observations, total.summaries + gone->summaries,
                total.events + gone->events };
        }
        QJsonObject json { { QStringLiteral("project"), projects.first() } };
        json.insert(QStringLiteral("forgotten"), amountJson(total));
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        if (!total.isEmpty())
            return 0;
        err << "observer-tray: nothing is stored for " << projects.first()
            << ". The window's project filter lists the projects there are.\n";
        return kNothingFound;
    });
}

int deleteObservations(const QList<qint64> &ids, QTextStream &out, QTextStream &err)
{
    return CommandDatabase::run(err, [&](const QSqlDatabase &db) {
        const QList<qint64> found = existing(db, ids);
        QString error;
        if (Forgetting(db).deleteObservations(found, &error) < 0) {
            err << "observer-tray: could not delete the observations: " << error << ". None was deleted.\n";
            return 1;
        }
        QJsonArray deleted, missing;
        for (const qint64 id : ids)
            (found.contains(id) ? deleted : missing).append(id);
        out << QJsonDocument(
            QJsonObject { { QStringLiteral("deleted"), deleted }, { QStringLiteral("notFound"), missing } })
                   .toJson(QJsonDocument::Indented);
        if (missing.isEmpty())
            return 0;
        err << "observer-tray: " << missing.size() << " of the ids name no stored observation (see \"notFound\").\n";
        return kNothingFound;
    });
}
} // namespace Commands
