#include "Money.h"

#include <QLocale>
#include <QString>
#include <QStringView>

#include <limits>

namespace Money {

namespace {
constexpr int kScaleDigits = 12;

bool mulAdd(qint64& acc, int digit)
{
    if (acc > (std::numeric_limits<qint64>::max() - digit) / 10)
        return false;
    acc = acc * 10 + digit;
    return true;
}
} // namespace

std::optional<qint64> parseUsd(QStringView text)
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
    QString digits; // mantissa digits without the point
    int pointPos = -1;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit())
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
        if (!ok || exponent > 30 || exponent < -400)
            return std::nullopt;
    }
    if (pointPos < 0)
        pointPos = int(digits.size());
    // value = digits * 10^(exponent - (len - pointPos)); we want value * 10^12.
    const int shift = exponent - (int(digits.size()) - pointPos) + kScaleDigits;
    qint64 acc = 0;
    bool roundUp = false;
    const int keep = int(digits.size()) + (shift < 0 ? shift : 0);
    for (int k = 0; k < int(digits.size()); ++k) {
        const int d = digits[k].digitValue();
        if (k < keep) {
            if (!mulAdd(acc, d))
                return std::nullopt;
        } else {
            if (k == keep)
                roundUp = d >= 5;
            break;
        }
    }
    for (int k = 0; k < shift; ++k) {
        if (!mulAdd(acc, 0))
            return std::nullopt;
    }
    if (roundUp) {
        if (acc == std::numeric_limits<qint64>::max())
            return std::nullopt;
        ++acc;
    }
    return negative ? -acc : acc;
}

std::optional<qint64> fromDouble(double usd)
{
    if (!qIsFinite(usd))
        return std::nullopt;
    return parseUsd(QString::number(usd, 'g', QLocale::FloatingPointShortest));
}

QString toDecimalString(qint64 pico)
{
    const bool negative = pico < 0;
    // Work on the unsigned magnitude so the most negative value does not overflow.
    const quint64 mag = negative ? quint64(0) - quint64(pico) : quint64(pico);
    const quint64 whole = mag / quint64(kPicoPerUsd);
    quint64 frac = mag % quint64(kPicoPerUsd);
    QString out = negative ? QStringLiteral("-") : QString();
    out += QString::number(whole);
    if (frac != 0) {
        QString f = QString::number(frac).rightJustified(kScaleDigits, u'0');
        while (f.endsWith(u'0'))
            f.chop(1);
        out += u'.' + f;
    }
    return out;
}

QString formatUsd(qint64 pico, const QLocale& locale)
{
    const quint64 mag = pico < 0 ? quint64(0) - quint64(pico) : quint64(pico);
    int decimals = 2;
    if (mag != 0 && mag < quint64(kPicoPerUsd / 100)) {
        // Sub-cent: show three significant digits, never more than 12 decimals.
        quint64 scale = quint64(kPicoPerUsd) / 100;
        decimals = 2;
        while (decimals < kScaleDigits && mag < scale) {
            scale /= 10;
            ++decimals;
        }
        decimals = qMin(decimals + 2, kScaleDigits);
    }
    // Round the exact integer to the chosen decimals, then print it.
    quint64 unit = 1;
    for (int k = decimals; k < kScaleDigits; ++k)
        unit *= 10;
    const quint64 rounded = (mag + unit / 2) / unit;
    quint64 pow = 1;
    for (int k = 0; k < decimals; ++k)
        pow *= 10;
    const QString wholeText = locale.toString(qulonglong(rounded / pow));
    QString fracText = QString::number(rounded % pow).rightJustified(decimals, u'0');
    if (decimals > 2) {
        while (fracText.size() > 2 && fracText.endsWith(u'0'))
            fracText.chop(1);
    }
    const QString number = wholeText + locale.decimalPoint() + fracText;
    const QString sign = pico < 0 ? locale.negativeSign() : QString();
    return sign + QStringLiteral("$") + number;
}

} // namespace Money
