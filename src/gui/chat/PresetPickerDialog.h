#pragma once

#include "chat/Preset.h"

#include <QDialog>
#include <QList>
#include <QScopedPointer>

#include <optional>

namespace Ui {
class PresetPickerDialog;
}
class AppContext;

// Ctrl+N: what a new chat starts with. "Blank chat" (the new-chat defaults) first, then
// every preset, bundled and the user's, each with its provider, model and the first line
// of its prompt. Typing filters; Enter or a double click starts the highlighted one.
class PresetPickerDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetPickerDialog)

public:
    explicit PresetPickerDialog(AppContext* context, QWidget* parent = nullptr);
    ~PresetPickerDialog() override;

    // The preset highlighted (after exec(): chosen), or nullopt for a blank chat.
    std::optional<Preset> chosen() const;
    int visibleRows() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void filter(const QString& text);

    const QScopedPointer<Ui::PresetPickerDialog> m_ui;
    QList<Preset> m_presets; // row - 1
};
