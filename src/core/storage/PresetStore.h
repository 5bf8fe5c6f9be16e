#pragma once

#include "chat/Preset.h"

#include <QCoreApplication>
#include <QList>

class Database;

// The presets offered when a chat starts: the bundled ones (resources/presets.json) and the
// user's (the presets table); a user preset of a bundled one's name takes its place. All SQL
// for presets lives here.
class PresetStore final {
    Q_DECLARE_TR_FUNCTIONS(PresetStore)

public:
    explicit PresetStore(Database* db);

    QList<Preset> list() const; // by name, case-insensitively
    QStringList names() const;
    // The preset of this name (exactly), or one with an empty name.
    Preset find(const QString& name) const;
    // Adds or replaces the user's preset of this name. One sentence in error.
    bool save(const Preset& preset, QString* error);
    // Removes the user's preset; a bundled one of the same name shows again.
    bool remove(const QString& name);

    // {"switchyard_presets": 1, "presets": [...]} with the user's own presets (or those named).
    QByteArray exportJson(const QStringList& names = {}) const;
    // Reads such a file (or a bare array of presets) and saves every preset in one
    // transaction, or none: error holds one sentence. imported: how many.
    bool importJson(const QByteArray& json, QString* error, int* imported = nullptr);

    static QList<Preset> bundled();

private:
    QList<Preset> userPresets() const;
    Database* m_db;
};
