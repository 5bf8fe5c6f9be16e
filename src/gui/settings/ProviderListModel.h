#pragma once

#include "providers/ProviderPreset.h"

#include <QAbstractListModel>

class ProviderRegistry;

// The providers of a registry, bundled first and the user's own after, for the
// Settings list and the provider combo boxes. reload() after the registry changed.
class ProviderListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderListModel)

public:
    enum Roles { IdRole = Qt::UserRole, CustomRole }; // IdRole is what QComboBox::findData looks at

    explicit ProviderListModel(const ProviderRegistry* registry, QObject* parent = nullptr);

    void reload();
    QString idAt(int row) const;
    int rowOf(const QString& id) const; // -1 when it is not in the list

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    const ProviderRegistry* m_registry;
    QList<ProviderPreset> m_providers;
    QStringList m_customIds;
};
