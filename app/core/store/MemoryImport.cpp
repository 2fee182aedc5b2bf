#include "core/store/MemoryImport.h"

#include "core/store/MemoryRecord.h"
#include "core/store/ObservationStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString redacted(const std::optional<Redactor> &redactor, const QString &text)
{
    return redactor ? QString::fromStdString(redactor->redact(text.toStdString())) : text;
}

QStringList redacted(const std::optional<Redactor> &redactor, QStringList list)
{
    for (QString &item : list)
        item = redacted(redactor, item);
    return list;
}

void redact(const std::optional<Redactor> &r, Observation *o)
{
    o->title = redacted(r, o->title);
    o->subtitle = redacted(r, o->subtitle);
    o->narrative = redacted(r, o->narrative);
    o->facts = redacted(r, o->facts);
    o->concepts = redacted(r, o->concepts);
}

void redact(const std::optional<Redactor> &r, SessionSummary *s)
{
    for (QString *field : { &s->request, &s->investigated, &s->learned, &s->completed, &s->nextSteps })
        *field = redacted(r, *field);
}
} // namespace

MemoryImport::MemoryImport(QSqlDatabase db, std::optional<Redactor> redactor)
    : m_db(std::move(db)), m_redactor(std::move(redactor))
{
}

bool MemoryImport::run(const QString &path, Counts *counts, QString *error)
{
    *counts = {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QList<Observation> observations;
    QList<SessionSummary> summaries;
    bool headerSeen = false;
    for (int number = 1; !file.atEnd(); ++number) {
        const QByteArray bytes = file.readLine().trimmed();
        if (bytes.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        QString problem = !doc.isObject() ? QStringLiteral("not a JSON object (%1)").arg(parseError.errorString())
            : !headerSeen                 ? MemoryRecord::headerProblem(doc.object())
                                          : QString();
        MemoryRecord::Parsed parsed;
        if (problem.isEmpty() && headerSeen)
            parsed = MemoryRecord::parse(doc.object(), &problem);
        headerSeen = true;
        if (!problem.isEmpty()) {
            *error = QStringLiteral("%1, line %2: %3; nothing was imported").arg(path).arg(number).arg(problem);
            return false;
        }
        if (parsed.observation) {
            redact(m_redactor, &*parsed.observation);
            observations << *parsed.observation;
        } else if (parsed.summary) {
            redact(m_redactor, &*parsed.summary);
            summaries << *parsed.summary;
        }
    }
    if (!headerSeen) {
        *error = QStringLiteral("%1 is empty: not an Observer Tray export; nothing was imported").arg(path);
        return false;
    }
    counts->observations = int(observations.size());
    counts->summaries = int(summaries.size());
    const auto stored = ObservationStore(m_db).commitAnswer(observations, summaries, {}, 0, error);
    if (!stored)
        return false;
    counts->observationsStored = stored->observationsStored;
    counts->summariesStored = stored->summariesStored;
    return true;
}
