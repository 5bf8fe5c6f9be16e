#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

// OpenRouter's provider preferences for one request (PROTOCOLS.md A.3): which upstream
// providers may serve it and in what order. Every field optional; unset leaves the
// choice to OpenRouter. Sent as the body's `provider` object (toJson) only where the
// preset takes it ("providerRouting"); elsewhere it is left out and said.
struct Routing {
    Q_DECLARE_TR_FUNCTIONS(Routing)

public:
    enum class Sort { Price, Throughput, Latency };

    QStringList order;  // provider slugs to try first, in order ("anthropic", "google-ai-studio")
    QStringList only;   // the only providers allowed
    QStringList ignore; // providers never used
    std::optional<Sort> sort;           // unset: OpenRouter's load balancing
    std::optional<bool> allowFallbacks; // unset: OpenRouter's default (true)
    bool denyDataCollection = false;    // data_collection "deny"; false: unset ("allow")
    bool zdr = false;                   // only Zero Data Retention endpoints; false: unset
    // The most to pay in USD per million tokens, as the user wrote it ("1", "0.50"); empty:
    // no limit. Exact: validate() refuses a value a JSON number would not carry exactly.
    QString maxPricePrompt;
    QString maxPriceCompletion;
    QStringList quantizations; // of quantizationNames()

    bool isEmpty() const;
    bool operator==(const Routing& other) const;
    bool operator!=(const Routing& other) const { return !(*this == other); }
    // This with every field that over sets taken from over.
    Routing overriddenBy(const Routing& over) const;
    // One sentence for the first value that cannot be sent, empty when all is well.
    QString validate() const;

    // Exactly OpenRouter's `provider` object, unset fields left out: {"order": [...],
    // "only": [...], "ignore": [...], "sort": "price", "allow_fallbacks": false,
    // "data_collection": "deny", "zdr": true, "max_price": {"prompt": 1, "completion": 2},
    // "quantizations": [...]}.
    QJsonObject toJson() const;
    // The same with max_price as the text the user wrote ({"prompt": "0.50"}), for storage.
    QJsonObject toStoredJson() const;
    // Reads either form. One sentence in error for a field of the wrong type or a value
    // validate() refuses; what can be read is kept.
    static Routing fromJson(const QJsonObject& o, QString* error = nullptr);

    static QString sortName(Sort sort); // "price", "throughput", "latency"
    static std::optional<Sort> sortFromName(const QString& name);
    // int4, int8, fp4, fp6, fp8, fp16, bf16, fp32, unknown: the values OpenRouter takes.
    static QStringList quantizationNames();
    // "a, b,,c " -> {"a", "b", "c"}.
    static QStringList splitList(const QString& text);
};
