#include "Money.h"

#include <QLocale>
#include <QString>
#include <QStringView>

namespace Money {

namespace {
__extension__ typedef unsigned __int128 U128;
constexpr Amount kMax = Amount(~U128(0) >> 1);
constexpr qint64 kLowUnit = 1'000'000'000'000LL; // 1e12 yocto = 1 pico

bool mulAdd(Amount& acc, int digit)
{
    if (acc > (kMax - digit) / 10)
        return false;
    acc = acc * 10 + digit;
    return true;
}

Amount pow10(int n)
{
    Amount p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

QString unsignedText(U128 v)
{
    if (v == 0)
        return QStringLiteral("0");
    QString s;
    while (v != 0) {
        s.prepend(QChar(u'0' + int(v % 10)));
        v /= 10;
    }
    return s;
}
} // namespace

std::optional<Amount> parseUsd(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        ++i;
    }
    QString digits;
    int pointPos = -1;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (c == u'.' && pointPos < 0)
            pointPos = int(digits.size());
        else
            break;
    }
    if (digits.isEmpty())
        return std::nullopt;
    int exponent = 0;
    if (i < text.size()) {
        if (text[i] != u'e' && text[i] != u'E')
            return std::nullopt;
        bool ok = false;
        exponent = text.mid(i + 1).toInt(&ok);
        if (!ok || exponent > 40 || exponent < -400)
            return std::nullopt;
    }
    if (pointPos < 0)
        pointPos = int(digits.size());
    // value = digits * 10^(exponent - fractionDigits); we want value * 10^24.
    const int shift = exponent - (int(digits.size()) - pointPos) + kScaleDigits;
    const int keep = int(digits.size()) + (shift < 0 ? shift : 0);
    Amount acc = 0;
    bool roundUp = false;
    for (int k = 0; k < int(digits.size()); ++k) {
        const int d = digits[k].digitValue();
        if (k < keep) {
            if (!mulAdd(acc, d))
                return std::nullopt;
        } else {
            roundUp = k == keep && d >= 5;
            break;
        }
    }
    for (int k = 0; k < shift; ++k) {
        if (!mulAdd(acc, 0))
            return std::nullopt;
    }
    if (roundUp)
        ++acc;
    return negative ? -acc : acc;
}

std::optional<Amount> fromDouble(double usd)
{
    if (!qIsFinite(usd))
        return std::nullopt;
    return parseUsd(QString::number(usd, 'g', QLocale::FloatingPointShortest));
}

Amount fromPico(qint64 pico)
{
    return Amount(pico) * kLowUnit;
}

QString toDecimalString(Amount amount)
{
    const bool negative = amount < 0;
    const U128 mag = negative ? U128(0) - U128(amount) : U128(amount);
    const U128 unit = U128(pow10(kScaleDigits));
    QString out = negative ? QStringLiteral("-") : QString();
    out += unsignedText(mag / unit);
    const U128 frac = mag % unit;
    if (frac != 0) {
        QString f = unsignedText(frac).rightJustified(kScaleDigits, u'0');
        while (f.endsWith(u'0'))
            f.chop(1);
        out += u'.' + f;
    }
    return out;
}

QString formatUsd(Amount amount, const QLocale& locale)
{
    const U128 mag = amount < 0 ? U128(0) - U128(amount) : U128(amount);
    int decimals = 2;
    const U128 cent = U128(pow10(kScaleDigits - 2));
    if (mag != 0 && mag < cent) {
        // Sub-cent: three significant digits.
        U128 scale = cent;
        while (decimals < kScaleDigits && mag < scale) {
            scale /= 10;
            ++decimals;
        }
        decimals = qMin(decimals + 2, kScaleDigits);
    }
    const U128 unit = U128(pow10(kScaleDigits - decimals));
    const U128 rounded = (mag + unit / 2) / unit;
    const U128 p = U128(pow10(decimals));
    const QString wholeText = locale.toString(qulonglong(rounded / p));
    QString fracText = unsignedText(rounded % p).rightJustified(decimals, u'0');
    while (fracText.size() > 2 && fracText.endsWith(u'0'))
        fracText.chop(1);
    const QString sign = amount < 0 ? locale.negativeSign() : QString();
    return sign + QStringLiteral("$") + wholeText + locale.decimalPoint() + fracText;
}

qint64 storageHigh(Amount amount)
{
    Amount high = amount / kLowUnit;
    if (amount % kLowUnit < 0)
        --high; // floor, so that low is never negative
    return qint64(high);
}

qint64 storageLow(Amount amount)
{
    return qint64(amount - Amount(storageHigh(amount)) * kLowUnit);
}

Amount fromStorage(qint64 high, qint64 low)
{
    return Amount(high) * kLowUnit + low;
}

} // namespace Money
