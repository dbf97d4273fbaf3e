#pragma once

#include "api/ClientOptions.h"
#include "config/AppSettings.h"
#include "sip/SipProbe.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace tw {

class CloudonixClient;
class ActivityLog;
class ConfigStore;
class HostResolver;
class PacingLedger;
class RateLimiter;
class SecretStore;
class VapiClient;

// The core's front door, created once by each main (GUI, CLI): where the two APIs live, how
// the clients talk to them, the config and secret stores and the DNS resolver. Operations ask
// it for light per-account clients that share one network manager and one Cloudonix pacing,
// so any number of domains can be worked on at once with their own keys. Sandbox mode only
// fills the Setup differently; nothing below knows of it.
class CoreContext : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        QString configDir; // empty: ConfigStore::defaultDirectory()
        QString cacheDir; // the shared pacing file; empty: the platform's cache folder
        SecretStore *secrets = nullptr; // not owned
        HostResolver *resolver = nullptr; // not owned
        // Overrides (--cloudonix-url, the sandbox); empty: environment, then setting, then default.
        QUrl cloudonixUrl;
        QUrl vapiUrl;
        std::optional<ClientOptions> options; // empty: the defaults with the settings applied
        QString caFile; // --ca-file: CA certificates to trust beside the system's; empty: the setting
        // "127.0.0.1:PORT": every SIP probe is sent there, still naming its gateway (the
        // sandbox); empty: TRUNKWIZARD_SANDBOX_SIP (a sandbox process), else the gateways.
        QString sipRedirect;
        std::optional<SipTimers> sipTimers; // empty: RFC 3261's (TRUNKWIZARD_SIP_T1_MS scales them)
        bool sandbox = false;
    };

    explicit CoreContext(Setup setup, QObject *parent = nullptr);
    ~CoreContext() override;

    ConfigStore *store() const { return m_store.get(); }
    SecretStore *secrets() const { return m_setup.secrets; }
    HostResolver *resolver() const { return m_setup.resolver; }
    bool isSandbox() const { return m_setup.sandbox; }
    const AppSettings &settings() const { return m_settings; }
    const ClientOptions &options() const { return m_options; }
    // Why the CA file (--ca-file or the setting) could not be used; empty when it was, or none is set.
    QString caError() const { return m_caError; }
    // Trusts the CA certificates in `path` (empty: none) for the clients made from now on.
    bool setCaFile(const QString &path, QString *error);
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_options.timeout = timeout; }
    // How long a create sent by a run that stopped may still take effect: one and a half request
    // timeouts (TRUNKWIZARD_SETTLE_WINDOW_MS overrides it, for tests).
    std::chrono::milliseconds settleWindow() const;

    // How SIP probes run: the RFC's timers (TRUNKWIZARD_SIP_T1_MS scales them, for tests), the
    // trusted CAs for TLS gateways, the sandbox's redirect.
    SipProbe::Options sipProbeOptions() const;

    QUrl cloudonixUrl() const;
    QUrl vapiUrl(const QString &region) const; // "us" or "eu"
    // Empty when both base URLs are acceptable, else one sentence naming the system.
    QString endpointProblem(const QString &region) const;

    // New clients for one account, owned by `parent`: their own key, the shared pacing.
    CloudonixClient *cloudonix(const QString &key, QObject *parent) const;
    VapiClient *vapi(const QString &key, const QString &region, QObject *parent) const;
    RateLimiter *cloudonixPacing() const { return m_pacing; }
    // Every request of every client this context made (activity.jsonl in the config folder).
    ActivityLog *activity() const { return m_activity; }

    // TRUNKWIZARD_CLOUDONIX_PACING ("8/11000") over the settings over the defaults.
    static ClientOptions optionsFor(const AppSettings &settings);

private:
    Setup m_setup;
    std::unique_ptr<ConfigStore> m_store;
    AppSettings m_settings;
    ClientOptions m_options;
    QString m_caError;
    QNetworkAccessManager *m_network;
    RateLimiter *m_pacing;
    ActivityLog *m_activity;
    std::unique_ptr<PacingLedger> m_ledger;
};

} // namespace tw
