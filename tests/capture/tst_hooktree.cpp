// HookTree: the one walk over settings.json's "hooks" (event → group → hook)
// that install, uninstall and status share.
#include "core/capture/HookTree.h"
#include "core/capture/OrderedJson.h"

#include <QtTest>

namespace {
// Two events; PreToolUse has a group of another shape and a group of two hooks.
const QByteArray kHooks = R"({
    "PreToolUse": [
        {"matcher": "*", "hooks": [{"command": "a"}, {"command": "b"}]},
        {"matcher": "odd", "hooks": "not a list"},
        {"hooks": [{"command": "c"}]}
    ],
    "Stop": [{"hooks": [{"command": "d"}]}],
    "Weird": {"not": "a list"}
})";

QString commandOf(const OrderedJson &hook)
{
    const OrderedJson *c = hook.value(QStringLiteral("command"));
    return c ? c->toString() : QString();
}

HookTree::Visit removeIf(const QStringList &commands, const OrderedJson &hook)
{
    return commands.contains(commandOf(hook)) ? HookTree::Visit::Remove : HookTree::Visit::Keep;
}
} // namespace

class TestHookTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void visitsEveryHookInFileOrder();
    void visitsTheNamedEventsInTheirOrder();
    void removesAHookAndKeepsItsGroup();
    void aGroupLeftEmptyGoes();
    void anEventLeftEmptyGoes();
    void notAnObjectIsLeftAlone();

private:
    OrderedJson m_hooks = OrderedJson::object();
    QStringList m_seen;
};

void TestHookTree::init()
{
    QString error;
    const std::optional<OrderedJson> parsed = OrderedJson::parse(kHooks, &error);
    QVERIFY2(parsed, qPrintable(error));
    m_hooks = *parsed;
    m_seen.clear();
}

void TestHookTree::visitsEveryHookInFileOrder()
{
    const qsizetype removed = HookTree::walk(m_hooks, {}, [this](const QString &event, OrderedJson &hook) {
        m_seen << event + QLatin1Char(':') + commandOf(hook);
        return HookTree::Visit::Keep;
    });
    QCOMPARE(removed, 0);
    QCOMPARE(m_seen,
        QStringList({ QStringLiteral("PreToolUse:a"), QStringLiteral("PreToolUse:b"), QStringLiteral("PreToolUse:c"),
            QStringLiteral("Stop:d") }));
}

void TestHookTree::visitsTheNamedEventsInTheirOrder()
{
    HookTree::walk(m_hooks, { QStringLiteral("Stop"), QStringLiteral("Missing"), QStringLiteral("PreToolUse") },
        [this](const QString &event, OrderedJson &hook) {
            m_seen << event + QLatin1Char(':') + commandOf(hook);
            return HookTree::Visit::Keep;
        });
    QCOMPARE(m_seen,
        QStringList({ QStringLiteral("Stop:d"), QStringLiteral("PreToolUse:a"), QStringLiteral("PreToolUse:b"),
            QStringLiteral("PreToolUse:c") }));
}

void TestHookTree::removesAHookAndKeepsItsGroup()
{
    const qsizetype removed = HookTree::walk(
        m_hooks, {}, [](const QString &, OrderedJson &hook) { return removeIf({ QStringLiteral("a") }, hook); });
    QCOMPARE(removed, 1);
    const OrderedJson &groups = *m_hooks.value(QStringLiteral("PreToolUse"));
    QCOMPARE(groups.items().size(), 3);
    const OrderedJson &first = *groups.items()[0].value(QStringLiteral("hooks"));
    QCOMPARE(first.items().size(), 1);
    QCOMPARE(commandOf(first.items()[0]), QStringLiteral("b"));
}

void TestHookTree::aGroupLeftEmptyGoes()
{
    HookTree::walk(m_hooks, {}, [](const QString &, OrderedJson &hook) {
        return removeIf({ QStringLiteral("a"), QStringLiteral("b") }, hook);
    });
    const OrderedJson &groups = *m_hooks.value(QStringLiteral("PreToolUse"));
    QCOMPARE(groups.items().size(), 2); // the odd group stays, untouched
    QCOMPARE(groups.items()[0].value(QStringLiteral("matcher"))->toString(), QStringLiteral("odd"));
}

void TestHookTree::anEventLeftEmptyGoes()
{
    const qsizetype removed = HookTree::walk(
        m_hooks, {}, [](const QString &, OrderedJson &hook) { return removeIf({ QStringLiteral("d") }, hook); });
    QCOMPARE(removed, 1);
    QVERIFY(!m_hooks.value(QStringLiteral("Stop")));
    QVERIFY(m_hooks.value(QStringLiteral("PreToolUse")));
    QVERIFY(m_hooks.value(QStringLiteral("Weird"))); // not ours to judge
}

void TestHookTree::notAnObjectIsLeftAlone()
{
    OrderedJson list = OrderedJson::array();
    list.items().append(m_hooks);
    const OrderedJson before = list;
    QCOMPARE(HookTree::walk(list, {}, [](const QString &, OrderedJson &) { return HookTree::Visit::Remove; }), 0);
    QVERIFY(list == before);
}

QTEST_GUILESS_MAIN(TestHookTree)
#include "tst_hooktree.moc"
