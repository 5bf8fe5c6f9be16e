// Any text into the money parser: no crash, and every accepted amount prints back
// to text that parses to the same amount and survives the storage split.
#include "money/Money.h"

#include <QLocale>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto amount = Money::parseUsd(text);
    if (!amount)
        return 0;
    const auto again = Money::parseUsd(Money::toDecimalString(*amount));
    if (!again || *again != *amount)
        std::abort();
    // The two SQLite columns only hold amounts whose pico part fits 64 bits.
    const Money::Amount limit = Money::Amount(INT64_MAX) * 1'000'000'000'000LL;
    if (*amount < limit && *amount > -limit
        && Money::fromStorage(Money::storageHigh(*amount), Money::storageLow(*amount)) != *amount)
        std::abort();
    Money::formatUsd(*amount, QLocale::c());
    return 0;
}
