#include "ProviderListModel.h"

#include "providers/ProviderRegistry.h"

ProviderListModel::ProviderListModel(const ProviderRegistry* registry, QObject* parent)
    : QAbstractListModel(parent)
    , m_registry(registry)
{
    reload();
}

void ProviderListModel::reload()
{
    beginResetModel();
    m_providers = m_registry->providers();
    m_customIds.clear();
    for (const ProviderPreset& p : m_providers) {
        if (m_registry->isCustom(p.id))
            m_customIds.append(p.id);
    }
    endResetModel();
}

QString ProviderListModel::idAt(int row) const
{
    return row >= 0 && row < m_providers.size() ? m_providers.at(row).id : QString();
}

int ProviderListModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_providers.size(); ++row) {
        if (m_providers.at(row).id == id)
            return row;
    }
    return -1;
}

int ProviderListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_providers.size());
}

QVariant ProviderListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProviderPreset& p = m_providers.at(index.row());
    const bool custom = m_customIds.contains(p.id);
    switch (role) {
    case Qt::DisplayRole: return p.name;
    case Qt::ToolTipRole: return custom ? tr("Added by you: %1").arg(p.baseUrl) : p.baseUrl;
    case IdRole: return p.id;
    case CustomRole: return custom;
    default: return {};
    }
}
