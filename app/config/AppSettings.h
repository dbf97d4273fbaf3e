#pragma once

#include <QJsonObject>
#include <QString>

namespace tw {

// Preferences that are not per domain. Base URL overrides here lose to the environment
// variables TRUNKWIZARD_CLOUDONIX_URL / TRUNKWIZARD_VAPI_URL.
struct AppSettings
{
    QString vapiRegion = QStringLiteral("us");
    QString cloudonixUrl; // empty = default
    QString vapiUrl; // empty = default for the region
    QString defaultNumberRegion; // ISO country for national numbers, e.g. "US"; empty = international only
    // 0 means the client's default (ClientOptions: 20 s per request, Cloudonix paced at 8 per
    // 11 s). The pacing is for an account whose limit differs from the documented one.
    int requestTimeoutSeconds = 0;
    int cloudonixPacingRequests = 0;
    int cloudonixPacingWindowMs = 0;
    // A CA certificate file (PEM or DER) trusted beside the system's, for a TLS-inspecting proxy.
    QString caFile;
    // The language of the app and the CLI ("de", "es", "fr", "he", "en"); empty follows the
    // system. --lang wins over it.
    QString language;
    // The app's appearance: "system", "dark" or "high-contrast" (ThemePalette in the UI).
    QString theme;

    static AppSettings fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

} // namespace tw
