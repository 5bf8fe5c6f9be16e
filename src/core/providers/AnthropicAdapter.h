#pragma once

#include "ProviderAdapter.h"

// Anthropic Messages: x-api-key, anthropic-version, max_tokens always, the system
// prompt as top-level "system"; named SSE events, cumulative usage, message_stop.
class AnthropicAdapter final : public ProviderAdapter {
public:
    static constexpr int kDefaultMaxTokens = 8192;

    QNetworkRequest chatRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                const ChatRequest& request) const override;
    QByteArray chatBody(const ProviderPreset& preset, const ChatRequest& request) const override;
    std::unique_ptr<StreamParser> createStreamParser() const override;
    QNetworkRequest modelsRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                  const QString& cursor) const override;
    ModelPage parseModels(const QByteArray& body) const override;
    ErrorKind errorKind(int httpStatus, const QByteArray& body) const override;

protected:
    QString refusal(const ProviderPreset& preset, const ChatRequest& request, ChatParam p) const override;
};
