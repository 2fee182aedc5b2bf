#include "core/capture/ContextBlock.h"

#include "core/store/ObservationStore.h"

#include <QDateTime>

QString ContextBlock::build(const QSqlDatabase &db, const QString &project, int maxObservations)
{
    ObservationStore store(db);
    const QList<Observation> recent = store.recent(project, maxObservations);
    const std::optional<SessionSummary> last = store.lastSummary(project);
    if (recent.isEmpty() && !last)
        return {};
    QString out = QStringLiteral("# Observer Tray memory for this project\n");
    if (last) {
        out += QStringLiteral("\n## Last session\nAsked: %1\nCompleted: %2\nNext: %3\n")
                   .arg(last->request, last->completed, last->nextSteps);
    }
    if (!recent.isEmpty())
        out += QStringLiteral("\n## Recent observations (newest first)\n");
    for (const Observation &o : recent) {
        const QString line
            = QStringLiteral("- %1 [%2] %3%4\n")
                  .arg(QDateTime::fromMSecsSinceEpoch(o.createdAt).toString(QStringLiteral("yyyy-MM-dd")), o.type,
                      o.title, o.subtitle.isEmpty() ? QString() : QStringLiteral(" — ") + o.subtitle);
        if ((out + line).toUtf8().size() > kMaxBytes)
            break;
        out += line;
    }
    // Bounded even when the summary alone is huge.
    QByteArray bytes = out.toUtf8();
    if (bytes.size() > kMaxBytes)
        out = QString::fromUtf8(bytes.left(kMaxBytes - 4)) + QStringLiteral("…\n");
    return out;
}
