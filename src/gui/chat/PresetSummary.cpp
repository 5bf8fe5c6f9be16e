#include "PresetSummary.h"

#include "chat/Preset.h"
#include "providers/ProviderRegistry.h"

namespace {
constexpr int kPromptChars = 90;
}

QString PresetSummary::describe(const Preset& preset, const ProviderRegistry& providers)
{
    QString where;
    const ProviderPreset provider = providers.find(preset.provider);
    const QString providerName = provider.isValid() ? provider.name : preset.provider;
    if (preset.provider.isEmpty() && preset.model.isEmpty())
        where = tr("the chat's provider and model");
    else if (preset.model.isEmpty())
        where = providerName;
    else if (preset.provider.isEmpty())
        where = preset.model;
    else
        where = tr("%1 · %2").arg(providerName, preset.model);
    QString prompt = preset.params.systemPrompt.trimmed().section(u'\n', 0, 0).trimmed();
    if (prompt.size() > kPromptChars)
        prompt = prompt.left(kPromptChars - 1).trimmed() + QChar(0x2026);
    return prompt.isEmpty() ? where : tr("%1 — %2").arg(where, prompt);
}
