#include "core/hide/TranscriptProbe.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

TranscriptProbe TranscriptProbe::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        TranscriptProbe p;
        p.error = f.errorString();
        return p;
    }
    QByteArray head = f.read(kMaxBytes);
    TranscriptProbe p = parse(head);
    if (p.cwd.isEmpty() && !f.atEnd()) {
        head += f.read(kMaxCwdScanBytes - head.size());
        p = parse(head, kMaxCwdScanBytes);
    }
    return p;
}

TranscriptProbe TranscriptProbe::parse(QByteArrayView head, qsizetype limit)
{
    TranscriptProbe p;
    p.readable = true;
    const QByteArray bytes = head.first(std::min(head.size(), limit)).toByteArray();
    qsizetype start = 0;
    while (start < bytes.size() && (p.cwd.isEmpty() || p.sessionId.isEmpty() || p.entrypoint.isEmpty())) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size(); // a cut last line simply fails to parse
        const QJsonObject o = QJsonDocument::fromJson(bytes.mid(start, end - start)).object();
        if (p.cwd.isEmpty())
            p.cwd = o.value(QStringLiteral("cwd")).toString();
        if (p.sessionId.isEmpty())
            p.sessionId = o.value(QStringLiteral("sessionId")).toString();
        if (p.entrypoint.isEmpty())
            p.entrypoint = o.value(QStringLiteral("entrypoint")).toString();
        start = end + 1;
    }
    return p;
}
