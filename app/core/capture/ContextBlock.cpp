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
    return bounded(out);
}

QString ContextBlock::bounded(const QString &block)
{
    // Bounded even when the summary alone is huge: cut at a character's start
    // (a cut inside one decodes to U+FFFD, longer than what it replaced).
    const QByteArray bytes = block.toUtf8();
    if (bytes.size() <= kMaxBytes)
        return block;
    const QByteArray ellipsis = QStringLiteral("…\n").toUtf8();
    qsizetype cut = kMaxBytes - ellipsis.size();
    while (cut > 0 && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
        --cut; // a continuation byte: inside a character
    return QString::fromUtf8(bytes.left(cut) + ellipsis);
}
