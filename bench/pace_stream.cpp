// A loopback OpenRouter-style server that paces a stream by the clock, for the chat
// streaming benchmark (bench/chat.sh, bench_chat_stream). switchyard-mock writes pieces
// with a pause after each, so its rate drifts below the one asked for; this one sends
// batch k at t0 + k * BATCH_MS (absolute deadlines, CLOCK_MONOTONIC), so the average rate
// holds even when one write is late.
//   bench_pace_stream [--tokens N] [--rate PER_SECOND] [--batch-ms MS] [--port N]
// Defaults: 20,000 tokens at 1,000 tokens/s, one batch every 10 ms (10 tokens, each its
// own SSE event, written as one HTTP chunk). Prints "PORT <n>" on stdout, then serves
// every POST .../chat/completions with the paced stream (Transfer-Encoding: chunked,
// one content delta per token, then finish, usage with cost, [DONE]); anything else gets
// a 404. After each stream it prints on stderr how long it took and the rate reached.
// Plain POSIX, no Qt: its own process, so its CPU is never counted against the client.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

namespace {
// Markdown as a model writes it: paragraphs with inline code, a bullet list, a fenced
// code block, a table; one token is a word or a piece of markup.
const char* const kUnit[] = {
    "Here", " is", " how", " the", " `parser`", " reads", " each", " row", " before", " the", " cache", " fills", ".", "\\n\\n",
    "-", " **First**", ":", " open", " the", " `stream`", " and", " read", " one", " page", ".", "\\n",
    "-", " **Then**", ":", " keep", " the", " `index`", " in", " memory", " while", " the", " thread", " waits", ".", "\\n",
    "-", " **Last**", ":", " close", " it", " and", " return", " the", " `result`", ".", "\\n\\n",
    "```", "cpp", "\\n", "auto", " rows", " =", " db", ".query", "(", "\\\"SELECT", " id", " FROM", " t", "\\\"", ");", "\\n",
    "for", " (auto&", " r", " :", " rows", ")", " use", "(r", ");", "\\n", "```", "\\n\\n",
    "|", " option", " |", " cost", " |", "\\n", "|---|---:|", "\\n", "|", " `fast`", " |", " 3", " ms", " |", "\\n\\n",
    "That", " keeps", " the", " view", " smooth", " and", " the", " memory", " flat", " —", " 空", " é", ".", "\\n\\n",
};
constexpr int kUnitSize = int(sizeof(kUnit) / sizeof(kUnit[0]));

const char* const kPrefix = "data: {\"id\":\"gen-1763800000-PacedStream00000001\",\"provider\":\"Bench\",\"model\":\"bench/model\","
                            "\"object\":\"chat.completion.chunk\",\"created\":1763800000,\"choices\":[{\"index\":0,\"delta\":";

bool writeAll(int fd, const std::string& data)
{
    size_t off = 0;
    while (off < data.size()) {
        const ssize_t n = ::send(fd, data.data() + off, data.size() - off, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        off += size_t(n);
    }
    return true;
}

bool writeChunk(int fd, const std::string& payload)
{
    char size[32];
    std::snprintf(size, sizeof size, "%zx\r\n", payload.size());
    return writeAll(fd, size + payload + "\r\n");
}

std::string event(const std::string& delta, const char* finish)
{
    return std::string(kPrefix) + delta + ",\"finish_reason\":" + finish + "}]}\n\n";
}

double seconds(const timespec& a, const timespec& b)
{
    return double(b.tv_sec - a.tv_sec) + double(b.tv_nsec - a.tv_nsec) / 1e9;
}

void addNs(timespec& t, long ns)
{
    t.tv_nsec += ns;
    while (t.tv_nsec >= 1000000000L) {
        t.tv_nsec -= 1000000000L;
        ++t.tv_sec;
    }
}

// Reads the request head and its body (Content-Length); returns the request line.
std::string readRequest(int fd)
{
    std::string buf;
    char tmp[16384];
    size_t headEnd = std::string::npos;
    while (headEnd == std::string::npos) {
        const ssize_t n = ::recv(fd, tmp, sizeof tmp, 0);
        if (n <= 0)
            return {};
        buf.append(tmp, size_t(n));
        headEnd = buf.find("\r\n\r\n");
    }
    size_t length = 0;
    for (size_t pos = 0; pos < headEnd;) {
        const size_t eol = buf.find("\r\n", pos);
        std::string line = buf.substr(pos, eol - pos);
        for (char& c : line)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        if (line.rfind("content-length:", 0) == 0)
            length = size_t(std::strtoul(line.c_str() + 15, nullptr, 10));
        pos = eol + 2;
    }
    while (buf.size() < headEnd + 4 + length) {
        const ssize_t n = ::recv(fd, tmp, sizeof tmp, 0);
        if (n <= 0)
            break;
        buf.append(tmp, size_t(n));
    }
    return buf.substr(0, buf.find("\r\n"));
}

void serveStream(int fd, long tokens, int perBatch, int batchMs)
{
    if (!writeAll(fd, "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                      "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"))
        return;
    writeChunk(fd, ": OPENROUTER PROCESSING\n\n");
    timespec t0{}, due{}, end{};
    clock_gettime(CLOCK_MONOTONIC, &t0);
    due = t0;
    long sent = 0;
    long batches = 0, late = 0;
    while (sent < tokens) {
        std::string payload;
        for (int i = 0; i < perBatch && sent < tokens; ++i, ++sent)
            payload += event(std::string("{\"role\":\"assistant\",\"content\":\"") + kUnit[sent % kUnitSize] + "\"}", "null");
        if (!writeChunk(fd, payload)) {
            std::fprintf(stderr, "bench_pace_stream: the client went away after %ld tokens\n", sent);
            return;
        }
        ++batches;
        addNs(due, long(batchMs) * 1000000L);
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (seconds(due, now) > 0)
            ++late; // behind the schedule: the next batch goes at once
        else
            while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &due, nullptr) == EINTR) {
            }
    }
    std::string tail = event("{\"role\":\"assistant\",\"content\":\"\"}", "\"stop\"");
    tail += std::string(kPrefix) + "{\"content\":\"\"},\"finish_reason\":null}],\"usage\":{\"prompt_tokens\":12,"
        + "\"completion_tokens\":" + std::to_string(tokens) + ",\"total_tokens\":" + std::to_string(tokens + 12)
        + ",\"cost\":0.0123456789}}\n\n";
    tail += "data: [DONE]\n\n";
    writeChunk(fd, tail);
    writeAll(fd, "0\r\n\r\n");
    clock_gettime(CLOCK_MONOTONIC, &end);
    const double s = seconds(t0, end);
    std::fprintf(stderr, "bench_pace_stream: served %ld tokens in %.3f s (%.1f tokens/s), %ld batches, %ld behind schedule\n",
                 tokens, s, double(tokens) / s, batches, late);
}
} // namespace

int main(int argc, char** argv)
{
    long tokens = 20000;
    double rate = 1000;
    int batchMs = 10;
    int port = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string opt = argv[i];
        if (opt == "--tokens")
            tokens = std::atol(argv[i + 1]);
        else if (opt == "--rate")
            rate = std::atof(argv[i + 1]);
        else if (opt == "--batch-ms")
            batchMs = std::atoi(argv[i + 1]);
        else if (opt == "--port")
            port = std::atoi(argv[i + 1]);
        else {
            std::fprintf(stderr, "usage: bench_pace_stream [--tokens N] [--rate PER_SECOND] [--batch-ms MS] [--port N]\n");
            return 2;
        }
    }
    const int perBatch = int(rate * batchMs / 1000.0 + 0.5);
    if (tokens <= 0 || batchMs <= 0 || perBatch <= 0) {
        std::fprintf(stderr, "bench_pace_stream: --tokens, --batch-ms and rate * batch-ms / 1000 must be positive\n");
        return 2;
    }
    const int server = ::socket(AF_INET, SOCK_STREAM, 0);
    const int one = 1;
    setsockopt(server, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(uint16_t(port));
    socklen_t len = sizeof addr;
    if (::bind(server, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(server, 8) != 0
        || getsockname(server, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        std::fprintf(stderr, "bench_pace_stream: cannot listen: %s\n", std::strerror(errno));
        return 1;
    }
    std::printf("PORT %u\n", unsigned(ntohs(addr.sin_port)));
    std::fflush(stdout);
    for (;;) {
        const int fd = ::accept(server, nullptr, nullptr);
        if (fd < 0) {
            if (errno == EINTR)
                continue;
            return 1;
        }
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        const std::string line = readRequest(fd);
        if (line.rfind("POST ", 0) == 0 && line.find("/chat/completions") != std::string::npos)
            serveStream(fd, tokens, perBatch, batchMs);
        else if (!line.empty())
            writeAll(fd, "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 39\r\n"
                         "Connection: close\r\n\r\n{\"error\":{\"code\":404,\"message\":\"none\"}}");
        ::close(fd);
    }
}
