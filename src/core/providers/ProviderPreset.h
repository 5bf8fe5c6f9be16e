#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One provider as data (resources/providers.json; the fields are listed in
// docs/ARCHITECTURE.md): adding an OpenAI-compatible provider is an entry there, not
// code, and no code asks which provider it is by its id.
struct ProviderPreset {
    QString id;          // "openrouter"
    QString name;        // "OpenRouter"
    QString protocol;    // the adapter: "openai", "anthropic", "gemini" or "ollama"
    QString baseUrl;     // "https://openrouter.ai/api/v1"
    QString keyEnv;      // "OPENROUTER_API_KEY": read when the keychain has no key, never written
    QString keyUrl;      // where a user gets a key
    QString priceNamespace; // its models' prefix in the price catalog ("anthropic" -> "anthropic/...")
    QString startHint;      // for a local server: the command that starts it
    QString defaultModel;
    QStringList suggestedModels;
    bool needsKey = true;
    bool local = false;                           // runs on this machine: costs nothing
    bool supportsFallbackList = false;            // "fallbackList": takes a "models" array (OpenRouter's)
    bool supportsRouting = false;                 // "providerRouting": takes a "provider" object (OpenRouter's, see Routing)
    // "priceCatalog": its model list is the price catalog. Its models are charged at the
    // prices listed there (a missing one stays unknown), and other presets' priceNamespace
    // points into it.
    bool isPriceCatalog = false;
    // "modelListNeedsKey": false when the model list is public: fetched without a key even
    // though chat needs one, and listed by `switchyard models` before any key is set.
    bool modelListNeedsKey = true;
    QList<QPair<QByteArray, QByteArray>> headers; // sent with every request
    QJsonObject extraBody;                        // merged into every chat body
    // "parameters": per parameter (ChatParams::paramKey), the wire field where it differs
    // from the protocol's ("max_tokens": "max_completion_tokens"; dotted for a nested field,
    // "reasoning.effort"), or null when the provider does not take it.
    QJsonObject parameters;
    // "attachments": what files it takes and how they count (see AttachmentPolicy).
    struct Attachments {
        QStringList kinds;                   // "image", "pdf", "text"; empty: what the protocol carries
        qint64 maxBytes = 20LL * 1024 * 1024; // the request's files as sent (base64), all together
        int imageTokens = 1000;              // an image, roughly, in prompt tokens
        int pdfPageTokens = 1500;            // a PDF page, roughly
        bool anyModelTakesPdf = false;       // it reads PDFs for models that take no files (OpenRouter)
    } attachments;

    // The wire field of a parameter: the preset's own name, else fallback (which may be
    // empty: the protocol has none); empty when the provider does not take it.
    QString paramField(const QString& key, const QString& fallback) const;
    bool isValid() const { return !id.isEmpty(); }
    // Whether its model list can be fetched, with or without a key at hand.
    bool canListModels(bool haveKey) const;
    static ProviderPreset fromJson(const QJsonObject& o);
    QJsonObject toJson() const; // the fields fromJson reads
};
