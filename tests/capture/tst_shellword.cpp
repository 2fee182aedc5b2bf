// ShellWord::first: the program /bin/sh would run for a hook's command line,
// which is how the installer tells our hooks from the user's.
#include "core/capture/ShellWord.h"

#include <QtTest>

class TestShellWord : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstWord_data();
    void firstWord();
    void notAPlainWord_data();
    void notAPlainWord();
};

void TestShellWord::firstWord_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("program");
    QTest::newRow("plain") << "/usr/bin/observer-tray-hook stop"
                           << "/usr/bin/observer-tray-hook";
    QTest::newRow("leading blanks") << " \t/a/b stop"
                                    << "/a/b";
    QTest::newRow("single quotes") << "'/my dir/hook' stop"
                                   << "/my dir/hook";
    QTest::newRow("quote inside single quotes") << R"('/it'\''s/hook' x)"
                                                << "/it's/hook";
    QTest::newRow("double quotes keep $ escaped") << R"("/a\$b/\"q\"/hook" x)"
                                                  << R"(/a$b/"q"/hook)";
    QTest::newRow("double quotes keep other backslashes") << R"("/a\b/hook")"
                                                          << R"(/a\b/hook)";
    QTest::newRow("backslash escapes a space") << R"(/my\ dir/hook x)"
                                               << "/my dir/hook";
    QTest::newRow("mixed quoting") << R"(/a/'b c'"d"/hook)"
                                   << "/a/b cd/hook";
    QTest::newRow("ends at ;") << "/a/hook;rm -rf /"
                               << "/a/hook";
    QTest::newRow("ends at |") << "/a/hook|tee"
                               << "/a/hook";
    QTest::newRow("empty quotes are a word") << "'' x"
                                             << "";
}

void TestShellWord::firstWord()
{
    QFETCH(QString, line);
    QFETCH(QString, program);
    const std::optional<QString> word = ShellWord::first(line);
    QVERIFY2(word, qPrintable(line));
    QCOMPARE(*word, program);
}

void TestShellWord::notAPlainWord_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("unclosed single quote") << "'/a/hook stop";
    QTest::newRow("unclosed double quote") << R"("/a/hook stop)";
    QTest::newRow("trailing backslash") << "\\";
    QTest::newRow("starts with a redirection") << "> /a/hook";
    QTest::newRow("starts with a subshell") << "(/a/hook)";
}

void TestShellWord::notAPlainWord()
{
    QFETCH(QString, line);
    QCOMPARE(ShellWord::first(line), std::optional<QString>());
}

QTEST_GUILESS_MAIN(TestShellWord)
#include "tst_shellword.moc"
