#include "AskRequest.h"

#include "Cli.h"
#include "CliIo.h"

#include "catalog/CatalogStore.h"
#include "chat/ChatRequest.h"
#include "config/AppSettings.h"
#include "media/ImagePrep.h"
#include "providers/AttachmentPolicy.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderPreset.h"
#include "providers/ProviderRegistry.h"
#include "session/AppContext.h"
#include "storage/PresetStore.h"
#include "util/TextFormat.h"

#include <QCommandLineParser>

#include <algorithm>
#include <limits>

namespace {

QString opt(const char* name)
{
    return QString::fromLatin1(name);
}

// OpenRouter's provider preferences set by flags; false (and one sentence printed) for a
// malformed value.
bool flagRouting(const QCommandLineParser& parser, Routing* r)
{
    const auto fail = [](const QString& sentence) {
        CliIo::err(CliText::tr("switchyard ask: %1").arg(sentence));
        return false;
    };
    // A comma list that names nothing ("--provider-only ,") is a mistake, not "no limit".
    const auto list = [&parser](const char* name, QStringList* out) {
        if (!parser.isSet(opt(name)))
            return true;
        for (const QString& value : parser.values(opt(name)))
            *out += Routing::splitList(value);
        return !out->isEmpty();
    };
    if (!list("provider-order", &r->order))
        return fail(CliText::tr("--provider-order needs provider slugs separated by commas, such as anthropic,openai."));
    if (!list("provider-only", &r->only))
        return fail(CliText::tr("--provider-only needs provider slugs separated by commas, such as anthropic,openai."));
    if (!list("provider-ignore", &r->ignore))
        return fail(CliText::tr("--provider-ignore needs provider slugs separated by commas, such as anthropic,openai."));
    if (!list("quantizations", &r->quantizations))
        return fail(CliText::tr("--quantizations needs quantizations separated by commas, such as int8,fp8."));
    if (parser.isSet(opt("sort"))) {
        r->sort = Routing::sortFromName(parser.value(opt("sort")));
        if (!r->sort)
            return fail(CliText::tr("--sort takes price, throughput or latency."));
    }
    if (parser.isSet(opt("no-fallbacks")))
        r->allowFallbacks = false;
    r->denyDataCollection = parser.isSet(opt("deny-data-collection"));
    r->zdr = parser.isSet(opt("zdr"));
    if (parser.isSet(opt("max-price"))) {
        const QStringList parts = parser.value(opt("max-price")).split(u'/');
        if (parts.size() != 2 || parts[0].trimmed().isEmpty() || parts[1].trimmed().isEmpty())
            return fail(CliText::tr("--max-price takes the most to pay per million input and output tokens in US dollars, "
                                    "such as 1/2."));
        r->maxPricePrompt = parts[0].trimmed();
        r->maxPriceCompletion = parts[1].trimmed();
    }
    const QString invalid = r->validate();
    return invalid.isEmpty() || fail(invalid);
}

// The parameters set by flags; false (and one sentence printed) for a malformed value.
bool flagParams(const QCommandLineParser& parser, ChatParams* p)
{
    const auto number = [&parser](const char* name, double* out) {
        bool ok = false;
        *out = parser.value(opt(name)).toDouble(&ok);
        return ok;
    };
    const auto whole = [&parser](const char* name, qint64* out) {
        bool ok = false;
        *out = parser.value(opt(name)).toLongLong(&ok);
        return ok;
    };
    const auto fail = [](const QString& sentence) {
        CliIo::err(CliText::tr("switchyard ask: %1").arg(sentence));
        return false;
    };
    if (parser.isSet(opt("system")))
        p->systemPrompt = parser.value(opt("system"));
    double d = 0;
    qint64 n = 0;
    if (parser.isSet(opt("temperature"))) {
        if (!number("temperature", &d))
            return fail(CliText::tr("--temperature needs a number such as 0.7."));
        p->temperature = d;
    }
    if (parser.isSet(opt("top-p"))) {
        if (!number("top-p", &d))
            return fail(CliText::tr("--top-p needs a number such as 0.9."));
        p->topP = d;
    }
    if (parser.isSet(opt("max-tokens"))) {
        if (!whole("max-tokens", &n) || n <= 0 || n > std::numeric_limits<int>::max())
            return fail(CliText::tr("--max-tokens needs a positive whole number."));
        p->maxTokens = int(n);
    }
    if (parser.isSet(opt("seed"))) {
        if (!whole("seed", &n))
            return fail(CliText::tr("--seed needs a whole number."));
        p->seed = n;
    }
    if (parser.isSet(opt("reasoning"))) {
        p->reasoningEffort = ChatParams::effortFromName(parser.value(opt("reasoning")));
        if (!p->reasoningEffort)
            return fail(CliText::tr("--reasoning takes low, medium or high."));
    }
    if (parser.isSet(opt("stop")))
        p->stop = parser.values(opt("stop"));
    if (!flagRouting(parser, &p->routing))
        return false;
    const QString invalid = p->validate();
    return invalid.isEmpty() || fail(invalid);
}

} // namespace

