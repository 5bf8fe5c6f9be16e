#pragma once

#include <QByteArrayView>
#include <QString>

// A forward-only JSON reader over one buffer, for the hot path of stream parsing:
// it decodes only the strings asked for and skips everything else without
// allocating. Any malformed input turns ok() false; callers then fall back to
// QJsonDocument, so correctness never depends on this being clever.
class JsonScanner final {
public:
    explicit JsonScanner(QByteArrayView text);

    bool ok() const { return m_ok; }
    bool atEnd(); // only whitespace left
    char peek()   // next significant byte, or 0
    {
        if (m_p < m_end && static_cast<unsigned char>(*m_p) > ' ')
            return *m_p; // the usual case: compact JSON
        skipSpace();
        return m_p < m_end ? *m_p : 0;
    }

    bool enterObject();                  // consumes '{'
    bool nextKey(QByteArrayView* key);   // false at '}' (consumed); key bytes are raw
    bool enterArray();                   // consumes '['
    bool nextElement();                  // false at ']' (consumed)
    bool readString(QString* out);       // decodes escapes and UTF-8
    bool readRawString(QByteArrayView* raw); // the bytes between the quotes, escapes as sent
    static bool decodeString(QByteArrayView raw, QString* out);
    bool readNull();                     // consumes "null" if next
    bool skipValue();
    QByteArrayView valueSpan();          // skips a value and returns its raw bytes
    // At '[': calls readKey(key) for each key of the array's first object, which must
    // consume that key's value; every other element is skipped.
    template <typename ReadKey>
    void readFirstObject(ReadKey&& readKey);

private:
    void skipSpace();
    bool nextItem(char close);
    bool skipString();
    bool fail();

    const char* m_p;
    const char* m_end;
    bool m_ok = true;
    bool m_first = true; // first key/element of the current container
};

template <typename ReadKey>
void JsonScanner::readFirstObject(ReadKey&& readKey)
{
    enterArray();
    bool first = true;
    while (nextElement()) {
        if (!first || peek() != '{') {
            skipValue();
            continue;
        }
        first = false;
        enterObject();
        QByteArrayView key;
        while (nextKey(&key))
            readKey(key);
    }
}
