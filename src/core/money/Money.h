#pragma once

#include <QtGlobal>

#include <optional>

class QString;
class QStringView;
class QLocale;

// Money is kept as whole pico-dollars (1e-12 USD) in a 64-bit integer: sums are
// exact, and the range (about 9.2 million USD) is far above any ledger's total.
namespace Money {

constexpr qint64 kPicoPerUsd = 1'000'000'000'000LL;

// Parses a decimal such as "0.00036531", "-1", "3.6e-06" exactly; digits past
// the 12th decimal are rounded half away from zero. nullopt on bad text or overflow.
std::optional<qint64> parseUsd(QStringView text);

// A JSON number arrives as a double; its shortest round-trip text is what the
// provider wrote, so we parse that text instead of multiplying the double.
std::optional<qint64> fromDouble(double usd);

// Exact decimal text, trailing zeros trimmed: 365310000 -> "0.00036531".
QString toDecimalString(qint64 pico);

// For people: "$0.00037", "$1.25", "$0" with enough decimals to show a sub-cent
// request (at least two, up to three significant digits past the leading zeros).
QString formatUsd(qint64 pico, const QLocale& locale);

} // namespace Money
