#pragma once

#include <QtGlobal>

#include <optional>

class QString;
class QStringView;
class QLocale;

// Money is exact: an amount is a whole number of yocto-dollars (1e-24 USD) in a
// 128-bit integer. Every cost a provider reports (a JSON number, at most 17
// significant digits) fits without rounding, and sums are plain integer sums.
// SQLite stores an amount as two 64-bit columns (see storageHigh/storageLow)
// whose SUM()s stay exact, so a million costs add up to the sum of the parts.
namespace Money {

__extension__ typedef __int128 Amount;

constexpr int kScaleDigits = 24;

// Parses "0.00036531", "-1", "3.6e-06", "0.00000008333333333333334" exactly;
// digits past the 24th decimal are rounded half away from zero.
std::optional<Amount> parseUsd(QStringView text);
// A JSON number arrives as a double; its shortest round-trip text is what the
// provider wrote, so that text is parsed instead of multiplying the double.
std::optional<Amount> fromDouble(double usd);
Amount fromPico(qint64 pico);

// Exact decimal text, trailing zeros trimmed: "0.00036531", "0", "12.5".
QString toDecimalString(Amount amount);
// For people: "$0.000365", "$1.25", "$1,234.56" with enough decimals for a sub-cent request.
QString formatUsd(Amount amount, const QLocale& locale);

// Storage split: high = floor(amount / 1e12) (pico-dollars), low = the rest in
// [0, 1e12) yocto-dollars. Sums of either column fit 64 bits for millions of rows.
qint64 storageHigh(Amount amount);
qint64 storageLow(Amount amount);
Amount fromStorage(qint64 high, qint64 low);

} // namespace Money
