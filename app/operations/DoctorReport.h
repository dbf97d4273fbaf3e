#pragma once

#include "api/ApiError.h"
#include "diagnostics/DoctorFinding.h"
#include "operations/ProbeReport.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace tw {

// What the troubleshooter found for one domain, with the SIP probe it ran on the way.
struct DoctorReport
{
    QString domain;
    QList<DoctorFinding> findings;
    ProbeReport probe;
    std::optional<ApiError> error; // the live state could not be read: nothing was examined
    QString inputError; // the domain is not set up here
    bool cancelled = false;

    bool clean() const { return !error && inputError.isEmpty() && !cancelled && findings.isEmpty(); }
    QString message() const; // one summary sentence
    QJsonObject toJson() const;
};

} // namespace tw
