#include "sandbox/SandboxScenario.h"

#include "config/BoundedFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace tw {

SandboxScenario SandboxScenario::builtIn()
{
    SandboxScenario scenario;
    QString error;
    const bool ok = fromFile(QStringLiteral(":/sandbox/scenarios/default.json"), &scenario, &error);
    Q_ASSERT_X(ok, "SandboxScenario::builtIn", qPrintable(error));
    return scenario;
}

bool SandboxScenario::fromFile(const QString &path, SandboxScenario *out, QString *error)
{
    BoundedFile file(path);
    if (file.read() != BoundedFile::Outcome::Read) {
        *error = tr("The sandbox scenario %1 cannot be read (%2).").arg(path, file.reason());
        return false;
    }
    if (!fromJson(file.data(), out, error)) {
        *error = tr("The sandbox scenario %1 is not usable: %2").arg(path, *error);
        return false;
    }
    return true;
}

bool SandboxScenario::fromJson(const QByteArray &json, SandboxScenario *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("invalid JSON at offset %1 (%2).").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("the top level must be an object with \"vapi\" and \"cloudonix\".");
        return false;
    }
    const QJsonObject root = doc.object();
    for (const char *section : {"vapi", "cloudonix"}) {
        const QJsonValue v = root.value(QLatin1String(section));
        if (!v.isUndefined() && !v.isObject()) {
            *error = tr("\"%1\" must be an object.").arg(QLatin1String(section));
            return false;
        }
    }
    for (const QJsonValue &d :
         root.value(QLatin1String("cloudonix")).toObject().value(QLatin1String("domains")).toArray()) {
        if (d.toObject().value(QLatin1String("domain")).toString().isEmpty()) {
            *error = tr("every Cloudonix domain needs a \"domain\" name.");
            return false;
        }
    }
    out->m_root = root;
    return true;
}

QString SandboxScenario::vapiKey() const
{
    return vapi().value(QLatin1String("apiKeys")).toArray().first().toString();
}

QString SandboxScenario::cloudonixCustomerKey() const
{
    return cloudonix().value(QLatin1String("customerKeys")).toArray().first().toString();
}

QString SandboxScenario::firstDomain() const
{
    return cloudonix()
        .value(QLatin1String("domains"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("domain"))
        .toString();
}

} // namespace tw
