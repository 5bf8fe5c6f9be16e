#pragma once

#include "chat/ChatEvent.h"
#include "chat/ChatOutcome.h"
#include "chat/ChatParams.h"

#include <QByteArrayView>
#include <QList>

#include <memory>

class QJsonObject;
class QNetworkRequest;
class QUrl;
struct ChatRequest;
struct ModelInfo;
struct ModelPage;
struct ProviderPreset;

// Turns provider bytes into ChatEvents; fed in arbitrary pieces.
class StreamParser {
public:
    virtual ~StreamParser();
    virtual void feed(QByteArrayView bytes, QList<ChatEvent>& out) = 0;
    // End of body reached (cleanly). Flushes what is pending.
    virtual void finish(QList<ChatEvent>& out) = 0;
    // Items (SSE events, NDJSON lines) that carried data this parser could not read and
    // dropped; the user is told how many.
    virtual int skippedItems() const { return 0; }
};

// A parameter a request sets that its provider or model does not take: it is left out of
// the body, and the window (next to the field) or the CLI (a warning) says why.
struct DroppedParam {
    ChatParam param;
    QString reason; // one sentence
};

// One wire protocol. Pure: request bytes out, response bytes in; no I/O.
class ProviderAdapter {
    Q_DECLARE_TR_FUNCTIONS(ProviderAdapter)

public:
    virtual ~ProviderAdapter();

    virtual QNetworkRequest chatRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                        const ChatRequest& request) const = 0;
    virtual QByteArray chatBody(const ProviderPreset& preset, const ChatRequest& request) const = 0;
    virtual std::unique_ptr<StreamParser> createStreamParser() const = 0;
    // The provider's own message from an error body, or empty when there is none.
    // The default reads {"error":{"message":…}}, {"error":"…"} and {"message":…}.
    virtual QString errorMessage(const QByteArray& body) const;
    // What a non-2xx answer means; the default follows the HTTP status.
    virtual ErrorKind errorKind(int httpStatus, const QByteArray& body) const;

    // The model list: one GET per page; cursor is empty for the first page.
    virtual QNetworkRequest modelsRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                          const QString& cursor) const = 0;
    virtual ModelPage parseModels(const QByteArray& body) const = 0;
    // Per-model facts the list leaves out, fetched after it (Ollama's POST /api/show): the
    // request for one listed model and its body; a request without a URL (the default): none.
    virtual QNetworkRequest modelDetailsRequest(const ProviderPreset& preset, const QUrl& baseUrl, const QString& key,
                                                const QString& model, QByteArray* body) const;
    // Puts what a details answer says into model; false when it says nothing readable (the
    // model stays as listed: unknown means allowed).
    virtual bool applyModelDetails(const QByteArray& body, ModelInfo& model) const;
    // The attachment kinds ("image", "pdf", "text") this wire carries unless the preset
    // says otherwise; the default is all three.
    virtual QStringList attachmentKinds() const;
    // The extra body a custom provider of this protocol starts with; the default is none.
    virtual QJsonObject customExtraBody() const;

    // The parameters of request this wire leaves out, each with its reason. model is the
    // catalog entry of the model asked for (nullptr: not known); when it lists its
    // supported parameters (OpenRouter's supported_parameters), a parameter not listed is
    // dropped too. Unknown means allowed. chatBody leaves out what the wire refuses; the
    // catalog's refusals are left out by the caller (withoutDropped).
    QList<DroppedParam> unsupported(const ProviderPreset& preset, const ChatRequest& request,
                                    const ModelInfo* model) const;
    // request without these parameters (dropped fallback models: only its first model).
    static ChatRequest withoutDropped(ChatRequest request, const QList<DroppedParam>& dropped);
    // What the body carries of OpenRouter's routing: {"models": [...]} when it sends a
    // fallback list, {"provider": {...}} when it sends routing preferences; empty for none.
    QJsonObject routingSent(const ProviderPreset& preset, const ChatRequest& request) const;
    // routingSent as compact JSON for the ledger's routing column; empty for none.
    QString routingRecord(const ProviderPreset& preset, const ChatRequest& request) const;
    // Whether request asks for p: set in its parameters, or for FallbackModels, more than
    // one model in ChatRequest::models.
    static bool asks(const ChatRequest& request, ChatParam p);
    // The dropped parameters as one line: "Not sent: seed (Anthropic does not take a seed)."
    static QString describe(const QList<DroppedParam>& dropped);

    // nullptr for an unknown protocol.
    static std::unique_ptr<ProviderAdapter> create(const QString& protocol);

protected:
    // Why this wire cannot carry p for this request (one sentence), or empty when it can.
    // The default refuses what the preset's "parameters" map sets to null, and fallback
    // models and routing where the preset does not take them ("fallbackList",
    // "providerRouting").
    virtual QString refusal(const ProviderPreset& preset, const ChatRequest& request, ChatParam p) const;
    // Whether the body carries p: the request sets it and the wire takes it.
    bool sends(const ProviderPreset& preset, const ChatRequest& request, ChatParam p) const;
    // The wire's names of the sampling parameters (dotted for a nested field); an empty name:
    // the wire sends that one elsewhere or not at all.
    struct SamplingFields {
        QString temperature;
        QString topP;
        QString maxTokens;
        QString stop;
        QString seed;
    };
    // Puts each sampling parameter the body sends into `into` under its wire name.
    void insertSampling(QJsonObject& into, const ProviderPreset& preset, const ChatRequest& request,
                        const SamplingFields& fields) const;
};
