#pragma once

#include "api/ApiError.h"
#include "api/CloudonixCustomer.h"
#include "api/CloudonixDomain.h"
#include "api/CloudonixTrunk.h"

#include <optional>

namespace tw {

// What verifying a Cloudonix domain and key found: the domain with its aliases, inbound SIP
// host and border settings, and the customer when the key may read it (a domain-scoped key
// may not). error: the key or the domain was refused, or Cloudonix could not be reached.
struct CloudonixAccountCheck
{
    QString domainName;
    CloudonixDomain domain;
    std::optional<CloudonixCustomer> customer;
    QList<CloudonixTrunk> trunks; // the domain's voice trunks (outbound ones reach carriers)
    std::optional<ApiError> error;

    bool ok() const { return !error; }
    bool isDomainScopedKey() const { return ok() && !customer; }
};

} // namespace tw
