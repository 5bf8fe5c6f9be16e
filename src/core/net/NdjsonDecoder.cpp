#include "NdjsonDecoder.h"

#include <cstring>

namespace {
void emitLine(QByteArrayView line, QList<QByteArray>& lines)
{
    line = line.trimmed();
    if (!line.isEmpty())
        lines.append(line.toByteArray());
}
} // namespace

void NdjsonDecoder::feed(QByteArrayView bytes, QList<QByteArray>& lines)
{
    const char* p = bytes.data();
    const char* end = p + bytes.size();
    while (p < end) {
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        if (!nl) {
            m_pending.append(p, end - p);
            return;
        }
        if (m_pending.isEmpty()) {
            emitLine(QByteArrayView(p, nl - p), lines);
        } else {
            m_pending.append(p, nl - p);
            emitLine(m_pending, lines);
            m_pending.clear();
        }
        p = nl + 1;
    }
}

void NdjsonDecoder::finish(QList<QByteArray>& lines)
{
    emitLine(m_pending, lines);
    m_pending.clear();
}
