#include "Preset.h"

#include <QJsonObject>

QJsonObject Preset::toJson() const
{
    QJsonObject o { { QLatin1String("name"), name } };
    if (!provider.isEmpty())
        o.insert(QLatin1String("provider"), provider);
    if (!model.isEmpty())
        o.insert(QLatin1String("model"), model);
    o.insert(QLatin1String("params"), params.toJson());
    return o;
}

Preset Preset::fromJson(const QJsonObject& o, QString* error)
{
    Preset p;
    error->clear();
    p.name = o.value(QLatin1String("name")).toString().trimmed();
    if (p.name.isEmpty()) {
        *error = tr("A preset has no name; give each one a \"name\".");
        return p;
    }
    const QJsonValue provider = o.value(QLatin1String("provider"));
    const QJsonValue model = o.value(QLatin1String("model"));
    const QJsonValue params = o.value(QLatin1String("params"));
    if ((!provider.isUndefined() && !provider.isString()) || (!model.isUndefined() && !model.isString())
        || (!params.isUndefined() && !params.isObject())) {
        *error = tr("The preset \"%1\" has a provider, model or params of the wrong type.").arg(p.name);
        return p;
    }
    p.provider = provider.toString();
    p.model = model.toString();
    QString problem;
    p.params = ChatParams::fromJson(params.toObject(), &problem);
    if (!problem.isEmpty())
        *error = tr("The preset \"%1\": %2").arg(p.name, problem);
    return p;
}
