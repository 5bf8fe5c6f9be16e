#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

struct SseEvent {
    QByteArray event; // the "event:" field, empty when none was sent
    QByteArray data;  // "data:" lines joined by '\n', raw bytes (UTF-8 is decoded later, whole)
};

// Incremental Server-Sent Events decoder. Bytes may arrive in any pieces: inside a
// line, between '\r' and '\n', inside a UTF-8 sequence. Accepts LF, CRLF and CR line
// ends, ignores ":" comment lines wherever they come, joins multi-line data.
class SseDecoder final {
public:
    void feed(QByteArrayView bytes, QList<SseEvent>& out);
    // End of body: a last line without its line end still counts, and an event
    // not closed by a blank line is delivered, so a final "data: [DONE]" is not lost.
    void finish(QList<SseEvent>& out);

private:
    void processLine(QByteArrayView line, QList<SseEvent>& out);
    void dispatch(QList<SseEvent>& out);

    QByteArray m_pending;
    QByteArray m_data;
    QByteArray m_event;
    bool m_hasData = false;
    bool m_skipLf = false;
};
