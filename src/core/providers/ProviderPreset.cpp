#include "ProviderPreset.h"

#include <QJsonArray>

QJsonObject ProviderPreset::toJson() const
{
    QJsonObject o { { QLatin1String("id"), id },           { QLatin1String("name"), name },
                    { QLatin1String("protocol"), protocol }, { QLatin1String("baseUrl"), baseUrl },
                    { QLatin1String("needsKey"), needsKey }, { QLatin1String("local"), local } };
    if (!keyEnv.isEmpty())
        o.insert(QLatin1String("keyEnv"), keyEnv);
    if (!defaultModel.isEmpty())
        o.insert(QLatin1String("defaultModel"), defaultModel);
    if (!extraBody.isEmpty())
        o.insert(QLatin1String("extraBody"), extraBody);
    if (!parameters.isEmpty())
        o.insert(QLatin1String("parameters"), parameters);
    if (isPriceCatalog)
        o.insert(QLatin1String("priceCatalog"), true);
    if (!modelListNeedsKey)
        o.insert(QLatin1String("modelListNeedsKey"), false);
    return o;
}

bool ProviderPreset::canListModels(bool haveKey) const
{
    return haveKey || !needsKey || !modelListNeedsKey;
}

ProviderPreset ProviderPreset::fromJson(const QJsonObject& o)
{
    ProviderPreset p;
    p.id = o.value(QLatin1String("id")).toString();
    p.name = o.value(QLatin1String("name")).toString(p.id);
    p.protocol = o.value(QLatin1String("protocol")).toString(QStringLiteral("openai"));
    p.baseUrl = o.value(QLatin1String("baseUrl")).toString();
    p.keyEnv = o.value(QLatin1String("keyEnv")).toString();
    p.keyUrl = o.value(QLatin1String("keyUrl")).toString();
    p.priceNamespace = o.value(QLatin1String("priceNamespace")).toString();
    p.startHint = o.value(QLatin1String("startHint")).toString();
    p.defaultModel = o.value(QLatin1String("defaultModel")).toString();
    for (const auto& v : o.value(QLatin1String("suggestedModels")).toArray())
        p.suggestedModels.append(v.toString());
    p.needsKey = o.value(QLatin1String("needsKey")).toBool(true);
    p.local = o.value(QLatin1String("local")).toBool(false);
    p.supportsFallbackList = o.value(QLatin1String("fallbackList")).toBool(false);
    p.supportsRouting = o.value(QLatin1String("providerRouting")).toBool(false);
    p.isPriceCatalog = o.value(QLatin1String("priceCatalog")).toBool(false);
    p.modelListNeedsKey = o.value(QLatin1String("modelListNeedsKey")).toBool(true);
    const QJsonObject headers = o.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        p.headers.append({ it.key().toUtf8(), it.value().toString().toUtf8() });
    p.extraBody = o.value(QLatin1String("extraBody")).toObject();
    p.parameters = o.value(QLatin1String("parameters")).toObject();
    const QJsonObject files = o.value(QLatin1String("attachments")).toObject();
    for (const auto& v : files.value(QLatin1String("kinds")).toArray())
        p.attachments.kinds.append(v.toString());
    p.attachments.maxBytes = qint64(files.value(QLatin1String("maxBytes")).toDouble(double(p.attachments.maxBytes)));
    p.attachments.imageTokens = files.value(QLatin1String("imageTokens")).toInt(p.attachments.imageTokens);
    p.attachments.pdfPageTokens = files.value(QLatin1String("pdfPageTokens")).toInt(p.attachments.pdfPageTokens);
    p.attachments.anyModelTakesPdf = files.value(QLatin1String("anyModelTakesPdf")).toBool(false);
    return p;
}

QString ProviderPreset::paramField(const QString& key, const QString& fallback) const
{
    const auto it = parameters.constFind(key);
    if (it == parameters.constEnd())
        return fallback;
    return it->toString(); // null (or anything not a name): not taken
}
