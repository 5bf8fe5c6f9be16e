#pragma once

#include "chat/Routing.h"

#include <QMap>
#include <QScopedPointer>
#include <QStringList>
#include <QWidget>

#include <functional>

namespace Ui {
class RoutingEditor;
}
class QCheckBox;
class QLabel;

// OpenRouter's part of a chat's settings: the fallback models (an ordered list: Add…,
// Remove, up, down) and the provider routing preferences (order, only, ignore as comma
// lists; sort; no backup providers; data collection; zero data retention; the most to pay
// in and out; quantizations). Part of ConversationSettingsPanel, which owns the values'
// notes and where they are stored.
class RoutingEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingEditor)

public:
    explicit RoutingEditor(QWidget* parent = nullptr);
    ~RoutingEditor() override;

    // Shows these as they are; emits nothing.
    void setValues(const QStringList& fallbackModels, const Routing& routing);
    QStringList fallbackModels() const { return m_fallbacks; }
    Routing routing() const { return m_routing; }

    // What Add… asks for a model id: the window's model picker. Without one, a line to type it.
    void setModelChooser(std::function<QString()> chooser);
    // Why the target provider takes no fallback list or no routing (one sentence), or empty
    // when it does: a group that cannot be sent is disabled.
    void setUnavailable(const QString& fallbacksReason, const QString& routingReason);

    QLabel* fallbackNote() const;
    QLabel* routingNote() const;

Q_SIGNALS:
    // A user edit; typing: a field being typed in (gathered by the panel).
    void edited(bool typing);

private:
    void fill();
    void fillFallbacks(int select);
    void moveFallback(int by);
    void addFallback();
    void updateButtons();

    const QScopedPointer<Ui::RoutingEditor> m_ui;
    QStringList m_fallbacks;
    Routing m_routing;
    QMap<QString, QCheckBox*> m_quantizations;
    std::function<QString()> m_chooser;
    bool m_fallbacksAvailable = true;
    bool m_filling = false;
};
