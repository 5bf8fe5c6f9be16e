#include "TextFormat.h"

namespace TextFormat {

QString jsonString(const QString& s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\b': out += QLatin1String("\\b"); break;
        case '\f': out += QLatin1String("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

QString csvField(const QString& s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + q + u'"';
}

QString printableLine(const QString& text, int maxChars)
{
    QString out;
    out.reserve(qMin(text.size(), qsizetype(maxChars) + 1));
    bool lastWasSpace = true; // drops leading spaces
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
        const bool bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f;
        if (bidi)
            continue;
        if (control || c == u' ') {
            if (!lastWasSpace)
                out.append(u' ');
            lastWasSpace = true;
        } else {
            out.append(QChar(c));
            lastWasSpace = false;
        }
        if (out.size() > maxChars)
            break;
    }
    if (out.size() > maxChars) {
        out.truncate(maxChars);
        // Never leave half of a surrogate pair.
        if (!out.isEmpty() && out.back().isHighSurrogate())
            out.chop(1);
        return out.trimmed() + QChar(0x2026);
    }
    return out.trimmed();
}

} // namespace TextFormat
