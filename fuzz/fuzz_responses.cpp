// Any bytes as the other untrusted answers a provider sends (the first byte picks the
// protocol, the second what the bytes are): a model list, an error body, a price string.
// No crash, no sanitizer report; an error sentence is one printable line whatever the
// body said; a price that parses prints back to the same amount.
#include "catalog/ModelInfo.h"
#include "catalog/ModelPrice.h"
#include "net/ErrorText.h"
#include "providers/ProviderAdapter.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {

void checkPrintable(const QString& sentence)
{
    for (QChar c : sentence) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            std::abort(); // a control character or a bidi override reached the user
    }
}

void checkPrice(const QString& text)
{
    for (const auto& parsed : { ModelPrice::fromPerToken(text), ModelPrice::fromPerMillion(text) }) {
        if (!parsed)
            continue;
        const auto again = ModelPrice::fromPerToken(Money::toDecimalString(*parsed));
        if (!again || *again != *parsed)
            std::abort(); // an amount that does not survive its own text
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 3)
        return 0;
    static const char* const kProtocols[] = { "openai", "anthropic", "gemini", "ollama" };
    const auto adapter = ProviderAdapter::create(QString::fromLatin1(kProtocols[data[0] % 4]));
    const int what = data[1] % 3;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));
    switch (what) {
    case 0: {
        const ModelPage page = adapter->parseModels(bytes);
        for (const ModelInfo& m : page.models) {
            for (const QString& price : { m.promptPrice, m.completionPrice, m.cacheReadPrice, m.cacheWritePrice })
                checkPrice(price);
        }
        break;
    }
    case 1: {
        const int status = 400 + data[2] % 200;
        const ErrorKind kind = adapter->errorKind(status, bytes);
        const QString sentence = ErrorText::forHttpStatus(kind, status, QStringLiteral("Provider"), QStringLiteral("p"),
                                                          adapter->errorMessage(bytes));
        checkPrintable(sentence);
        checkPrintable(ErrorText::forStreamError(QStringLiteral("Provider"), QString::fromUtf8(bytes)));
        break;
    }
    default:
        checkPrice(QString::fromUtf8(bytes));
        break;
    }
    return 0;
}
