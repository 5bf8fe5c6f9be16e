#pragma once

#include "chat/Preset.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class PresetDialog;
}
class AppContext;
class ProviderListModel;

// One preset's fields: name, provider, model, and its system prompt and parameters (a
// ConversationSettingsPanel that says what the chosen provider does not take). Save
// checks them and saves the preset in PresetStore; a problem is one sentence above the
// buttons and nothing is saved.
class PresetDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetDialog)

public:
    explicit PresetDialog(AppContext* context, QWidget* parent = nullptr);
    ~PresetDialog() override;

    // isNew: add it (a name already taken is refused); otherwise edit it: a rename saves the
    // new name and removes the user's preset of the old one.
    void setPreset(const Preset& preset, bool isNew);
    Preset preset() const; // as the fields say now

    void accept() override;

private:
    void updateTarget();

    const QScopedPointer<Ui::PresetDialog> m_ui;
    AppContext* m_context;
    ProviderListModel* m_providers;
    QString m_originalName;
    bool m_isNew = true;
};
