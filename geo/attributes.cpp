#include "geo/attributes.h"

#include <QTimeZone>

namespace corridor::geo {

const char* fieldTypeName(FieldType t)
{
    switch (t) {
    case FieldType::Integer: return "Integer";
    case FieldType::Real: return "Real";
    case FieldType::String: return "String";
    case FieldType::Date: return "Date";
    case FieldType::DateTime: return "DateTime";
    case FieldType::Boolean: return "Boolean";
    case FieldType::Binary: return "Binary";
    }
    return "Unknown";
}

AttributeColumn::AttributeColumn(Field field) : m_field(std::move(field)) {}

namespace {
bool usesInts(FieldType t)
{
    return t == FieldType::Integer || t == FieldType::Boolean || t == FieldType::Date || t == FieldType::DateTime;
}
} // namespace

void AttributeColumn::reserve(std::size_t n)
{
    m_null.reserve(n);
    if (usesInts(m_field.type))
        m_ints.reserve(n);
    else if (m_field.type == FieldType::Real)
        m_reals.reserve(n);
    else
        m_strings.reserve(n);
}

void AttributeColumn::appendNull()
{
    m_null.push_back(1);
    if (usesInts(m_field.type))
        m_ints.push_back(0);
    else if (m_field.type == FieldType::Real)
        m_reals.push_back(0.0);
    else
        m_strings.emplace_back();
}

void AttributeColumn::appendInt(std::int64_t v)
{
    Q_ASSERT(usesInts(m_field.type));
    m_null.push_back(0);
    m_ints.push_back(v);
}

void AttributeColumn::appendReal(double v)
{
    Q_ASSERT(m_field.type == FieldType::Real);
    m_null.push_back(0);
    m_reals.push_back(v);
}

void AttributeColumn::appendString(QString v)
{
    Q_ASSERT(m_field.type == FieldType::String || m_field.type == FieldType::Binary);
    m_null.push_back(0);
    m_strings.push_back(std::move(v));
}

const QString& AttributeColumn::stringValue(std::size_t row) const
{
    static const QString empty;
    return m_strings.empty() ? empty : m_strings[row];
}

QVariant AttributeColumn::value(std::size_t row) const
{
    if (isNull(row))
        return {};
    switch (m_field.type) {
    case FieldType::Integer: return QVariant::fromValue<qint64>(m_ints[row]);
    case FieldType::Boolean: return QVariant(m_ints[row] != 0);
    case FieldType::Real: return QVariant(m_reals[row]);
    case FieldType::Date: return QVariant(QDate::fromJulianDay(m_ints[row]));
    case FieldType::DateTime: return QVariant(QDateTime::fromMSecsSinceEpoch(m_ints[row], QTimeZone::utc()));
    case FieldType::String:
    case FieldType::Binary: return QVariant(m_strings[row]);
    }
    return {};
}

QString AttributeColumn::displayText(std::size_t row) const
{
    if (isNull(row))
        return {};
    switch (m_field.type) {
    case FieldType::Integer: return QString::number(m_ints[row]);
    case FieldType::Boolean: return m_ints[row] ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::Real: return QString::number(m_reals[row], 'g', 15);
    case FieldType::Date: return QDate::fromJulianDay(m_ints[row]).toString(Qt::ISODate);
    case FieldType::DateTime:
        return QDateTime::fromMSecsSinceEpoch(m_ints[row], QTimeZone::utc()).toString(Qt::ISODateWithMs);
    case FieldType::String:
    case FieldType::Binary: return m_strings[row];
    }
    return {};
}

} // namespace corridor::geo
