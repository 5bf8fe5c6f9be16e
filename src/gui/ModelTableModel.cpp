#include "ModelTableModel.h"

#include <QDateTime>
#include <QLocale>

namespace {
QString dateOf(const std::optional<qint64>& seconds, QLocale::FormatType format)
{
    if (!seconds)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC).date(), format);
}
} // namespace

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

const PricedModel* ModelTableModel::modelAt(int row) const
{
    return row >= 0 && row < m_models.size() ? &m_models.at(row) : nullptr;
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
        return index.column() >= Context && index.column() <= Created ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
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
                return text.isEmpty() ? 1e18 : text.toDouble(); // unknown prices sort last; the order only
            return text.isEmpty() ? QStringLiteral("?") : QStringLiteral("$") + text;
        }
        case Created:
            if (sort)
                return qlonglong(m.createdAt.value_or(-1));
            return dateOf(m.createdAt, QLocale::ShortFormat);
        default: return {};
        }
    }
    case Qt::ToolTipRole:
        if (index.column() == PromptPrice || index.column() == CompletionPrice)
            return tr("USD per million tokens; \"?\" means no price is known, and the ledger will say so.");
        if (index.column() == Created)
            return tr("When the provider added this model");
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
    case Created: return tr("Added");
    case Name: return tr("Name");
    default: return {};
    }
}

QString ModelTableModel::cardHtml(const PricedModel& p, const QString& providerName)
{
    const ModelInfo& m = p.model;
    const QLocale locale;
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const auto price = [](const std::optional<Money::Amount>& perToken) {
        const QString text = PricedModel::perMillion(perToken);
        return text.isEmpty() ? tr("unknown") : QStringLiteral("$") + text;
    };
    QString html = QStringLiteral("<h3>%1</h3><p><code>%2</code> · %3</p>")
                       .arg((m.name.isEmpty() ? m.id : m.name).toHtmlEscaped(), m.id.toHtmlEscaped(), providerName.toHtmlEscaped());
    if (!m.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(m.description.toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("Context"), m.contextLength ? tr("%1 tokens").arg(locale.toString(*m.contextLength)) : tr("unknown"));
    html += row(tr("Input"), tr("%1 per million tokens").arg(price(p.prompt)));
    html += row(tr("Output"), tr("%1 per million tokens").arg(price(p.completion)));
    if (p.isFree())
        html += row(tr("Free"), tr("yes"));
    html += row(tr("Takes"), m.inputModalities.isEmpty() ? tr("not listed") : m.inputModalities.join(QStringLiteral(", ")));
    html += row(tr("Parameters"), m.supportedParameters.isEmpty() ? tr("not listed") : m.supportedParameters.join(QStringLiteral(", ")));
    html += row(tr("Added"), m.createdAt ? dateOf(m.createdAt, QLocale::LongFormat) : tr("unknown"));
    html += QStringLiteral("</table>");
    return html;
}

void ModelFilterProxy::changeFilter(const std::function<void()>& change)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
#endif
    change();
    invalidateFilter();
}

void ModelFilterProxy::setSearch(const QString& text)
{
    changeFilter([&] { m_words = text.toLower().split(u' ', Qt::SkipEmptyParts); });
}

void ModelFilterProxy::setTakesImages(bool on)
{
    changeFilter([&] { m_images = on; });
}

void ModelFilterProxy::setFreeOnly(bool on)
{
    changeFilter([&] { m_free = on; });
}

void ModelFilterProxy::setMaxPromptPrice(const std::optional<Money::Amount>& perToken)
{
    changeFilter([&] { m_maxPrompt = perToken; });
}

bool ModelFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_images || m_free || m_maxPrompt) {
        const auto* source = qobject_cast<const ModelTableModel*>(sourceModel());
        const PricedModel* p = source ? source->modelAt(sourceRow) : nullptr;
        if (!p)
            return false;
        if (m_images && !p->takesImages())
            return false;
        if (m_free && !p->isFree())
            return false;
        if (m_maxPrompt && (!p->prompt || *p->prompt < 0 || *p->prompt > *m_maxPrompt))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString haystack = sourceModel()->index(sourceRow, 0, sourceParent).data(ModelTableModel::SearchTextRole).toString();
    for (const QString& w : m_words) {
        if (!haystack.contains(w))
            return false;
    }
    return true;
}
