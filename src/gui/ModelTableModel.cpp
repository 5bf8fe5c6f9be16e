#include "ModelTableModel.h"

#include <QLocale>

ModelTableModel::ModelTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ModelTableModel::setModels(const QList<PricedModel>& models, const QHash<QString, QString>& providerNames)
{
    beginResetModel();
    m_models = models;
    m_providerNames = providerNames;
    endResetModel();
}

int ModelTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int ModelTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PricedModel& p = m_models.at(index.row());
    const ModelInfo& m = p.model;
    switch (role) {
    case ProviderIdRole: return m.provider;
    case ModelIdRole: return m.id;
    case SearchTextRole:
        return QString(m_providerNames.value(m.provider) + u' ' + m.provider + u' ' + m.id + u' ' + m.name).toLower();
    case Qt::TextAlignmentRole:
        return index.column() >= Context && index.column() <= CompletionPrice ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
    case SortRole: {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Provider: return m_providerNames.value(m.provider, m.provider);
        case Model: return m.id;
        case Name: return m.name;
        case Context:
            if (!m.contextLength)
                return sort ? QVariant(qlonglong(-1)) : QVariant(QStringLiteral("?"));
            return sort ? QVariant(qlonglong(*m.contextLength)) : QVariant(QLocale().toString(*m.contextLength));
        case PromptPrice:
        case CompletionPrice: {
            const auto& price = index.column() == PromptPrice ? p.prompt : p.completion;
            const QString text = PricedModel::perMillion(price);
            if (sort)
                return text.isEmpty() ? 1e18 : text.toDouble(); // unknown prices sort last
            return text.isEmpty() ? QStringLiteral("?") : QStringLiteral("$") + text;
        }
        default: return {};
        }
    }
    case Qt::ToolTipRole:
        if (index.column() == PromptPrice || index.column() == CompletionPrice)
            return tr("USD per million tokens; \"?\" means no price is known, and the ledger will say so.");
        return m.name;
    default: return {};
    }
}

QVariant ModelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Provider: return tr("Provider");
    case Model: return tr("Model");
    case Context: return tr("Context");
    case PromptPrice: return tr("In / M");
    case CompletionPrice: return tr("Out / M");
    case Name: return tr("Name");
    default: return {};
    }
}

void ModelFilterProxy::setSearch(const QString& text)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
#endif
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool ModelFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString haystack = sourceModel()->index(sourceRow, 0, sourceParent).data(ModelTableModel::SearchTextRole).toString();
    for (const QString& w : m_words) {
        if (!haystack.contains(w))
            return false;
    }
    return true;
}
