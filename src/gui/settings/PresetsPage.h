#pragma once

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class PresetsPage;
}
class AppContext;
struct Preset;

// Settings > Presets: every preset, bundled and the user's, with Add, Edit, Duplicate and
// Remove (each saved at once in PresetStore), and Export and Import as JSON files.
class PresetsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetsPage)

public:
    explicit PresetsPage(AppContext* context, QWidget* parent = nullptr);
    ~PresetsPage() override;

    void addPreset();
    void editPreset();
    void duplicatePreset();
    void removePreset();
    // Ask for a file, then exportTo / importFrom.
    void exportPresets();
    void importPresets();
    // The user's own presets into path; one sentence in the status line either way.
    bool exportTo(const QString& path);
    // Every preset of the file or, for a bad file, none; one sentence either way.
    bool importFrom(const QString& path);

    QString statusText() const;

private:
    void reload(const QString& select = {});
    void updateButtons();
    void setStatus(const QString& text);
    Preset current() const;

    const QScopedPointer<Ui::PresetsPage> m_ui;
    AppContext* m_context;
};
