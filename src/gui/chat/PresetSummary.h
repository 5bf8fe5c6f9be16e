#pragma once

#include <QCoreApplication>
#include <QString>

class ProviderRegistry;
struct Preset;

// How a preset is described in a list: its provider and model (or that the chat's are
// used) and the first line of its system prompt, on one line.
class PresetSummary final {
    Q_DECLARE_TR_FUNCTIONS(PresetSummary)

public:
    static QString describe(const Preset& preset, const ProviderRegistry& providers);
};
