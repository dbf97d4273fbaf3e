#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace tw {

// The starting state of the simulated Cloudonix and Vapi accounts: keys, domains, aliases,
// assistants, existing credentials and numbers. The built-in one is scenarios/default.json;
// README documents the format.
class SandboxScenario
{
    Q_DECLARE_TR_FUNCTIONS(tw::SandboxScenario)

public:
    static SandboxScenario builtIn();
    // On failure returns false and sets *error to one sentence.
    static bool fromFile(const QString &path, SandboxScenario *out, QString *error);
    static bool fromJson(const QByteArray &json, SandboxScenario *out, QString *error);

    QJsonObject vapi() const { return m_root.value(QLatin1String("vapi")).toObject(); }
    QJsonObject cloudonix() const { return m_root.value(QLatin1String("cloudonix")).toObject(); }

    // The first key of each kind: what --sandbox pre-fills.
    QString vapiKey() const;
    QString cloudonixCustomerKey() const;
    QString firstDomain() const;

private:
    QJsonObject m_root;
};

} // namespace tw
