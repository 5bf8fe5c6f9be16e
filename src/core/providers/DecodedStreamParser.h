#pragma once

#include "ProviderAdapter.h"
#include "net/NdjsonDecoder.h"
#include "net/SseDecoder.h"

// The loop every stream parser shares: bytes into the wire decoder (SSE events or NDJSON
// lines), each decoded item to the adapter's handle(), nothing after the stream's end
// marker. An adapter keeps only its field names:
//
//   class MyParser final : public SseStreamParser<MyParser> {
//       friend SseStreamParser<MyParser>;
//       void handle(const SseEvent& event, QList<ChatEvent>& out); // one decoded item
//       void atFinish(QList<ChatEvent>& out);                      // optional: end of body
//   };
//
// The adapter is a template parameter (CRTP), not a virtual function, so that handle()
// is called directly and can be inlined on the hot path.
template <typename Adapter, typename Decoder, typename Item>
class DecodedStreamParser : public StreamParser {
public:
    void feed(QByteArrayView bytes, QList<ChatEvent>& out) final
    {
        m_decoder.feed(bytes, m_items);
        drain(out);
    }

    void finish(QList<ChatEvent>& out) final
    {
        m_decoder.finish(m_items);
        drain(out);
        static_cast<Adapter*>(this)->atFinish(out);
    }

    int skippedItems() const final { return m_skipped; }

protected:
    // The stream's own end marker ([DONE], message_stop, "done": true): a Done event, and
    // whatever follows it is ignored.
    void end(QList<ChatEvent>& out)
    {
        m_ended = true;
        out.append(ChatEvent::done());
    }
    bool ended() const { return m_ended; }
    // An item with data this adapter cannot read: dropped, and counted.
    void skip() { ++m_skipped; }
    // After the last item at a clean end of body; hidden by adapters that report there.
    void atFinish(QList<ChatEvent>&) {}

private:
    void drain(QList<ChatEvent>& out)
    {
        for (const Item& item : std::as_const(m_items)) {
            if (m_ended)
                break;
            static_cast<Adapter*>(this)->handle(item, out);
        }
        m_items.clear();
    }

    Decoder m_decoder;
    QList<Item> m_items;
    bool m_ended = false;
    int m_skipped = 0;
};

template <typename Adapter>
using SseStreamParser = DecodedStreamParser<Adapter, SseDecoder, SseEvent>;
template <typename Adapter>
using NdjsonStreamParser = DecodedStreamParser<Adapter, NdjsonDecoder, QByteArray>;
