#include "Observation.h"

#include <QCryptographicHash>

namespace {
QString hashOf(const QStringList &parts)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &p : parts) {
        h.addData(p.toUtf8());
        h.addData(QByteArrayView("\x1f", 1)); // unit separator: "a","bc" != "ab","c"
    }
    return QString::fromLatin1(h.result().toHex());
}
} // namespace

QString Observation::contentHash() const
{
    return hashOf({ userSessionId, type, title, subtitle, facts.join(QLatin1Char('\n')), narrative });
}

QString SessionSummary::contentHash() const
{
    return hashOf({ userSessionId, request, investigated, learned, completed, nextSteps });
}
