// The fixed text every match of a user's pattern must contain: the Redactor
// skips lines without it, so an answer that is too long would let a secret
// through. Each row: the answer, and texts the pattern matches, which must
// all hold it.
#include "hookcore/RequiredLiteral.h"

#include <QtTest>

#include <regex>

class TestRequiredLiteral : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void literal_data();
    void literal();
};

void TestRequiredLiteral::literal_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("matches");
    QTest::newRow("prefix") << "corp-[0-9a-f]{4}"
                            << "corp-" << QStringList { "corp-beef" };
    QTest::newRow("escaped dots") << "internal\\.example\\.com"
                                  << "internal.example.com" << QStringList { "internal.example.com" };
    QTest::newRow("class around a dash") << "[A-Z]{3}-[0-9]{8}"
                                         << "-" << QStringList { "ABC-12345678" };
    QTest::newRow("optional character splits") << "tokens?=[a-z]+"
                                               << "token" << QStringList { "token=a", "tokens=b" };
    QTest::newRow("star splits") << "abc*def"
                                 << "def" << QStringList { "abdef", "abcccdef" };
    QTest::newRow("zero count splits") << "abc{0,2}xyz"
                                       << "xyz" << QStringList { "abxyz", "abccxyz" };
    QTest::newRow("plus ends a run") << "ke+y=v"
                                     << "y=v" << QStringList { "key=v", "keeey=v" };
    QTest::newRow("count ends a run") << "ab{2}cde"
                                      << "cde" << QStringList { "abbcde" };
    QTest::newRow("lazy") << "xx.*?yyy"
                          << "yyy" << QStringList { "xx--yyy" };
    QTest::newRow("alternation at the top") << "secret-[0-9]+|token-[0-9]+"
                                            << "" << QStringList { "secret-1", "token-2" };
    QTest::newRow("alternation in a group") << "(foo|bar)-key-[0-9]+"
                                            << "-key-" << QStringList { "foo-key-1" };
    QTest::newRow("optional group") << "(pre)?fix_[a-z]+"
                                    << "fix_" << QStringList { "fix_a", "prefix_b" };
    QTest::newRow("word escapes end runs") << "id\\d+x"
                                           << "id" << QStringList { "id12x" };
    QTest::newRow("word boundary") << "\\bpass\\b"
                                   << "pass" << QStringList { "my pass ok" };
    QTest::newRow("anchors") << "^export [A-Z_]+="
                             << "export " << QStringList { "export TOKEN=" };
    QTest::newRow("lookahead takes nothing") << "(?=ab)abc"
                                             << "abc" << QStringList { "abc" };
    QTest::newRow("nothing fixed") << "[a-f0-9]{40}"
                                   << "" << QStringList { QString(40, QLatin1Char('a')) };
    QTest::newRow("unbalanced") << "abc(def"
                                << "" << QStringList {};
    QTest::newRow("bracket in class") << "x[a\\]]yz"
                                      << "yz" << QStringList { "xayz", "x]yz" };
}

void TestRequiredLiteral::literal()
{
    QFETCH(QString, pattern);
    QFETCH(QString, expected);
    QFETCH(QStringList, matches);
    const std::string literal = requiredLiteral(pattern.toStdString());
    QCOMPARE(QString::fromStdString(literal), expected);
    if (matches.isEmpty())
        return;
    const std::regex re(pattern.toStdString(), std::regex::ECMAScript);
    for (const QString &m : matches) {
        std::smatch found;
        const std::string text = m.toStdString();
        QVERIFY2(std::regex_search(text, found, re), qPrintable(m));
        QVERIFY2(found.str(0).find(literal) != std::string::npos, qPrintable(m));
    }
}

QTEST_GUILESS_MAIN(TestRequiredLiteral)
#include "tst_requiredliteral.moc"
