// Short project names: the last components, unique among the projects shown,
// the home folder as "~", cut in the middle when still long.
#include "gui/ProjectNames.h"

#include <QDir>
#include <QtTest>

class TestProjectNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lastTwoComponents();
    void homeIsATilde();
    void lookalikesGetLonger();
    void longNamesKeepTheirEnd();
    void unknownPathsStillShort();
};

void TestProjectNames::lastTwoComponents()
{
    ProjectNames names;
    names.setPaths({ QStringLiteral("/srv/work/clients/acme/webshop"), QStringLiteral("/opt/x") });
    QCOMPARE(names.shortName(QStringLiteral("/srv/work/clients/acme/webshop")), QStringLiteral("…/acme/webshop"));
    QCOMPARE(names.shortName(QStringLiteral("/opt/x")), QStringLiteral("/opt/x")); // nothing to shorten
}

void TestProjectNames::homeIsATilde()
{
    ProjectNames names;
    const QString notes = QDir::homePath() + QStringLiteral("/notes");
    names.setPaths({ notes });
    QCOMPARE(names.shortName(notes), QStringLiteral("~/notes"));
}

void TestProjectNames::lookalikesGetLonger()
{
    ProjectNames names;
    const QString a = QStringLiteral("/srv/alice/src/app");
    const QString b = QStringLiteral("/srv/bob/src/app");
    const QString c = QStringLiteral("/srv/carol/web");
    names.setPaths({ a, b, c });
    QCOMPARE(names.shortName(a), QStringLiteral("…/alice/src/app"));
    QCOMPARE(names.shortName(b), QStringLiteral("…/bob/src/app"));
    QCOMPARE(names.shortName(c), QStringLiteral("…/carol/web"));
}

void TestProjectNames::longNamesKeepTheirEnd()
{
    ProjectNames names;
    const QString path = QStringLiteral("/srv/") + QString(120, QLatin1Char('x')) + QStringLiteral("/webshop-frontend");
    names.setPaths({ path });
    const QString name = names.shortName(path);
    QCOMPARE(name.size(), ProjectNames::kMaxChars);
    QVERIFY2(name.endsWith(QLatin1String("/webshop-frontend")), qPrintable(name));
    QVERIFY(name.contains(QStringLiteral("…")));
}

void TestProjectNames::unknownPathsStillShort()
{
    const ProjectNames names;
    QCOMPARE(names.shortName(QStringLiteral("/a/b/c/d")), QStringLiteral("…/c/d"));
}

QTEST_MAIN(TestProjectNames)
#include "tst_projectnames.moc"
