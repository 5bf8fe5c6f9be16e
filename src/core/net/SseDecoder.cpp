#include "SseDecoder.h"

#include <cstring>

namespace {
// The first '\n' or '\r' in [p, end), or end.
const char* findLineEnd(const char* p, const char* end)
{
    const char* lf = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
    const char* limit = lf ? lf : end;
    const char* cr = static_cast<const char*>(std::memchr(p, '\r', size_t(limit - p)));
    return cr ? cr : limit;
}
} // namespace

void SseDecoder::feed(QByteArrayView bytes, QList<SseEvent>& out)
{
    qsizetype pos = 0;
    const qsizetype n = bytes.size();
    const char* p = bytes.data();
    if (m_skipLf && n > 0) {
        m_skipLf = false;
        if (p[0] == '\n')
            pos = 1;
    }
    while (pos < n) {
        qsizetype end = findLineEnd(p + pos, p + n) - p;
        if (end == n) {
            m_pending.append(p + pos, n - pos);
            return;
        }
        if (m_pending.isEmpty()) {
            processLine(QByteArrayView(p + pos, end - pos), out);
        } else {
            m_pending.append(p + pos, end - pos);
            processLine(m_pending, out);
            m_pending.clear();
        }
        if (p[end] == '\r') {
            if (end + 1 < n) {
                if (p[end + 1] == '\n')
                    ++end;
            } else {
                m_skipLf = true;
            }
        }
        pos = end + 1;
    }
}

void SseDecoder::finish(QList<SseEvent>& out)
{
    if (!m_pending.isEmpty()) {
        processLine(m_pending, out);
        m_pending.clear();
    }
    dispatch(out);
    m_skipLf = false;
}

void SseDecoder::processLine(QByteArrayView line, QList<SseEvent>& out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':')
        return; // comment, e.g. ": OPENROUTER PROCESSING"
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value.data(), value.size());
        m_hasData = true;
    } else if (field == "event") {
        m_event = value.toByteArray();
    }
    // "id" and "retry" mean nothing to a chat stream; unknown fields are ignored by the spec.
}

void SseDecoder::dispatch(QList<SseEvent>& out)
{
    if (m_hasData)
        out.append(SseEvent { m_event, m_data });
    m_data.clear();
    m_event.clear();
    m_hasData = false;
}
