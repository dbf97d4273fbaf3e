#pragma once

#include <QCoreApplication>
#include <QString>

namespace tw {

// Vapi's documented field limits, checked before any request so the admin gets a clear
// sentence instead of a 400 with a class-validator message.
class VapiLimits
{
    Q_DECLARE_TR_FUNCTIONS(tw::VapiLimits)

public:
    static constexpr int MaxNameLength = 40;
    static constexpr int MinNetmask = 24;
    static constexpr int MaxNetmask = 32;
    static constexpr int MinPort = 1;
    static constexpr int MaxPort = 65535;

    // Each returns an empty string when the value is acceptable.
    static QString checkName(const QString &name, bool required = false);
    static QString checkNetmask(int netmask);
    static QString checkPort(int port);

    // Shortens a generated label to Vapi's limit without cutting it mid-word where possible.
    static QString fitName(const QString &name);
};

} // namespace tw
