#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

// A JSON value that keeps what QJsonObject loses: the order of an object's
// keys, and each scalar's exact text (numbers, string escapes). The installer
// edits a user's settings.json through it, so what it does not touch is
// written back as the user wrote it.
class OrderedJson
{
public:
    enum class Kind { Scalar, Array, Object };
    using Member = std::pair<QString, OrderedJson>;

    // Null when bytes are not one valid JSON value; error says where and why.
    static std::optional<OrderedJson> parse(const QByteArray &bytes, QString *error);
    static OrderedJson string(const QString &s);
    static OrderedJson array() { return OrderedJson(Kind::Array); }
    static OrderedJson object() { return OrderedJson(Kind::Object); }

    Kind kind() const { return m_kind; }
    bool isArray() const { return m_kind == Kind::Array; }
    bool isObject() const { return m_kind == Kind::Object; }
    bool isString() const { return m_kind == Kind::Scalar && m_raw.startsWith('"'); }
    QString toString() const; // a string scalar's value, else empty

    // Objects: the first member named key, or null. insert() replaces it in place or appends.
    const OrderedJson *value(const QString &key) const;
    OrderedJson *value(const QString &key);
    void insert(const QString &key, OrderedJson v);
    void remove(const QString &key);
    QList<Member> &members() { return m_members; }
    const QList<Member> &members() const { return m_members; }
    // Arrays.
    QList<OrderedJson> &items() { return m_items; }
    const QList<OrderedJson> &items() const { return m_items; }

    QByteArray toJson() const; // indented by 4, like QJsonDocument::Indented
    bool operator==(const OrderedJson &o) const;

private:
    explicit OrderedJson(Kind k) : m_kind(k) { }
    void write(QByteArray &out, int depth) const;
    friend class OrderedJsonReader;

    Kind m_kind = Kind::Scalar;
    QByteArray m_raw; // scalars: the exact source text
    QList<OrderedJson> m_items;
    QList<Member> m_members;
};
