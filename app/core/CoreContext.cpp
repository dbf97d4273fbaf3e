#include "core/CoreContext.h"

#include "api/CaBundle.h"
#include "api/CloudonixClient.h"
#include "api/EndpointPolicy.h"
#include "api/HttpTransport.h"
#include "api/PacingLedger.h"
#include "api/RateLimiter.h"
#include "api/VapiClient.h"
#include "config/ActivityLog.h"
#include "config/ConfigStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QStandardPaths>

namespace tw {

CoreContext::CoreContext(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_store(std::make_unique<ConfigStore>(m_setup.configDir.isEmpty() ? ConfigStore::defaultDirectory()
                                                                        : m_setup.configDir))
    , m_settings(m_store->load().config.settings)
    , m_options(m_setup.options.value_or(optionsFor(m_settings)))
    , m_network(new QNetworkAccessManager(this))
    , m_pacing(new RateLimiter(m_options.pacingRequests, m_options.pacingWindow, this))
    , m_activity(new ActivityLog(m_store->directory(), this))
{
    const QString caFile = m_setup.caFile.isEmpty() ? m_settings.caFile : m_setup.caFile;
    if (!caFile.isEmpty())
        setCaFile(caFile, &m_caError);
    // One pacing file per Cloudonix endpoint: the sandbox's limits are not the real ones.
    const QString cacheDir = m_setup.cacheDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        : m_setup.cacheDir;
    if (!cacheDir.isEmpty()) {
        const QByteArray tag
            = QCryptographicHash::hash(cloudonixUrl().toEncoded(), QCryptographicHash::Sha1).toHex().left(12);
        m_ledger = std::make_unique<PacingLedger>(
            QDir(cacheDir).filePath(QStringLiteral("cloudonix-pacing-%1.json").arg(QString::fromLatin1(tag))));
        m_pacing->setLedger(m_ledger.get());
    }
}

CoreContext::~CoreContext()
{
    m_pacing->setLedger(nullptr);
}

bool CoreContext::setCaFile(const QString &path, QString *error)
{
    QList<QSslCertificate> certificates;
    if (!path.isEmpty() && !CaBundle::load(path, &certificates, error))
        return false; // the certificates trusted so far stay as they were
    m_options.extraCaCertificates = certificates;
    m_caError.clear();
    // Qt keeps a connection per host with the TLS settings it was made with: start afresh.
    if (m_network)
        m_network->clearConnectionCache();
    return true;
}

SipProbe::Options CoreContext::sipProbeOptions() const
{
    SipProbe::Options options;
    const int t1 = qEnvironmentVariableIntValue("TRUNKWIZARD_SIP_T1_MS");
    if (m_setup.sipTimers)
        options.timers = *m_setup.sipTimers;
    else if (t1 > 0)
        options.timers = SipTimers::scaled(std::chrono::milliseconds(t1));
    options.tls = QSslConfiguration::defaultConfiguration();
    for (const QSslCertificate &c : m_options.extraCaCertificates)
        options.tls.addCaCertificate(c);
    options.userAgent = QStringLiteral("TrunkWizard/%1").arg(QStringLiteral(TW_VERSION));
    // A sandbox process (TRUNKWIZARD_SANDBOX_SIP): its gateway names exist nowhere, so none is
    // looked up; the in-process sandbox has its own fixed DNS answers.
    const QString redirect
        = m_setup.sipRedirect.isEmpty() ? qEnvironmentVariable("TRUNKWIZARD_SANDBOX_SIP") : m_setup.sipRedirect;
    options.resolveNames = !m_setup.sipRedirect.isEmpty();
    const qsizetype colon = redirect.lastIndexOf(QLatin1Char(':'));
    if (colon > 0) {
        options.redirect = QHostAddress(redirect.left(colon));
        options.redirectPort = quint16(redirect.mid(colon + 1).toUInt());
    }
    return options;
}

std::chrono::milliseconds CoreContext::settleWindow() const
{
    const int override = qEnvironmentVariableIntValue("TRUNKWIZARD_SETTLE_WINDOW_MS");
    return override > 0 ? std::chrono::milliseconds(override) : m_options.timeout * 3 / 2;
}

ClientOptions CoreContext::optionsFor(const AppSettings &settings)
{
    ClientOptions options;
    if (settings.requestTimeoutSeconds > 0)
        options.timeout = std::chrono::seconds(settings.requestTimeoutSeconds);
    if (settings.cloudonixPacingRequests > 0 && settings.cloudonixPacingWindowMs > 0) {
        options.pacingRequests = settings.cloudonixPacingRequests;
        options.pacingWindow = std::chrono::milliseconds(settings.cloudonixPacingWindowMs);
    }
    const QString override = qEnvironmentVariable("TRUNKWIZARD_CLOUDONIX_PACING");
    if (!override.isEmpty())
        ClientOptions::parseRate(override, &options.pacingRequests, &options.pacingWindow);
    return options;
}

QUrl CoreContext::cloudonixUrl() const
{
    return m_setup.cloudonixUrl.isEmpty() ? EndpointPolicy::cloudonixUrl(m_settings.cloudonixUrl)
                                          : m_setup.cloudonixUrl;
}

QUrl CoreContext::vapiUrl(const QString &region) const
{
    if (!m_setup.vapiUrl.isEmpty())
        return m_setup.vapiUrl;
    EndpointPolicy::VapiRegion r = EndpointPolicy::VapiRegion::Us;
    EndpointPolicy::parseRegion(region, &r);
    return EndpointPolicy::vapiUrl(r, m_settings.vapiUrl);
}

QString CoreContext::endpointProblem(const QString &region) const
{
    if (const QString e = EndpointPolicy::checkBaseUrl(cloudonixUrl()); !e.isEmpty())
        return tr("Cloudonix address: %1").arg(e);
    if (const QString e = EndpointPolicy::checkBaseUrl(vapiUrl(region)); !e.isEmpty())
        return tr("Vapi address: %1").arg(e);
    return {};
}

CloudonixClient *CoreContext::cloudonix(const QString &key, QObject *parent) const
{
    auto *client = new CloudonixClient(m_network, m_pacing, parent);
    client->setBaseUrl(cloudonixUrl());
    client->transport()->setOptions(m_options);
    connect(client->transport(), &HttpTransport::exchanged, m_activity, &ActivityLog::append);
    client->setApiKey(key);
    return client;
}

VapiClient *CoreContext::vapi(const QString &key, const QString &region, QObject *parent) const
{
    auto *client = new VapiClient(m_network, parent);
    client->setBaseUrl(vapiUrl(region));
    client->transport()->setOptions(m_options);
    connect(client->transport(), &HttpTransport::exchanged, m_activity, &ActivityLog::append);
    client->setApiKey(key);
    return client;
}

} // namespace tw
