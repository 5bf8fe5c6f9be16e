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

std::unique_ptr<ProviderAdapter> ProviderAdapter::create(const QString& protocol)
{
    if (protocol == QLatin1String("openai"))
        return std::make_unique<OpenAiCompatibleAdapter>();
    if (protocol == QLatin1String("anthropic"))
        return std::make_unique<AnthropicAdapter>();
    if (protocol == QLatin1String("gemini"))
        return std::make_unique<GeminiAdapter>();
    if (protocol == QLatin1String("ollama"))
        return std::make_unique<OllamaAdapter>();
    return nullptr;
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
