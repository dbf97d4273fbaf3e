#pragma once

#include <QCoreApplication>

#include "api/ApiError.h"
#include "sip/SipProbeResult.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace tw {

// A SIP probe of a domain's gateways: where the gateways came from and what each address said.
struct ProbeReport
{
    Q_DECLARE_TR_FUNCTIONS(tw::ProbeReport)

public:
    enum class Source { Trunk, InboundHost, Given };

    QString domain;
    Source source = Source::Given;
    QString trunkId; // with Source::Trunk
    QList<SipProbeResult> results;
    std::optional<ApiError> error; // reading the trunk from Vapi failed: nothing was probed
    QString inputError; // the domain is not set up here
    bool cancelled = false;

    bool passed() const; // every address answered below 500
    int failures() const;
    QString message() const; // one summary sentence
    QJsonObject toJson() const; // what the history keeps and --json prints
};

} // namespace tw
