#include "JsonScanner.h"

#include <cstring>

JsonScanner::JsonScanner(QByteArrayView text)
    : m_p(text.data())
    , m_end(text.data() + text.size())
{
}

bool JsonScanner::fail()
{
    m_ok = false;
    m_p = m_end;
    return false;
}

void JsonScanner::skipSpace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

bool JsonScanner::atEnd()
{
    skipSpace();
    return m_p == m_end;
}

bool JsonScanner::enterObject()
{
    if (peek() != '{')
        return fail();
    ++m_p;
    m_first = true;
    return true;
}

bool JsonScanner::enterArray()
{
    if (peek() != '[')
        return fail();
    ++m_p;
    m_first = true;
    return true;
}

// Past the separator to the next item of a container; false at its closing bracket.
bool JsonScanner::nextItem(char close)
{
    const char c = peek();
    if (c == close) {
        ++m_p;
        m_first = false;
        return false;
    }
    if (!m_first) {
        if (c != ',')
            return fail();
        ++m_p;
    }
    m_first = false;
    return m_ok;
}

bool JsonScanner::nextKey(QByteArrayView* key)
{
    if (!nextItem('}'))
        return false;
    if (peek() != '"')
        return fail();
    const char* start = m_p + 1;
    if (!skipString())
        return false;
    *key = QByteArrayView(start, m_p - 1 - start);
    if (peek() != ':')
        return fail();
    ++m_p;
    return true;
}

bool JsonScanner::nextElement()
{
    return nextItem(']');
}

bool JsonScanner::skipString()
{
    // at '"'
    ++m_p;
    while (m_p < m_end) {
        const char* q = static_cast<const char*>(std::memchr(m_p, '"', size_t(m_end - m_p)));
        if (!q)
            return fail();
        // count backslashes before the quote
        const char* b = q;
        while (b > m_p && b[-1] == '\\')
            --b;
        m_p = q + 1;
        if (((q - b) & 1) == 0)
            return true;
    }
    return fail();
}

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

bool JsonScanner::readRawString(QByteArrayView* raw)
{
    if (peek() != '"')
        return fail();
    const char* start = m_p + 1;
    if (!skipString())
        return false;
    *raw = QByteArrayView(start, m_p - 1 - start);
    return true;
}

bool JsonScanner::readString(QString* out)
{
    QByteArrayView raw;
    if (!readRawString(&raw))
        return false;
    if (!decodeString(raw, out))
        return fail();
    return true;
}

bool JsonScanner::decodeString(QByteArrayView raw, QString* out)
{
    if (raw.isEmpty()) {
        *out = QString();
        return true;
    }
    const char* start = raw.data();
    const char* end = raw.data() + raw.size();
    if (!std::memchr(start, '\\', size_t(end - start))) {
        *out = QString::fromUtf8(start, end - start);
        return true;
    }
    QByteArray utf8;
    utf8.reserve(end - start);
    for (const char* p = start; p < end; ++p) {
        if (*p != '\\') {
            utf8.append(*p);
            continue;
        }
        if (++p >= end)
            return false;
        switch (*p) {
        case '"': utf8.append('"'); break;
        case '\\': utf8.append('\\'); break;
        case '/': utf8.append('/'); break;
        case 'b': utf8.append('\b'); break;
        case 'f': utf8.append('\f'); break;
        case 'n': utf8.append('\n'); break;
        case 'r': utf8.append('\r'); break;
        case 't': utf8.append('\t'); break;
        case 'u': {
            auto read4 = [&](const char* at, uint* v) {
                if (end - at < 4)
                    return false;
                *v = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(at[i]);
                    if (h < 0)
                        return false;
                    *v = *v * 16 + uint(h);
                }
                return true;
            };
            uint cp = 0;
            if (!read4(p + 1, &cp))
                return false;
            p += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && end - p > 6 && p[1] == '\\' && p[2] == 'u') {
                uint low = 0;
                if (read4(p + 3, &low) && low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                }
            }
            if (cp >= 0xD800 && cp <= 0xDFFF)
                cp = 0xFFFD; // a lone surrogate
            const char32_t c32 = char32_t(cp);
            utf8.append(QString::fromUcs4(&c32, 1).toUtf8());
            break;
        }
        default: return false;
        }
    }
    *out = QString::fromUtf8(utf8);
    return true;
}

bool JsonScanner::readNull()
{
    if (peek() == 'n' && m_end - m_p >= 4 && std::memcmp(m_p, "null", 4) == 0) {
        m_p += 4;
        return true;
    }
    return false;
}

bool JsonScanner::skipValue()
{
    const char c = peek();
    if (c == '"')
        return skipString();
    if (c == '{' || c == '[') {
        // Skip a nested container, minding strings.
        int depth = 0;
        while (m_p < m_end) {
            const char d = *m_p;
            if (d == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            ++m_p;
            if (d == '{' || d == '[')
                ++depth;
            else if (d == '}' || d == ']') {
                if (--depth == 0) {
                    m_first = false;
                    return true;
                }
            }
        }
        return fail();
    }
    // number, true, false, null
    const char* start = m_p;
    while (m_p < m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && *m_p != ' ' && *m_p != '\n' && *m_p != '\r'
           && *m_p != '\t')
        ++m_p;
    return m_p > start ? true : fail();
}

QByteArrayView JsonScanner::valueSpan()
{
    skipSpace();
    const char* start = m_p;
    if (!skipValue())
        return {};
    return QByteArrayView(start, m_p - start);
}
