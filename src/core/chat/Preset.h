#pragma once

#include "ChatParams.h"

#include <QString>

class QJsonObject;

// An assistant: a name, a provider and model (empty: whatever the chat uses) and the
// system prompt and parameters it starts a conversation with.
struct Preset {
    Q_DECLARE_TR_FUNCTIONS(Preset)

public:
    QString name;
    QString provider;
    QString model;
    ChatParams params;
    bool bundled = false; // shipped in resources/presets.json, not overridden by the user

    // {"name", "provider"?, "model"?, "params": ChatParams JSON}
    QJsonObject toJson() const;
    // One sentence in error for a nameless preset or a bad parameter.
    static Preset fromJson(const QJsonObject& o, QString* error);
};
