#pragma once
// Units of the network model and their display forms. The model stores gas in bcm/yr and power in MW;
// users may read and edit gas in bcm/yr, mcm/d or GWh/d (the setting "units"). Conversions follow the
// facts sheet: 1 bcm/yr = 10^9 m³ / 365 d ≈ 2.74 mcm/d; energy at the gross calorific value
// 10.55 kWh/m³ (the facts sheet's 10.5–10.6, ±5 %), so 1 mcm/d = 10.55 GWh/d.
// Pure functions; no thread affinity.

#include <QString>

#include <optional>

namespace corridor::model {

enum class GasUnit { BcmPerYear, McmPerDay, GWhPerDay };

inline constexpr double kDaysPerYear = 365.0;
inline constexpr double kGasKWhPerM3 = 10.55;

/// "bcm/yr", "mcm/d", "GWh/d" (unit symbols: not translated); and back (also accepts "bcm/y").
QString gasUnitSymbol(GasUnit unit);
std::optional<GasUnit> gasUnitFromSymbol(const QString& symbol);

/// Model value (bcm/yr) → the display unit, and back.
double gasFromModel(double bcmPerYear, GasUnit unit);
double gasToModel(double value, GasUnit unit);

/// The display unit of a commodity: gas in `gasUnit`, power in "MW", anything else without unit.
QString unitSymbolFor(const QString& commodity, GasUnit gasUnit);
/// Model value → display value for a commodity (power and others unchanged).
double toDisplay(const QString& commodity, double modelValue, GasUnit gasUnit);
double fromDisplay(const QString& commodity, double displayValue, GasUnit gasUnit);

/// "3.1 bcm/yr", "8.49 mcm/d", "500 MW": three significant digits at most, no trailing zeros, C locale
/// digits with the locale's decimal point when `locale` formatting is wanted by the caller.
QString formatQuantity(const QString& commodity, double modelValue, GasUnit gasUnit);

} // namespace corridor::model
