#pragma once

#include "ProviderAdapter.h"

// Ollama's native /api/chat: NDJSON lines with message.content / message.thinking,
// a final done:true line with prompt_eval_count and eval_count; {"error":"…"} lines.
class OllamaAdapter final : public ProviderAdapter {
public:
    QNetworkRequest chatRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                const ChatRequest& request) const override;
    QByteArray chatBody(const ProviderPreset& preset, const ChatRequest& request) const override;
    std::unique_ptr<StreamParser> createStreamParser() const override;
    QNetworkRequest modelsRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                  const QString& cursor) const override;
    ModelPage parseModels(const QByteArray& body) const override;
    // POST /api/show {"model": NAME}; its "capabilities" ("completion", "vision", "tools",
    // "thinking", …) give the input modalities: "vision" means text and image, else text.
    QNetworkRequest modelDetailsRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                        const QString& model, QByteArray* body) const override;
    bool applyModelDetails(const QByteArray& body, ModelInfo& model) const override;

    // /api/chat has images but no documents.
    QStringList attachmentKinds() const override;

protected:
    QString refusal(const ProviderPreset& preset, const ChatRequest& request, ChatParam p) const override;
};
