#include "operations/ProbeReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tw {

namespace { } // namespace

bool ProbeReport::passed() const
{
    return !error && inputError.isEmpty() && !cancelled && !results.isEmpty() && failures() == 0;
}

int ProbeReport::failures() const
{
    return int(std::count_if(results.cbegin(), results.cend(), [](const SipProbeResult &r) { return !r.passed(); }));
}

QString ProbeReport::message() const
{
    if (!inputError.isEmpty())
        return inputError;
    if (error)
        return error->userMessage();
    if (cancelled)
        return ProbeReport::tr("The SIP check was cancelled.");
    if (results.isEmpty())
        return ProbeReport::tr("The trunk has no gateway to check.");
    const int failed = failures();
    if (failed == 0)
        return results.size() == 1
            ? ProbeReport::tr("Every gateway answers SIP (1 address checked).")
            : ProbeReport::tr("Every gateway answers SIP (%1 addresses checked).").arg(results.size());
    if (failed == results.size())
        return ProbeReport::tr(
            "No gateway passes the SIP check: calls through this trunk cannot work until this is fixed.");
    return ProbeReport::tr("%1 of %2 gateway addresses fail the SIP check: calls through them fail.")
        .arg(failed)
        .arg(results.size());
}

QJsonObject ProbeReport::toJson() const
{
    QJsonArray list;
    for (const SipProbeResult &r : results)
        list.append(r.toJson());
    QJsonObject json {{QStringLiteral("domain"), domain},
                      {QStringLiteral("source"),
                       source == Source::Trunk             ? QStringLiteral("trunk")
                           : source == Source::InboundHost ? QStringLiteral("inbound-host")
                                                           : QStringLiteral("given")},
                      {QStringLiteral("passed"), passed()},
                      {QStringLiteral("message"), message()},
                      {QStringLiteral("results"), list}};
    if (!trunkId.isEmpty())
        json.insert(QStringLiteral("trunkId"), trunkId);
    if (!results.isEmpty())
        json.insert(QStringLiteral("at"), results.last().at.toString(Qt::ISODateWithMs));
    return json;
}

} // namespace tw
