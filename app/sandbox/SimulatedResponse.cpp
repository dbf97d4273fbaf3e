#include "sandbox/SimulatedResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tw {

SimulatedResponse SimulatedResponse::ofJson(int status, const QJsonValue &json)
{
    SimulatedResponse r;
    r.status = status;
    r.json = json;
    return r;
}

SimulatedResponse SimulatedResponse::noContent()
{
    SimulatedResponse r;
    r.status = 204;
    return r;
}

QByteArray SimulatedResponse::body() const
{
    if (!raw.isEmpty() || status == 204)
        return raw;
    if (json.isArray())
        return QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact);
    if (json.isObject())
        return QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    return {};
}

} // namespace tw
