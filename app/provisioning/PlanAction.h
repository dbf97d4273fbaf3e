#pragma once

#include "api/ApiError.h"
#include "api/CloudonixApplication.h"
#include "api/CloudonixBorderSettings.h"
#include "api/CloudonixDnid.h"
#include "api/CloudonixTrunk.h"
#include "api/VapiCredential.h"
#include "api/VapiPhoneNumber.h"
#include "api/VapiPhoneNumberPatch.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace tw {

// One change the plan will make (or a thing it checked and found right). It carries the typed
// request the engine sends, and before/after text for people.
struct PlanAction
{
    Q_GADGET

public:
    enum class Kind { Create, Update, Unchanged, Delete };
    Q_ENUM(Kind)
    enum class Resource { BorderFlags, Trunk, PhoneNumber, Application, Dnid, CarrierTrunk };
    Q_ENUM(Resource)

    ApiError::System system = ApiError::System::Vapi;
    Kind kind = Kind::Unchanged;
    Resource resource = Resource::Trunk;
    QString key; // what it is about: the number, the trunk name, the application name
    QString existingId; // the resource's id when it exists
    QString summary; // one line for people: "Create trunk \"Cloudonix acme\" with 3 gateways"
    QString before; // compact text of what is there now (Update, Delete)
    QString after; // compact text of what there will be (Create, Update)
    bool teardown = false; // part of a teardown (a settings update then restores the earlier values)

    // The request payloads, by resource.
    CloudonixBorderSettings border;
    CloudonixBorderSettings borderBefore;
    VapiCredential trunk;
    VapiCredential trunkBefore; // Update: what a failed run puts back
    VapiPhoneNumber number; // Create
    VapiPhoneNumberPatch numberPatch; // Update
    CloudonixApplication application;
    CloudonixDnid dnid;
    CloudonixTrunk carrier; // a Cloudonix outbound trunk to a carrier
    CloudonixTrunk carrierBefore; // Update: what a failed run puts back

    bool isWrite() const { return kind != Kind::Unchanged; }
    // About this resource: a domain has one trunk and one set of border flags, whatever the key.
    bool concerns(Resource r, const QString &k) const
    {
        return resource == r && (key == k || r == Resource::Trunk || r == Resource::BorderFlags);
    }
    QJsonObject toJson() const;
    static QString kindName(Kind kind);
    static QString resourceName(Resource resource);
};

} // namespace tw
