// A standalone loopback provider for benchmarks and manual checks:
//   switchyard-mock --file stream.sse [--status 200] [--piece-size N] [--delay-ms N] [--content-length]
// prints "PORT <n>" on stdout, then serves the same response to every request.
// The body is framed with Transfer-Encoding: chunked (one HTTP chunk per piece), or with
// --content-length as one Content-Length body written in pieces, so that benchmarks can
// compare the two ways real servers write a stream.
#include "MockProvider.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("file"), QStringLiteral("Body to serve."), QStringLiteral("PATH") },
                        { QStringLiteral("status"), QStringLiteral("HTTP status."), QStringLiteral("N"), QStringLiteral("200") },
                        { QStringLiteral("port"), QStringLiteral("Port (0: any)."), QStringLiteral("N"), QStringLiteral("0") },
                        { QStringLiteral("piece-size"), QStringLiteral("Write the body in pieces."), QStringLiteral("N"), QStringLiteral("0") },
                        { QStringLiteral("delay-ms"), QStringLiteral("Pause between pieces."), QStringLiteral("N"), QStringLiteral("0") },
                        { QStringLiteral("content-type"), QStringLiteral("Content type."), QStringLiteral("T"), QStringLiteral("text/event-stream") },
                        { QStringLiteral("content-length"), QStringLiteral("Frame the body with Content-Length instead of chunked.") } });
    parser.process(app);
    QFile f(parser.value(QStringLiteral("file")));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "switchyard-mock: cannot read --file\n");
        return 2;
    }
    MockResponse r = MockResponse::sse(f.readAll(), parser.value(QStringLiteral("piece-size")).toInt());
    r.status = parser.value(QStringLiteral("status")).toInt();
    r.pieceDelayMs = parser.value(QStringLiteral("delay-ms")).toInt();
    r.chunked = !parser.isSet(QStringLiteral("content-length"));
    r.headers = { { "Content-Type", parser.value(QStringLiteral("content-type")).toLatin1() } };
    MockProvider mock;
    mock.setFallback(r);
    if (!mock.listen(quint16(parser.value(QStringLiteral("port")).toUInt()))) {
        std::fprintf(stderr, "switchyard-mock: cannot listen\n");
        return 1;
    }
    std::printf("PORT %u\n", unsigned(mock.port()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
