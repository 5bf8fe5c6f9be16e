#include "Routing.h"

#include "money/Money.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

#include <utility>

namespace {
// The keys of OpenRouter's provider object (PROTOCOLS.md A.3).
const QLatin1String kOrder("order");
const QLatin1String kOnly("only");
const QLatin1String kIgnore("ignore");
const QLatin1String kSort("sort");
const QLatin1String kAllowFallbacks("allow_fallbacks");
const QLatin1String kDataCollection("data_collection");
const QLatin1String kZdr("zdr");
const QLatin1String kMaxPrice("max_price");
const QLatin1String kPrompt("prompt");
const QLatin1String kCompletion("completion");
const QLatin1String kQuantizations("quantizations");

// A provider slug as OpenRouter writes them: lowercase, "google-ai-studio", "deepinfra/turbo".
bool isSlug(const QString& s)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._/-]*$"));
    return pattern.match(s).hasMatch();
}

// A price as a JSON number: the double nearest the text, which carries the text exactly
// when its shortest form reads back as the same amount.
double priceNumber(const QString& text)
{
    return text.trimmed().toDouble();
}

QString priceProblem(const QString& text, const QString& which)
{
    static const QRegularExpression decimal(QStringLiteral("^([0-9]+(\\.[0-9]*)?|\\.[0-9]+)$"));
    const QString t = text.trimmed();
    const std::optional<Money::Amount> amount = decimal.match(t).hasMatch() ? Money::parseUsd(t) : std::nullopt;
    if (!amount)
        return Routing::tr("The maximum %1 price must be a number of US dollars per million tokens, such as 1 or 0.5; "
                           "\"%2\" is not one.")
            .arg(which, t);
    if (Money::fromDouble(priceNumber(t)) != amount)
        return Routing::tr("The maximum %1 price %2 has more digits than a request can carry exactly; round it to "
                           "fewer digits.")
            .arg(which, t);
    return {};
}

QString listProblem(const QStringList& slugs, const QString& field)
{
    for (const QString& s : slugs) {
        if (!isSlug(s))
            return Routing::tr("\"%1\" in %2 is not a provider slug; use OpenRouter's lowercase names, such as "
                               "anthropic or google-ai-studio.")
                .arg(s, field);
    }
    return {};
}

QJsonObject build(const Routing& r, bool storedPrices)
{
    QJsonObject o;
    if (!r.order.isEmpty())
        o.insert(kOrder, QJsonArray::fromStringList(r.order));
    if (!r.only.isEmpty())
        o.insert(kOnly, QJsonArray::fromStringList(r.only));
    if (!r.ignore.isEmpty())
        o.insert(kIgnore, QJsonArray::fromStringList(r.ignore));
    if (r.sort)
        o.insert(kSort, Routing::sortName(*r.sort));
    if (r.allowFallbacks)
        o.insert(kAllowFallbacks, *r.allowFallbacks);
    if (r.denyDataCollection)
        o.insert(kDataCollection, QStringLiteral("deny"));
    if (r.zdr)
        o.insert(kZdr, true);
    QJsonObject price;
    const auto putPrice = [&price, storedPrices](QLatin1String key, const QString& text) {
        if (!text.trimmed().isEmpty())
            price.insert(key, storedPrices ? QJsonValue(text.trimmed()) : QJsonValue(priceNumber(text)));
    };
    putPrice(kPrompt, r.maxPricePrompt);
    putPrice(kCompletion, r.maxPriceCompletion);
    if (!price.isEmpty())
        o.insert(kMaxPrice, price);
    if (!r.quantizations.isEmpty())
        o.insert(kQuantizations, QJsonArray::fromStringList(r.quantizations));
    return o;
}
} // namespace

bool Routing::isEmpty() const
{
    return order.isEmpty() && only.isEmpty() && ignore.isEmpty() && !sort && !allowFallbacks && !denyDataCollection && !zdr
        && maxPricePrompt.trimmed().isEmpty() && maxPriceCompletion.trimmed().isEmpty() && quantizations.isEmpty();
}

bool Routing::operator==(const Routing& o) const
{
    return order == o.order && only == o.only && ignore == o.ignore && sort == o.sort && allowFallbacks == o.allowFallbacks
        && denyDataCollection == o.denyDataCollection && zdr == o.zdr && maxPricePrompt == o.maxPricePrompt
        && maxPriceCompletion == o.maxPriceCompletion && quantizations == o.quantizations;
}

Routing Routing::overriddenBy(const Routing& over) const
{
    Routing out = *this;
    if (!over.order.isEmpty())
        out.order = over.order;
    if (!over.only.isEmpty())
        out.only = over.only;
    if (!over.ignore.isEmpty())
        out.ignore = over.ignore;
    if (over.sort)
        out.sort = over.sort;
    if (over.allowFallbacks)
        out.allowFallbacks = over.allowFallbacks;
    out.denyDataCollection = out.denyDataCollection || over.denyDataCollection;
    out.zdr = out.zdr || over.zdr;
    if (!over.maxPricePrompt.trimmed().isEmpty())
        out.maxPricePrompt = over.maxPricePrompt;
    if (!over.maxPriceCompletion.trimmed().isEmpty())
        out.maxPriceCompletion = over.maxPriceCompletion;
    if (!over.quantizations.isEmpty())
        out.quantizations = over.quantizations;
    return out;
}