namespace AskRequest {

void addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        { { opt("s"), opt("system") }, CliText::tr("System prompt."), opt("SYSTEM") },
        { { opt("a"), opt("attach") }, CliText::tr("Attach an image (PNG, JPEG, WebP, GIF), a PDF or a text file; repeatable."), opt("FILE") },
        { opt("keep-image-size"), CliText::tr("Send attached images as they are; without it, images over %1 px are scaled down.").arg(ImagePrep::kMaxSide) },
        { opt("preset"), CliText::tr("Start from this preset's system prompt, provider, model and parameters; flags given win."), opt("NAME") },
        { opt("max-tokens"), CliText::tr("Upper bound on the answer's tokens."), opt("N") },
        { opt("temperature"), CliText::tr("Sampling temperature, 0 to 2."), opt("T") },
        { opt("top-p"), CliText::tr("Nucleus sampling: keep the most likely tokens up to this probability, above 0 to 1."), opt("P") },
        { opt("reasoning"), CliText::tr("Reasoning effort: low, medium or high."), opt("EFFORT") },
        { opt("stop"), CliText::tr("Stop the answer at this text; repeatable."), opt("TEXT") },
        { opt("seed"), CliText::tr("Sampling seed, for repeatable answers where the provider supports it."), opt("N") },
        { opt("provider-order"), CliText::tr("OpenRouter: try these providers first, in order (slugs, comma-separated)."), opt("A,B") },
        { opt("provider-only"), CliText::tr("OpenRouter: use only these providers (slugs, comma-separated)."), opt("A,B") },
        { opt("provider-ignore"), CliText::tr("OpenRouter: never use these providers (slugs, comma-separated)."), opt("A,B") },
        { opt("sort"), CliText::tr("OpenRouter: prefer providers by price, throughput or latency."), opt("BY") },
        { opt("no-fallbacks"), CliText::tr("OpenRouter: no backup providers when the chosen ones fail.") },
        { opt("deny-data-collection"), CliText::tr("OpenRouter: only providers that do not store or train on prompts.") },
        { opt("zdr"), CliText::tr("OpenRouter: only Zero Data Retention endpoints.") },
        { opt("max-price"), CliText::tr("OpenRouter: the most to pay in US dollars per million input/output tokens, such as 1/2."), opt("IN/OUT") },
        { opt("quantizations"), CliText::tr("OpenRouter: only these quantizations, such as int8,fp8 (int4, int8, fp4, fp6, fp8, fp16, bf16, fp32, unknown)."), opt("Q,Q") },
    });
}

int build(AppContext& context, const QCommandLineParser& parser, const QString& prompt, ChatRequest* request)
{
    Preset preset;
    if (parser.isSet(opt("preset"))) {
        const PresetStore presets(context.database());
        preset = presets.find(parser.value(opt("preset")));
        if (preset.name.isEmpty()) {
            CliIo::err(CliText::tr("switchyard ask: no preset is named \"%1\"; choose one of: %2.")
                           .arg(TextFormat::printableLine(parser.value(opt("preset")), 80),
                                presets.names().join(QStringLiteral(", "))));
            return Cli::Usage;
        }
    }
    const QString providerId = parser.isSet(opt("provider")) ? parser.value(opt("provider"))
        : !preset.provider.isEmpty()                          ? preset.provider
                                                              : context.settings()->defaultProvider();
    const ProviderPreset provider = context.providers()->find(providerId);
    if (!provider.isValid()) {
        CliIo::err(CliText::tr("switchyard ask: unknown provider \"%1\"; choose one of: %2.")
                       .arg(providerId, context.providers()->ids().join(QStringLiteral(", "))));
        return Cli::Usage;
    }
    request->providerId = providerId;
    request->models = parser.values(opt("model"));
    // The preset's model belongs to its provider (or to any, when it names none); its
    // fallbacks follow it. Models given with -m replace both.
    if (request->models.isEmpty() && !preset.model.isEmpty() && (preset.provider.isEmpty() || preset.provider == providerId))
        request->models = QStringList { preset.model } + preset.params.fallbackModels;
    if (request->models.isEmpty()) {
        const QString last = context.settings()->lastModel(providerId);
        request->models.append(last.isEmpty() ? provider.defaultModel : last);
    }
    request->baseUrlOverride = parser.isSet(opt("base-url")) ? parser.value(opt("base-url"))
                                                             : context.settings()->baseUrlOverride(providerId);
    ChatParams flags;
    if (!flagParams(parser, &flags))
        return Cli::Usage;
    // As a new chat in the window: Settings → New Chats, then the preset, then the flags.
    request->params = context.settings()->defaultChatParams().overriddenBy(preset.params).overriddenBy(flags);
    request->params.fallbackModels = request->models.mid(1);

    ChatMessage question { QStringLiteral("user"), prompt };
    for (const QString& path : parser.values(opt("attach"))) {
        QString error;
        // Scaled, or refused when too large to decode, as the window does.
        const auto file = ImagePrep::prepare(Attachment::fromFile(path, &error), !parser.isSet(opt("keep-image-size")), &error);
        if (!file) {
            CliIo::err(CliText::tr("switchyard ask: %1").arg(error));
            return Cli::Usage;
        }
        question.attachments.append(*file);
    }
    request->messages.append(question);

    const auto adapter = ProviderAdapter::create(provider.protocol);
    if (!adapter)
        return Cli::Ok; // ChatRunner says so in its own sentence
    const std::optional<ModelInfo> listed = CatalogStore(context.database()).find(providerId, request->primaryModel());
    const ModelInfo* model = listed ? &*listed : nullptr;
    const QString refusal = AttachmentPolicy::refusal(provider, *adapter, *request, model);
    if (!refusal.isEmpty()) {
        CliIo::err(CliText::tr("switchyard ask: %1").arg(refusal));
        return Cli::Usage;
    }
    // What the provider or the model does not take is left out, and said once.
    const QList<DroppedParam> dropped = adapter->unsupported(provider, *request, model);
    if (!dropped.isEmpty()) {
        CliIo::err(ProviderAdapter::describe(dropped));
        *request = ProviderAdapter::withoutDropped(*request, dropped);
    }
    return Cli::Ok;
}

} // namespace AskRequest
