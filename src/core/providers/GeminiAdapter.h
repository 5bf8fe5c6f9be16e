#pragma once

#include "ProviderAdapter.h"

// Google Gemini native streaming: models/{model}:streamGenerateContent?alt=sse with
// x-goog-api-key; roles user/model, system prompt as systemInstruction; no [DONE]
// (the body's end ends it), usageMetadata cumulative on every chunk.
class GeminiAdapter final : public ProviderAdapter {
public:
    QNetworkRequest chatRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                const ChatRequest& request) const override;
    QByteArray chatBody(const ProviderPreset& preset, const ChatRequest& request) const override;
    std::unique_ptr<StreamParser> createStreamParser() const override;
    QNetworkRequest modelsRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                  const QString& cursor) const override;
    ModelPage parseModels(const QByteArray& body) const override;
    ErrorKind errorKind(int httpStatus, const QByteArray& body) const override;
};
