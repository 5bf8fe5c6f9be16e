#pragma once

#include "ProviderAdapter.h"

// The OpenAI Chat Completions wire format, spoken by OpenRouter, OpenAI, DeepSeek,
// Mistral, Groq, xAI, LM Studio and any OpenAI-compatible URL.
class OpenAiCompatibleAdapter final : public ProviderAdapter {
public:
    QNetworkRequest chatRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                const ChatRequest& request) const override;
    QByteArray chatBody(const ProviderPreset& preset, const ChatRequest& request) const override;
    std::unique_ptr<StreamParser> createStreamParser() const override;
    QNetworkRequest modelsRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                  const QString& cursor) const override;
    ModelPage parseModels(const QByteArray& body) const override;
    // OpenRouter answers 403 with error.metadata.reasons when its moderation flags the input:
    // a prompt problem, not a key problem.
    ErrorKind errorKind(int httpStatus, const QByteArray& body) const override;
    // stream_options.include_usage: most OpenAI-compatible servers report usage only then.
    QJsonObject customExtraBody() const override;

    // Images and text; a PDF only where the preset says so (OpenRouter, OpenAI).
    QStringList attachmentKinds() const override;

protected:
    QString refusal(const ProviderPreset& preset, const ChatRequest& request, ChatParam p) const override;
};
