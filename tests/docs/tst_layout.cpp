// The shape of the code is a promise too (docs/architecture.md, issue 18):
// folders by job, each room a library whose links state which rooms it may
// use, includes that only go the way those links allow, explicit source lists,
// small files. These checks read the source tree; they fail the moment a file
// grows past the limit, a room includes one it may not use, or a folder is
// missing from the architecture page.
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

namespace {
const QString kRoot = QStringLiteral(OT_SOURCE_DIR);
constexpr int kMaxLines = 300;

QString read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Every .cpp and .h under app/, relative to app/ ("core/store/Database.cpp").
QStringList appSources()
{
    QStringList files;
    QDirIterator it(kRoot + QStringLiteral("/app"), { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(kRoot + QStringLiteral("/app")).relativeFilePath(it.next());
    files.sort();
    return files;
}

// The room a path under app/ belongs to: "core/store", "hookcore", "gui", ...
QString roomOf(const QString &relative)
{
    const QStringList parts = relative.split(QLatin1Char('/'));
    if (parts.size() >= 3 && parts.first() == QLatin1String("core"))
        return parts[0] + QLatin1Char('/') + parts[1];
    return parts.first();
}

// Room folder → the target its CMakeLists.txt defines.
QString targetOf(const QString &room)
{
    return QStringLiteral("observer-tray-") + room.section(QLatin1Char('/'), -1);
}

// The rooms each room links, read from target_link_libraries in its CMakeLists.txt.
QMap<QString, QSet<QString>> directLinks(const QStringList &rooms)
{
    QMap<QString, QString> roomByTarget;
    for (const QString &room : rooms)
        roomByTarget.insert(targetOf(room), room);
    roomByTarget.insert(QStringLiteral("observer-tray-hookcore-app"), QStringLiteral("hookcore"));
    roomByTarget.insert(QStringLiteral("observer-tray-core"), QStringLiteral("core/*"));
    QMap<QString, QSet<QString>> links;
    static const QRegularExpression call(QStringLiteral(R"(target_link_libraries\(\s*([\w-]+)([^)]*)\))"));
    for (const QString &room : rooms) {
        auto m = call.globalMatch(read(kRoot + QStringLiteral("/app/") + room + QStringLiteral("/CMakeLists.txt")));
        while (m.hasNext()) {
            const auto match = m.next();
            if (!roomByTarget.contains(match.captured(1)))
                continue;
            const QString from = roomByTarget.value(match.captured(1));
            for (const QString &word : match.captured(2).split(QRegularExpression(QStringLiteral("\\s+")))) {
                if (roomByTarget.contains(word))
                    links[from].insert(roomByTarget.value(word));
            }
        }
    }
    return links;
}

// What a room may include: itself and everything its links reach.
QSet<QString> reachable(const QString &room, const QMap<QString, QSet<QString>> &links, const QStringList &rooms)
{
    QSet<QString> seen { room };
    QStringList todo { room };
    while (!todo.isEmpty()) {
        const QString r = todo.takeLast();
        for (const QString &next : links.value(r)) {
            const QStringList expanded = next == QLatin1String("core/*")
                ? rooms.filter(QRegularExpression(QStringLiteral("^core/")))
                : QStringList { next };
            for (const QString &e : expanded) {
                if (!seen.contains(e)) {
                    seen.insert(e);
                    todo << e;
                }
            }
        }
    }
    return seen;
}
} // namespace

class TestLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noFileOverTheLimit();
    void noGlobInTheBuild();
    void includesNameTheFolderAndFollowTheLinks();
    void everySourceIsListedInItsRoom();
    void everyFolderSaysItsJobInTheArchitecturePage();
};

void TestLayout::noFileOverTheLimit()
{
    QStringList over;
    for (const QString &file : appSources()) {
        const int lines = int(read(kRoot + QStringLiteral("/app/") + file).count(QLatin1Char('\n')));
        if (lines > kMaxLines)
            over << QStringLiteral("%1 (%2 lines)").arg(file).arg(lines);
    }
    QVERIFY2(over.isEmpty(), qPrintable(QStringLiteral("split by job: ") + over.join(QStringLiteral(", "))));
}

void TestLayout::noGlobInTheBuild()
{
    QStringList globs;
    for (const QString &dir : { QStringLiteral("app"), QStringLiteral("tests"), QStringLiteral("bench") }) {
        QDirIterator it(kRoot + QLatin1Char('/') + dir, { QStringLiteral("CMakeLists.txt"), QStringLiteral("*.cmake") },
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.contains(QLatin1String("/node_modules/")) && read(path).contains(QLatin1String("GLOB")))
                globs << path;
        }
    }
    if (read(kRoot + QStringLiteral("/CMakeLists.txt")).contains(QLatin1String("GLOB")))
        globs << QStringLiteral("CMakeLists.txt");
    QVERIFY2(globs.isEmpty(), qPrintable(globs.join(QStringLiteral(", "))));
}

