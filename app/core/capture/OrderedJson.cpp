#include "core/capture/OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

// Walks text QJsonDocument has already accepted, so it only splits, never judges.
class OrderedJsonReader
{
public:
    explicit OrderedJsonReader(const QByteArray &b) : m_b(b) { }

    OrderedJson read()
    {
        skipSpace();
        if (peek() == '{')
            return readObject();
        if (peek() == '[')
            return readArray();
        OrderedJson v(OrderedJson::Kind::Scalar);
        v.m_raw = readScalar();
        return v;
    }

private:
    char peek() const { return m_i < m_b.size() ? m_b.at(m_i) : '\0'; }
    void skipSpace()
    {
        while (m_i < m_b.size() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_i;
    }
    QByteArray readScalar()
    {
        const qsizetype start = m_i;
        if (peek() == '"') {
            for (++m_i; m_i < m_b.size() && peek() != '"'; ++m_i)
                m_i += peek() == '\\' ? 1 : 0;
            ++m_i;
        } else {
            while (m_i < m_b.size() && !std::strchr(",]} \t\r\n", peek()))
                ++m_i;
        }
        return m_b.mid(start, m_i - start);
    }
    OrderedJson readArray()
    {
        OrderedJson a(OrderedJson::Kind::Array);
        ++m_i;
        for (skipSpace(); m_i < m_b.size() && peek() != ']'; skipSpace()) {
            a.m_items.append(read());
            skipSpace();
            m_i += peek() == ',' ? 1 : 0;
        }
        ++m_i;
        return a;
    }
    OrderedJson readObject()
    {
        OrderedJson o(OrderedJson::Kind::Object);
        ++m_i;
        for (skipSpace(); m_i < m_b.size() && peek() != '}'; skipSpace()) {
            OrderedJson key(OrderedJson::Kind::Scalar);
            key.m_raw = readScalar();
            skipSpace();
            ++m_i; // ':'
            o.m_members.append({ key.toString(), read() });
            skipSpace();
            m_i += peek() == ',' ? 1 : 0;
        }
        ++m_i;
        return o;
    }

    const QByteArray &m_b;
    qsizetype m_i = 0;
};

std::optional<OrderedJson> OrderedJson::parse(const QByteArray &bytes, QString *error)
{
    QJsonParseError e {};
    QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("%1 at byte %2").arg(e.errorString()).arg(e.offset);
        return std::nullopt;
    }
    return OrderedJsonReader(bytes).read();
}

OrderedJson OrderedJson::string(const QString &s)
{
    OrderedJson v(Kind::Scalar);
    const QByteArray wrapped = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
    v.m_raw = wrapped.mid(1, wrapped.size() - 2); // strip [ ]
    return v;
}

QString OrderedJson::toString() const
{
    if (!isString())
        return {};
    return QJsonDocument::fromJson("[" + m_raw + "]").array().at(0).toString();
}

const OrderedJson *OrderedJson::value(const QString &key) const
{
    for (const Member &m : m_members)
        if (m.first == key)
            return &m.second;
    return nullptr;
}

OrderedJson *OrderedJson::value(const QString &key)
{
    for (Member &m : m_members)
        if (m.first == key)
            return &m.second;
    return nullptr;
}

void OrderedJson::insert(const QString &key, OrderedJson v)
{
    if (OrderedJson *existing = value(key))
        *existing = std::move(v);
    else
        m_members.append({ key, std::move(v) });
}

void OrderedJson::remove(const QString &key)
{
    m_members.removeIf([&key](const Member &m) { return m.first == key; });
}

bool OrderedJson::operator==(const OrderedJson &o) const
{
    return m_kind == o.m_kind && m_raw == o.m_raw && m_items == o.m_items && m_members == o.m_members;
}

QByteArray OrderedJson::toJson() const
{
    QByteArray out;
    write(out, 0);
    out += '\n';
    return out;
}

void OrderedJson::write(QByteArray &out, int depth) const
{
    const QByteArray inner((depth + 1) * 4, ' ');
    const QByteArray outer(depth * 4, ' ');
    if (m_kind == Kind::Scalar) {
        out += m_raw;
    } else if (m_kind == Kind::Array) {
        if (m_items.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            out += inner;
            m_items[i].write(out, depth + 1);
            out += i + 1 < m_items.size() ? ",\n" : "\n";
        }
        out += outer + ']';
    } else {
        if (m_members.isEmpty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (qsizetype i = 0; i < m_members.size(); ++i) {
            out += inner + OrderedJson::string(m_members[i].first).m_raw + ": ";
            m_members[i].second.write(out, depth + 1);
            out += i + 1 < m_members.size() ? ",\n" : "\n";
        }
        out += outer + '}';
    }
}
