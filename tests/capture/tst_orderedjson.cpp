// OrderedJson: a user's settings.json edited without losing what QJsonObject
// loses (key order, a number's or string's exact text).
#include "core/capture/OrderedJson.h"

#include <QtTest>

class TestOrderedJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsEachScalarsText();
    void stringsDecodeTheirEscapes();
    void insertReplacesInPlace();
    void invalidSaysWhere();
};

void TestOrderedJson::keepsEachScalarsText()
{
    const QByteArray in = R"({"z": 1.50, "a": [1e+2, -0, "\u00e9\/"], "m": {}, "t": true, "n": null})";
    QString error;
    const std::optional<OrderedJson> json = OrderedJson::parse(in, &error);
    QVERIFY2(json, qPrintable(error));
    QCOMPARE(json->toJson(),
        QByteArray("{\n    \"z\": 1.50,\n    \"a\": [\n        1e+2,\n        -0,\n        \"\\u00e9\\/\"\n    ],\n"
                   "    \"m\": {},\n    \"t\": true,\n    \"n\": null\n}\n"));
}

void TestOrderedJson::stringsDecodeTheirEscapes()
{
    QString error;
    const std::optional<OrderedJson> json = OrderedJson::parse(R"({"c": "'\/a b\/hook' \"x\" \u00e9"})", &error);
    QVERIFY2(json, qPrintable(error));
    QVERIFY(json->value(QStringLiteral("c"))->isString());
    QCOMPARE(json->value(QStringLiteral("c"))->toString(), QStringLiteral("'/a b/hook' \"x\" \u00e9"));
    QCOMPARE(OrderedJson::string(QStringLiteral("a\"b")).toString(), QStringLiteral("a\"b"));
}

void TestOrderedJson::insertReplacesInPlace()
{
    QString error;
    std::optional<OrderedJson> json = OrderedJson::parse(R"({"a": 1, "b": 2, "c": 3})", &error);
    QVERIFY2(json, qPrintable(error));
    json->insert(QStringLiteral("b"), OrderedJson::string(QStringLiteral("two")));
    json->insert(QStringLiteral("d"), OrderedJson::array());
    QStringList keys;
    for (const OrderedJson::Member &m : json->members())
        keys << m.first;
    QCOMPARE(keys, QStringList({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d") }));
    QCOMPARE(json->value(QStringLiteral("b"))->toString(), QStringLiteral("two"));
}

void TestOrderedJson::invalidSaysWhere()
{
    QString error;
    QVERIFY(!OrderedJson::parse(R"({"a": 1,, "b": 2})", &error));
    QVERIFY2(error.contains(QStringLiteral("at byte ")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestOrderedJson)
#include "tst_orderedjson.moc"
