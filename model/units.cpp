#include "model/units.h"

#include <QLocale>

#include <cmath>

namespace corridor::model {

namespace {
constexpr double kMcmPerDayPerBcmYear = 1000.0 / kDaysPerYear;         // 2.7397…
constexpr double kGWhPerDayPerMcmDay = kGasKWhPerM3;                    // 10^6 m³ × kWh/m³ = GWh
} // namespace

QString gasUnitSymbol(GasUnit unit)
{
    switch (unit) {
    case GasUnit::BcmPerYear: return QStringLiteral("bcm/yr");
    case GasUnit::McmPerDay: return QStringLiteral("mcm/d");
    case GasUnit::GWhPerDay: return QStringLiteral("GWh/d");
    }
    return {};
}

std::optional<GasUnit> gasUnitFromSymbol(const QString& symbol)
{
    const QString s = symbol.trimmed().toLower();
    if (s == QLatin1String("bcm/yr") || s == QLatin1String("bcm/y") || s == QLatin1String("bcm"))
        return GasUnit::BcmPerYear;
    if (s == QLatin1String("mcm/d") || s == QLatin1String("mcm"))
        return GasUnit::McmPerDay;
    if (s == QLatin1String("gwh/d") || s == QLatin1String("gwh"))
        return GasUnit::GWhPerDay;
    return std::nullopt;
}

double gasFromModel(double bcmPerYear, GasUnit unit)
{
    switch (unit) {
    case GasUnit::BcmPerYear: return bcmPerYear;
    case GasUnit::McmPerDay: return bcmPerYear * kMcmPerDayPerBcmYear;
    case GasUnit::GWhPerDay: return bcmPerYear * kMcmPerDayPerBcmYear * kGWhPerDayPerMcmDay;
    }
    return bcmPerYear;
}

double gasToModel(double value, GasUnit unit)
{
    switch (unit) {
    case GasUnit::BcmPerYear: return value;
    case GasUnit::McmPerDay: return value / kMcmPerDayPerBcmYear;
    case GasUnit::GWhPerDay: return value / (kMcmPerDayPerBcmYear * kGWhPerDayPerMcmDay);
    }
    return value;
}

QString unitSymbolFor(const QString& commodity, GasUnit gasUnit)
{
    if (commodity == QLatin1String("gas"))
        return gasUnitSymbol(gasUnit);
    if (commodity == QLatin1String("power"))
        return QStringLiteral("MW");
    return {};
}

double toDisplay(const QString& commodity, double modelValue, GasUnit gasUnit)
{
    return commodity == QLatin1String("gas") ? gasFromModel(modelValue, gasUnit) : modelValue;
}

double fromDisplay(const QString& commodity, double displayValue, GasUnit gasUnit)
{
    return commodity == QLatin1String("gas") ? gasToModel(displayValue, gasUnit) : displayValue;
}

QString formatQuantity(const QString& commodity, double modelValue, GasUnit gasUnit)
{
    const double v = toDisplay(commodity, modelValue, gasUnit);
    QString number;
    if (!std::isfinite(v)) {
        number = QStringLiteral("–");
    } else {
        const double a = std::abs(v);
        // Three significant digits, but whole numbers from 100 on ("500 MW", "1204 GWh/d").
        const int decimals = a >= 100.0 || a == 0.0 ? 0 : a >= 10.0 ? 1 : a >= 1.0 ? 2 : 3;
        number = QLocale().toString(v, 'f', decimals);
        if (decimals > 0) {
            const QChar point = QLocale().decimalPoint().at(0);
            while (number.endsWith(QLatin1Char('0')))
                number.chop(1);
            if (number.endsWith(point))
                number.chop(1);
        }
    }
    const QString unit = unitSymbolFor(commodity, gasUnit);
    return unit.isEmpty() ? number : number + QChar(0x00a0) + unit;
}

} // namespace corridor::model
