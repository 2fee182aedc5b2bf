// The user's project merges and names (ProjectMap), as capture.json keeps
// them for the hook: merges followed to the end, merging into a merged
// project lands on the project it joined, a hand-edited loop ends, and the
// file round-trips.
#include "hookcore/CaptureSettings.h"

#include <QTemporaryDir>
#include <QtTest>

class TestProjectMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mergesAreFollowed();
    void aLoopEnds();
    void namesAreOnlyNames();
    void capturedInTheSettingsFile();
    void excludingAProjectExcludesWhatWasMergedIntoIt();
};

void TestProjectMap::mergesAreFollowed()
{
    ProjectMap map;
    QVERIFY(map.merge("/b", "/a"));
    QCOMPARE(map.resolve("/b"), std::string("/a"));
    QCOMPARE(map.resolve("/a"), std::string("/a"));
    QCOMPARE(map.resolve("/other"), std::string("/other"));
    QVERIFY(!map.merge("/b", "/a")); // one already
    QVERIFY(map.merge("/c", "/b")); // into a merged project: into the one it joined
    QCOMPARE(map.merged.at("/c"), std::string("/a"));
    QVERIFY(map.merge("/a", "/d")); // the whole group moves along
    for (const char *p : { "/a", "/b", "/c", "/d" })
        QCOMPARE(map.resolve(p), std::string("/d"));
    QVERIFY(!map.merge("/d", "/b")); // /b is /d already
}

void TestProjectMap::aLoopEnds()
{
    ProjectMap map;
    map.merged = { { "/a", "/b" }, { "/b", "/a" } }; // edited by hand
    const std::string r = map.resolve("/a");
    QVERIFY(r == "/a" || r == "/b");
}

void TestProjectMap::namesAreOnlyNames()
{
    ProjectMap map;
    map.rename("/a", "Shop");
    QCOMPARE(map.nameOf("/a"), std::string("Shop"));
    QCOMPARE(map.resolve("/a"), std::string("/a"));
    map.rename("/a", "");
    QVERIFY(map.nameOf("/a").empty());
    QVERIFY(map.names.empty());
}

void TestProjectMap::capturedInTheSettingsFile()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("capture.json")).toStdString();
    CaptureSettings s;
    s.projects.merge("/home/u/shop-old", "/home/u/shop");
    s.projects.rename("/home/u/shop", "Shop");
    std::string error;
    QVERIFY2(s.save(path, &error), error.c_str());
    const CaptureSettings back = CaptureSettings::load(path, &error);
    QVERIFY(error.empty());
    QCOMPARE(back.projects.merged, s.projects.merged);
    QCOMPARE(back.projects.names, s.projects.names);
    // A folder that is no repository is its own project; a merged one files under the other.
    QCOMPARE(back.projectOf("/home/u/shop-old"), std::string("/home/u/shop"));
    QCOMPARE(back.projectOf("/home/u/elsewhere"), std::string("/home/u/elsewhere"));
}

void TestProjectMap::excludingAProjectExcludesWhatWasMergedIntoIt()
{
    CaptureSettings s;
    s.projects.merge("/srv/shop-old", "/srv/shop");
    QVERIFY(!s.isProjectExcluded("/srv/shop-old"));
    s.excludedProjects = { "/srv/shop" };
    QVERIFY(s.isProjectExcluded("/srv/shop-old"));
    QVERIFY(s.isProjectExcluded("/srv/shop"));
    QVERIFY(!s.isProjectExcluded("/srv/other"));
}

QTEST_GUILESS_MAIN(TestProjectMap)
#include "tst_projectmap.moc"