QString Routing::validate() const
{
    for (const auto& [list, field] : { std::pair(&order, tr("the provider order")), std::pair(&only, tr("the allowed providers")),
                                       std::pair(&ignore, tr("the ignored providers")) }) {
        if (QString problem = listProblem(*list, field); !problem.isEmpty())
            return problem;
    }
    for (const QString& s : only) {
        if (ignore.contains(s))
            return tr("%1 is both allowed and ignored; keep it in one of the two lists.").arg(s);
    }
    const QStringList known = quantizationNames();
    for (const QString& q : quantizations) {
        if (!known.contains(q))
            return tr("\"%1\" is not a quantization OpenRouter knows; choose from %2.").arg(q, known.join(QStringLiteral(", ")));
    }
    if (!maxPricePrompt.trimmed().isEmpty()) {
        if (QString problem = priceProblem(maxPricePrompt, tr("input")); !problem.isEmpty())
            return problem;
    }
    if (!maxPriceCompletion.trimmed().isEmpty()) {
        if (QString problem = priceProblem(maxPriceCompletion, tr("output")); !problem.isEmpty())
            return problem;
    }
    return {};
}

QJsonObject Routing::toJson() const
{
    return build(*this, false);
}

QJsonObject Routing::toStoredJson() const
{
    return build(*this, true);
}

Routing Routing::fromJson(const QJsonObject& o, QString* error)
{
    Routing r;
    QString problem;
    const auto bad = [&problem](QLatin1String field, const QString& what) {
        if (problem.isEmpty())
            problem = tr("The routing setting \"%1\" must be %2.").arg(field, what);
    };
    const auto present = [&o](QLatin1String key) {
        const QJsonValue v = o.value(key);
        return !v.isUndefined() && !v.isNull();
    };
    const auto strings = [&](QLatin1String key, QStringList* out) {
        if (!present(key))
            return;
        const QJsonValue v = o.value(key);
        if (!v.isArray()) {
            bad(key, tr("a list of texts"));
            return;
        }
        for (const QJsonValue& s : v.toArray()) {
            if (s.isString())
                out->append(s.toString());
            else
                bad(key, tr("a list of texts"));
        }
    };
    strings(kOrder, &r.order);
    strings(kOnly, &r.only);
    strings(kIgnore, &r.ignore);
    strings(kQuantizations, &r.quantizations);
    if (present(kSort)) {
        r.sort = sortFromName(o.value(kSort).toString());
        if (!r.sort)
            bad(kSort, tr("price, throughput or latency"));
    }
    if (present(kAllowFallbacks)) {
        if (o.value(kAllowFallbacks).isBool())
            r.allowFallbacks = o.value(kAllowFallbacks).toBool();
        else
            bad(kAllowFallbacks, tr("true or false"));
    }
    if (present(kDataCollection)) {
        const QString v = o.value(kDataCollection).toString();
        if (v == QLatin1String("deny"))
            r.denyDataCollection = true;
        else if (v != QLatin1String("allow"))
            bad(kDataCollection, tr("allow or deny"));
    }
    if (present(kZdr)) {
        if (o.value(kZdr).isBool())
            r.zdr = o.value(kZdr).toBool();
        else
            bad(kZdr, tr("true or false"));
    }
    if (present(kMaxPrice)) {
        if (!o.value(kMaxPrice).isObject()) {
            bad(kMaxPrice, tr("an object with prompt and completion prices"));
        } else {
            const QJsonObject price = o.value(kMaxPrice).toObject();
            const auto read = [&](QLatin1String key, QString* out) {
                const QJsonValue v = price.value(key);
                if (v.isString())
                    *out = v.toString().trimmed();
                else if (v.isDouble())
                    *out = QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
                else if (!v.isUndefined() && !v.isNull())
                    bad(kMaxPrice, tr("an object with prompt and completion prices"));
            };
            read(kPrompt, &r.maxPricePrompt);
            read(kCompletion, &r.maxPriceCompletion);
        }
    }
    if (problem.isEmpty())
        problem = r.validate();
    if (error)
        *error = problem;
    return r;
}

QString Routing::sortName(Sort sort)
{
    switch (sort) {
    case Sort::Price: return QStringLiteral("price");
    case Sort::Throughput: return QStringLiteral("throughput");
    case Sort::Latency: return QStringLiteral("latency");
    }
    return {};
}

std::optional<Routing::Sort> Routing::sortFromName(const QString& name)
{
    for (Sort s : { Sort::Price, Sort::Throughput, Sort::Latency }) {
        if (name == sortName(s))
            return s;
    }
    return std::nullopt;
}

QStringList Routing::quantizationNames()
{
    return { QStringLiteral("int4"), QStringLiteral("int8"), QStringLiteral("fp4"),  QStringLiteral("fp6"),
             QStringLiteral("fp8"),  QStringLiteral("fp16"), QStringLiteral("bf16"), QStringLiteral("fp32"),
             QStringLiteral("unknown") };
}

QStringList Routing::splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(u',')) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}