void TestLayout::includesNameTheFolderAndFollowTheLinks()
{
    const QStringList files = appSources();
    QStringList rooms;
    for (const QString &file : files) {
        if (!rooms.contains(roomOf(file)))
            rooms << roomOf(file);
    }
    const auto links = directLinks(rooms);
    // The programs: the app (gui/main.cpp) uses the CLI and the GUI; the hook only its core.
    QMap<QString, QSet<QString>> allowed;
    for (const QString &room : rooms)
        allowed.insert(room, reachable(room, links, rooms));
    allowed[QStringLiteral("gui")] += allowed.value(QStringLiteral("cli"));
    allowed[QStringLiteral("hook")] = { QStringLiteral("hook"), QStringLiteral("hookcore") };

    static const QRegularExpression include(
        QStringLiteral(R"re(^#include "([^"]+)")re"), QRegularExpression::MultilineOption);
    QStringList wrong;
    for (const QString &file : files) {
        const QString room = roomOf(file);
        auto m = include.globalMatch(read(kRoot + QStringLiteral("/app/") + file));
        while (m.hasNext()) {
            const QString target = m.next().captured(1);
            if (target.startsWith(QLatin1String("version/")))
                continue; // generated in the build tree
            if (!QFile::exists(kRoot + QStringLiteral("/app/") + target)) {
                wrong << QStringLiteral("%1: \"%2\" does not name a folder under app/").arg(file, target);
                continue;
            }
            const QString used = roomOf(target);
            if (!allowed.value(room).contains(used))
                wrong << QStringLiteral("%1 (%2) includes %3, a room it does not link").arg(file, room, target);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    // The direction holds: the core never reaches the front ends.
    QVERIFY(!allowed.value(QStringLiteral("core/observe")).contains(QStringLiteral("gui")));
    QVERIFY(!allowed.value(QStringLiteral("hookcore")).contains(QStringLiteral("core/store")));
}

void TestLayout::everySourceIsListedInItsRoom()
{
    QStringList unlisted;
    for (const QString &file : appSources()) {
        const QString folder = file.section(QLatin1Char('/'), 0, -2);
        const QString list = read(kRoot + QStringLiteral("/app/") + folder + QStringLiteral("/CMakeLists.txt"));
        const QString name = file.section(QLatin1Char('/'), -1);
        if (!list.contains(QRegularExpression(
                QStringLiteral("[\\s(]") + QRegularExpression::escape(name) + QStringLiteral("[\\s)]"))))
            unlisted << file;
    }
    QVERIFY2(unlisted.isEmpty(), qPrintable(unlisted.join(QStringLiteral(", "))));
}

void TestLayout::everyFolderSaysItsJobInTheArchitecturePage()
{
    const QString page = read(kRoot + QStringLiteral("/docs/architecture.md"));
    QVERIFY2(!page.isEmpty(), "docs/architecture.md is missing");
    QStringList missing;
    QSet<QString> folders;
    for (const QString &file : appSources())
        folders.insert(QStringLiteral("app/") + file.section(QLatin1Char('/'), 0, -2));
    for (const QString &folder : folders) {
        if (!page.contains(QStringLiteral("`") + folder + QStringLiteral("/`")))
            missing << folder;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
