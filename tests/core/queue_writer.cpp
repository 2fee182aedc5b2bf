// Test helper: enqueues N events from its own process, to prove concurrent
// writers lose nothing. usage: ot-queue-writer DB_PATH TAG N
#include "Database.h"
#include "EventQueue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    Database db(QString::fromLocal8Bit(argv[1]));
    if (!db.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    EventQueue queue(db.connection());
    const QString tag = QString::fromLocal8Bit(argv[2]);
    const int n = atoi(argv[3]);
    for (int i = 0; i < n; ++i) {
        QueuedEvent e;
        e.sessionId = tag;
        e.kind = QStringLiteral("post-tool-use");
        e.project = QStringLiteral("/tmp/p");
        e.payload = QStringLiteral("{\"i\":%1}").arg(i).toUtf8();
        e.createdAt = QDateTime::currentMSecsSinceEpoch();
        QString error;
        if (!queue.enqueue(e, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}
