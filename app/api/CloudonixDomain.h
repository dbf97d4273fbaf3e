#pragma once

#include "api/CloudonixAlias.h"
#include "api/CloudonixBorderSettings.h"
#include "api/JsonReader.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tw {

struct CloudonixDomain
{
    enum class InboundHostSource { AutoAlias, Uuid, None };

    QString id;
    QString uuid;
    QString domain;
    bool active = true;
    QList<CloudonixAlias> aliases;
    CloudonixBorderSettings border;
    QStringList profileKeys; // every key present in the profile, for reports

    static inline const QString SipHostSuffix = QStringLiteral(".sip.cloudonix.net");

    // The first "auto" alias (the host Vapi sends calls to is <alias>.sip.cloudonix.net).
    QString autoAlias() const;
    // <auto alias>.sip.cloudonix.net, else <uuid>.sip.cloudonix.net, else empty.
    QString inboundSipHost() const;
    InboundHostSource inboundHostSource() const;

    static CloudonixDomain fromJson(const JsonReader &r);
};

} // namespace tw
