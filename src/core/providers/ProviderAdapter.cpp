#include "ProviderAdapter.h"

#include "AnthropicAdapter.h"
#include "GeminiAdapter.h"
#include "OllamaAdapter.h"
#include "OpenAiCompatibleAdapter.h"
#include "net/ErrorText.h"

#include <QJsonDocument>
#include <QJsonObject>

StreamParser::~StreamParser() = default;
ProviderAdapter::~ProviderAdapter() = default;

namespace {
template <typename Adapter>
std::unique_ptr<ProviderAdapter> make()
{
    return std::make_unique<Adapter>();
}

// The wire protocols, under the names a preset's "protocol" field uses.
const struct {
    const char* name;
    std::unique_ptr<ProviderAdapter> (*make)();
} kProtocols[] = { { "openai", make<OpenAiCompatibleAdapter> },
                   { "anthropic", make<AnthropicAdapter> },
                   { "gemini", make<GeminiAdapter> },
                   { "ollama", make<OllamaAdapter> } };
} // namespace

std::unique_ptr<ProviderAdapter> ProviderAdapter::create(const QString& protocol)
{
    for (const auto& p : kProtocols) {
        if (protocol == QLatin1String(p.name))
            return p.make();
    }
    return nullptr;
}

QJsonObject ProviderAdapter::customExtraBody() const
{
    return {};
}

QString ProviderAdapter::errorMessage(const QByteArray& body) const
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue error = o.value(QLatin1String("error"));
    QString message;
    if (error.isString())
        message = error.toString();
    else if (error.isObject())
        message = error.toObject().value(QLatin1String("message")).toString();
    else
        message = o.value(QLatin1String("message")).toString();
    message = message.simplified();
    constexpr int kMaxLength = 300;
    if (message.size() > kMaxLength)
        message = message.left(kMaxLength - 1) + QChar(0x2026);
    return message;
}

ErrorKind ProviderAdapter::errorKind(int httpStatus, const QByteArray& body) const
{
    Q_UNUSED(body)
    return ErrorText::kindForHttpStatus(httpStatus);
}
