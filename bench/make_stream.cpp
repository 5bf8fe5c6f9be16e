// Writes an OpenRouter-format SSE stream of N content chunks (default 50,000) to stdout:
// keep-alive comments, one delta per chunk, usage with cost after the finish chunk, [DONE].
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
    const long n = argc > 1 ? std::atol(argv[1]) : 50000;
    const char* words[] = { "The ", "sky ", "looks ", "blue ", "because ", "of ", "Rayleigh ", "scattering, ",
                            "which ", "favours ", "short ", "wavelengths — ", "空 ", "é ", "🌍 " };
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
