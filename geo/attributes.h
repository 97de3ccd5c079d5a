#pragma once
// Attribute storage of a layer: one column per field, values in typed contiguous vectors with a null
// mask, so a million rows cost a few arrays rather than a million QVariantMaps.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <vector>

namespace corridor::geo {

enum class FieldType : std::uint8_t { Integer, Real, String, Date, DateTime, Boolean, Binary };

const char* fieldTypeName(FieldType t);

struct Field {
    QString name;
    FieldType type = FieldType::String;
    int width = 0;     // from the source, 0 = unknown
    int precision = 0;
    friend bool operator==(const Field&, const Field&) = default;
};

/// One attribute column. Integer/Boolean/Date/DateTime values live in `ints` (Date as Julian day,
/// DateTime as ms since epoch UTC), Real in `reals`, String/Binary in `strings` (Binary as hex).
class AttributeColumn {
public:
    explicit AttributeColumn(Field field = {});

    const Field& field() const { return m_field; }
    std::size_t size() const { return m_null.size(); }
    bool isNull(std::size_t row) const { return m_null[row] != 0; }

    void appendNull();
    void appendInt(std::int64_t v);
    void appendReal(double v);
    void appendString(QString v);
    void reserve(std::size_t n);

    std::int64_t intValue(std::size_t row) const { return m_ints.empty() ? 0 : m_ints[row]; }
    double realValue(std::size_t row) const { return m_reals.empty() ? 0.0 : m_reals[row]; }
    const QString& stringValue(std::size_t row) const;

    /// The value as a QVariant of the natural Qt type (qint64, double, QString, QDate, QDateTime, bool),
    /// or an invalid QVariant for null.
    QVariant value(std::size_t row) const;
    /// The value as display text ("" for null).
    QString displayText(std::size_t row) const;

private:
    Field m_field;
    std::vector<std::uint8_t> m_null;
    std::vector<std::int64_t> m_ints;
    std::vector<double> m_reals;
    std::vector<QString> m_strings;
};

} // namespace corridor::geo
