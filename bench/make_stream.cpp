// Writes a stream of N content events (default 50,000) to stdout in one provider's
// wire format: openrouter (default), anthropic or gemini.
//   openrouter: keep-alive comments, one delta per chunk, usage with cost after finish, [DONE]
//   anthropic:  message_start, content_block_delta per word, pings, message_delta, message_stop
//   gemini:     CRLF-framed chunks with cumulative usageMetadata, finishReason on the last
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {
const char* words[] = { "The ", "sky ", "looks ", "blue ", "because ", "of ", "Rayleigh ", "scattering, ",
                        "which ", "favours ", "short ", "wavelengths — ", "空 ", "é ", "🌍 " };

void anthropic(long n)
{
    std::printf("event: message_start\ndata: {\"type\": \"message_start\", \"message\": {\"id\": \"msg_bench\", \"type\": \"message\", "
                "\"role\": \"assistant\", \"content\": [], \"model\": \"claude-sonnet-4-5-20250929\", \"stop_reason\": null, "
                "\"stop_sequence\": null, \"usage\": {\"input_tokens\": 12, \"output_tokens\": 1}}}\n\n");
    std::printf("event: content_block_start\ndata: {\"type\": \"content_block_start\", \"index\": 0, \"content_block\": {\"type\": \"text\", \"text\": \"\"}}\n\n");
    for (long i = 0; i < n; ++i) {
        if (i % 5000 == 0)
            std::printf("event: ping\ndata: {\"type\": \"ping\"}\n\n");
        std::printf("event: content_block_delta\ndata: {\"type\": \"content_block_delta\", \"index\": 0, \"delta\": "
                    "{\"type\": \"text_delta\", \"text\": \"%s\"}}\n\n", words[i % 15]);
    }
    std::printf("event: content_block_stop\ndata: {\"type\": \"content_block_stop\", \"index\": 0}\n\n");
    std::printf("event: message_delta\ndata: {\"type\": \"message_delta\", \"delta\": {\"stop_reason\": \"end_turn\", "
                "\"stop_sequence\": null}, \"usage\": {\"output_tokens\": %ld}}\n\n", n);
    std::printf("event: message_stop\ndata: {\"type\": \"message_stop\"}\n\n");
}

void gemini(long n)
{
    for (long i = 0; i < n; ++i) {
        std::printf("data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"%s\"}],\"role\": \"model\"}%s,\"index\": 0}],"
                    "\"usageMetadata\": {\"promptTokenCount\": 12,\"candidatesTokenCount\": %ld,\"totalTokenCount\": %ld,"
                    "\"promptTokensDetails\": [{\"modality\": \"TEXT\",\"tokenCount\": 12}]},\"modelVersion\": \"gemini-2.5-flash\","
                    "\"responseId\": \"BenchResponse0001\"}\r\n\r\n",
                    words[i % 15], i == n - 1 ? ",\"finishReason\": \"STOP\"" : "", i + 1, i + 13);
    }
}
} // namespace

int main(int argc, char** argv)
{
    const long n = argc > 1 ? std::atol(argv[1]) : 50000;
    const char* format = argc > 2 ? argv[2] : "openrouter";
    if (std::strcmp(format, "anthropic") == 0) {
        anthropic(n);
        return 0;
    }
    if (std::strcmp(format, "gemini") == 0) {
        gemini(n);
        return 0;
    }
    std::printf(": OPENROUTER PROCESSING\n\n");
    for (long i = 0; i < n; ++i) {
        if (i % 5000 == 0)
            std::printf(": OPENROUTER PROCESSING\n\n");
        std::printf("data: {\"id\":\"gen-1763800000-BenchStream000000001\",\"provider\":\"Bench\",\"model\":\"bench/model\","
                    "\"object\":\"chat.completion.chunk\",\"created\":1763800000,\"choices\":[{\"index\":0,\"delta\":"
                    "{\"role\":\"assistant\",\"content\":\"%s\"},\"finish_reason\":null,\"native_finish_reason\":null,"
                    "\"logprobs\":null}]}\n\n",
                    words[i % 15]);
    }
    std::printf("data: {\"id\":\"gen-1763800000-BenchStream000000001\",\"provider\":\"Bench\",\"model\":\"bench/model\","
                "\"object\":\"chat.completion.chunk\",\"created\":1763800000,\"choices\":[{\"index\":0,\"delta\":"
                "{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":\"stop\"}]}\n\n");
    std::printf("data: {\"id\":\"gen-1763800000-BenchStream000000001\",\"provider\":\"Bench\",\"model\":\"bench/model\","
                "\"object\":\"chat.completion.chunk\",\"created\":1763800000,\"choices\":[{\"index\":0,\"delta\":"
                "{\"content\":\"\"},\"finish_reason\":null}],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":%ld,"
                "\"total_tokens\":%ld,\"cost\":0.0123456789}}\n\n",
                n, n + 12);
    std::printf("data: [DONE]\n\n");
    return 0;
}
