// Feeds a stream file to one protocol's stream parser in pieces, with no network and no
// event loop, so that callgrind counts the parser alone:
//   bench_parse_stream PROTOCOL FILE [PIECE_SIZE]   (protocol: openai, anthropic, gemini, ollama)
// Prints the number of events and of text characters, to check two builds agree.
#include "chat/ChatEvent.h"
#include "providers/ProviderAdapter.h"

#include <QFile>
#include <QList>
#include <QString>

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s PROTOCOL FILE [PIECE_SIZE]\n", argv[0]);
        return 2;
    }
    const auto adapter = ProviderAdapter::create(QString::fromLatin1(argv[1]));
    QFile file(QString::fromLocal8Bit(argv[2]));
    if (!adapter || !file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "unknown protocol or unreadable file\n");
        return 2;
    }
    const QByteArray bytes = file.readAll();
    const qsizetype piece = argc > 3 ? std::atol(argv[3]) : 16384;
    const auto parser = adapter->createStreamParser();
    QList<ChatEvent> events;
    qsizetype count = 0;
    qsizetype chars = 0;
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        parser->feed(QByteArrayView(bytes).sliced(at, qMin(piece, bytes.size() - at)), events);
        count += events.size();
        for (const ChatEvent& e : std::as_const(events))
            chars += e.text.size();
        events.clear();
    }
    parser->finish(events);
    count += events.size();
    std::printf("%lld events, %lld characters\n", static_cast<long long>(count), static_cast<long long>(chars));
    return 0;
}
