#include "ProviderAdapter.h"

#include "OpenAiCompatibleAdapter.h"

StreamParser::~StreamParser() = default;
ProviderAdapter::~ProviderAdapter() = default;

std::unique_ptr<ProviderAdapter> ProviderAdapter::create(const QString& protocol)
{
    if (protocol == QLatin1String("openai"))
        return std::make_unique<OpenAiCompatibleAdapter>();
    return nullptr;
}
