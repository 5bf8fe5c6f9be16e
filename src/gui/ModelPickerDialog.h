#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class ModelPickerDialog;
}
class AppContext;
class ModelFilterProxy;
class ModelTableModel;

// Ctrl+K: every model of every configured provider, searchable, with context length
// and prices per million tokens, filtered (takes images, free, an input price ceiling)
// and sorted (provider, price, context, newest); the chosen model's card beside the list,
// and for OpenRouter a variant (:free, :nitro, :floor, :online; openrouter/auto is always
// listed). Lists come from the stored catalogs; Refresh (or a stale list) fetches them
// again for each provider that has a key.
class ModelPickerDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPickerDialog)

public:
    explicit ModelPickerDialog(AppContext* context, QWidget* parent = nullptr);
    ~ModelPickerDialog() override;

    QString selectedProvider() const;
    // The id to send: the chosen row's id with the chosen variant.
    QString selectedModel() const;
    int visibleRows() const;

public Q_SLOTS:
    void refresh(bool onlyStale = false);

private:
    void reload();
    void applyPriceCeiling();
    void applySort();
    void showCurrent(); // the card and the variants of the current row
    QString listedModel() const;

    const QScopedPointer<Ui::ModelPickerDialog> m_ui;
    AppContext* m_context;
    ModelTableModel* m_model;
    ModelFilterProxy* m_proxy;
    int m_pending = 0;
    QStringList m_problems;
};
