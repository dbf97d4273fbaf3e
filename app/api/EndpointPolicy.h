#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace tw {

// Where the two APIs live and which base URLs are acceptable. Keys travel in headers, so a
// base URL must be https unless it is this machine's loopback (the sandbox and tests).
class EndpointPolicy
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(tw::EndpointPolicy)

public:
    enum class VapiRegion { Us, Eu };
    Q_ENUM(VapiRegion)

    static QUrl defaultCloudonixUrl() { return QUrl(QStringLiteral("https://api.cloudonix.io")); }
    static QUrl defaultVapiUrl(VapiRegion region);
    static QString vapiSipHost(VapiRegion region); // sip.vapi.ai / sip.eu.vapi.ai

    // The URL to use: the environment (TRUNKWIZARD_CLOUDONIX_URL / TRUNKWIZARD_VAPI_URL) wins
    // over the setting, which wins over the default.
    static QUrl cloudonixUrl(const QString &setting = {});
    static QUrl vapiUrl(VapiRegion region, const QString &setting = {});

    static bool isLoopbackHost(const QString &host);
    // Empty when acceptable, else one sentence saying why not.
    static QString checkBaseUrl(const QUrl &url);

    static QString regionName(VapiRegion region); // "us" / "eu"
    static bool parseRegion(const QString &text, VapiRegion *out); // accepts us, eu (any case)
};

} // namespace tw
