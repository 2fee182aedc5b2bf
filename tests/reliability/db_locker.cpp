// Test helper: holds an exclusive lock on the database for SECONDS, the way a
// stuck process would. Prints "locked" once it holds it.
// usage: ot-db-locker DB_PATH SECONDS
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
    if (!db.open())
        return 1;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN EXCLUSIVE")))
        return 1;
    std::printf("locked\n");
    std::fflush(stdout);
    QThread::sleep(std::strtoul(argv[2], nullptr, 10)); // the fault being injected
    q.exec(QStringLiteral("COMMIT"));
    return 0;
}
