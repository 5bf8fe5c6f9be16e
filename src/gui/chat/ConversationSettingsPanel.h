#pragma once

#include "chat/ChatParams.h"

#include <QMap>
#include <QScopedPointer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class ConversationSettingsPanel;
}
class QLabel;
class QTimer;
struct ModelInfo;
struct ProviderPreset;

// Edits one ChatParams: system prompt, temperature, top_p, max output tokens, reasoning
// (effort or budget), stop sequences, seed, and OpenRouter's fallback models and provider
// routing (RoutingEditor; off, with the reason, for a provider that takes neither). An
// empty field is "not set" (the provider's default), never 0. Under each field, one line says what is wrong with it or why the
// target provider or model will not be sent it. The chat's side panel, a preset's
// parameters and the new-chat defaults in Settings all use it.
class ConversationSettingsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationSettingsPanel)

public:
    explicit ConversationSettingsPanel(QWidget* parent = nullptr);
    ~ConversationSettingsPanel() override;

    // Shows params as they are; emits nothing.
    void setParams(const ChatParams& params);
    // What the fields say now, exactly what setParams gave for a field not edited since. A
    // field whose text is not a number is left unset here and named by problem().
    ChatParams params() const;
    // One sentence for the first field that is wrong, empty when the parameters can be used.
    QString problem() const;

    // The provider and model these parameters go to (catalog: its list entry, or nullptr):
    // each field they do not take gets a "Not sent" line. clearTarget(): no provider.
    void setTarget(const ProviderPreset& preset, const QString& model, const ModelInfo* catalogEntryOrNull);
    void clearTarget();

    // What Reset to Defaults returns to (the new-chat defaults; none unless set).
    void setDefaults(const ChatParams& defaults);
    // What Add… under Fallback models asks for a model id (the window's model picker).
    void setModelChooser(std::function<QString()> chooser);
    void setSaveAsPresetVisible(bool visible);
    void setResetVisible(bool visible);

Q_SIGNALS:
    // A user edit; typing is gathered for a moment, params() is current at once.
    void paramsChanged(const ChatParams& params);
    void saveAsPresetRequested(const ChatParams& params);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillFields();
    void edited(bool typing);
    void readNumber(ChatParam param, const QString& text);
    void readReasoning();
    void updateNotes();
    QLabel* noteFor(ChatParam param) const;

    const QScopedPointer<Ui::ConversationSettingsPanel> m_ui;
    ChatParams m_params;
    ChatParams m_defaults;
    QMap<ChatParam, QString> m_unreadable; // a field whose text is not a number: why
    std::unique_ptr<ProviderPreset> m_preset;
    std::unique_ptr<ModelInfo> m_catalogEntry;
    QString m_model;
    QTimer* m_typing;
    bool m_filling = false;
};
