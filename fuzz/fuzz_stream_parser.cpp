// Any bytes into every protocol's stream parser (the first byte picks the protocol):
// no crash, no sanitizer report, and the same events whether the bytes arrive whole
// or split at any point.
#include "chat/ChatEvent.h"
#include "providers/ProviderAdapter.h"

#include <QByteArrayView>
#include <QList>

#include <cstdint>
#include <cstdlib>

namespace {
QString summarise(const QList<ChatEvent>& events)
{
    QString s;
    for (const ChatEvent& e : events) {
        s += QString::number(int(e.type)) + u':' + e.text + u':' + e.code + u':' + e.model + u':'
            + e.generationId + u':' + e.upstreamProvider + u'|';
    }
    return s;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    static const char* const kProtocols[] = { "openai", "anthropic", "gemini", "ollama" };
    const auto adapter = ProviderAdapter::create(QString::fromLatin1(kProtocols[data[0] % 4]));
    ++data;
    --size;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));

    auto whole = adapter->createStreamParser();
    QList<ChatEvent> a;
    whole->feed(bytes, a);
    whole->finish(a);

    const qsizetype cut = size ? qsizetype(data[0]) * qsizetype(size) / 256 : 0;
    auto split = adapter->createStreamParser();
    QList<ChatEvent> b;
    split->feed(bytes.first(cut), b);
    split->feed(bytes.sliced(cut), b);
    split->finish(b);

    if (summarise(a) != summarise(b))
        std::abort(); // splitting changed the meaning of the stream
    return 0;
}
