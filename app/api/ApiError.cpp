#include "api/ApiError.h"

#include <QMetaEnum>
#include <QRegularExpression>

namespace tw {

ApiError::ApiError(System system, Kind kind, QString method, QString path)
    : m_system(system)
    , m_kind(kind)
    , m_method(std::move(method))
    , m_path(std::move(path))
{ }

QString ApiError::systemName(System system)
{
    return system == System::Cloudonix ? QStringLiteral("Cloudonix") : QStringLiteral("Vapi");
}

QString ApiError::systemName() const
{
    return systemName(m_system);
}

ApiError::Kind ApiError::kindForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
    case 422:
        return Kind::Validation;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (httpStatus >= 500)
        return Kind::Server;
    return Kind::BadResponse;
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::Timeout:
    case Kind::Network:
        return true;
    default:
        return false;
    }
}

bool ApiError::isAlreadyExists() const
{
    if (m_kind == Kind::Conflict)
        return true;
    // [UNCERTAIN] Vapi documents no duplicate answer (api-contract E.6); seen: 400 with "Number
    // Already Exists. … is already in use" and "Number +1… already exists on credential …".
    // The one place to change when its wording is known.
    static const QRegularExpression exists(QStringLiteral("\\balready (exists|in use)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    return m_kind == Kind::Validation && exists.match(serverMessage()).hasMatch();
}

bool ApiError::isOutcomeUnknown() const
{
    return m_kind == Kind::Timeout || m_kind == Kind::Network || m_kind == Kind::BadResponse;
}

QString ApiError::userMessage() const
{
    const QString sys = systemName();
    const bool cx = m_system == System::Cloudonix;
    switch (m_kind) {
    case Kind::Unauthorized:
        return cx
            ? tr("Cloudonix did not accept the API key; copy a valid key from Cloudonix Cockpit and enter it again.")
            : tr("Vapi did not accept the API key; use the private key from the Vapi dashboard (not the public "
                 "key) and enter it again.");
    case Kind::Forbidden:
        return cx ? tr("Cloudonix refused this request for the key in use; use a key of the customer account that owns "
                       "the domain.")
                  : tr("Vapi refused this request for the key in use; check that the key belongs to the right Vapi "
                       "organisation.");
    case Kind::NotFound:
        return cx ? tr("Cloudonix could not find what was asked for; check the domain name and that it belongs to this "
                       "account.")
                  : tr("Vapi could not find what was asked for; it may have been deleted in the Vapi dashboard, so "
                       "refresh the status.");
    case Kind::Validation:
        return serverMessage().isEmpty()
            ? tr("%1 rejected the request as invalid; check the values and try again.").arg(sys)
            : tr("%1 rejected the request: %2. Correct the value and try again.").arg(sys, serverMessage());
    case Kind::Conflict:
        return tr("%1 reported a conflict with something that already exists; refresh the status and try again.")
            .arg(sys);
    case Kind::RateLimited:
        return tr("%1 is limiting how fast requests may be sent; wait a minute and try again.").arg(sys);
    case Kind::Server:
        return tr("%1 had an internal problem (HTTP %2); try again in a few minutes, and contact %1 support if it "
                  "persists.")
            .arg(sys)
            .arg(m_httpStatus);
    case Kind::Timeout:
        return tr("%1 did not answer in time; check the internet connection and try again.").arg(sys);
    case Kind::Network:
        return tr("Trunk Wizard could not reach %1; check the internet connection, proxy and firewall, then try again.")
            .arg(sys);
    case Kind::Tls:
        if (!m_certificateRefused)
            return tr("Trunk Wizard could not open a secure connection to %1: the server at that address does not "
                      "answer as an HTTPS server. Check the address (an http:// server or a proxy port?). Nothing "
                      "was sent.")
                .arg(sys);
        return tr("The secure connection to %1 failed a certificate check; check the computer's date and any proxy "
                  "that inspects HTTPS. Nothing was sent.")
            .arg(sys);
    case Kind::BadResponse:
        return tr("%1 sent an answer Trunk Wizard could not read; try again, and send the details to support if it "
                  "persists.")
            .arg(sys);
    case Kind::Cancelled:
        return tr("The request to %1 was cancelled.").arg(sys);
    case Kind::InvalidUrl:
        return tr("The %1 address is not a secure https address; use https (plain http is only allowed for this "
                  "computer's own loopback sandbox).")
            .arg(sys);
    }
    return tr("The request to %1 failed.").arg(sys);
}

QString ApiError::details() const
{
    QStringList lines;
    lines << QStringLiteral("System: %1").arg(systemName());
    lines << QStringLiteral("Kind: %1").arg(QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(int(m_kind))));
    if (!m_method.isEmpty())
        lines << QStringLiteral("Request: %1 %2").arg(m_method, m_path);
    if (m_httpStatus > 0)
        lines << QStringLiteral("HTTP status: %1").arg(m_httpStatus);
    if (!m_serverMessages.isEmpty())
        lines << QStringLiteral("Server message: %1").arg(serverMessage());
    if (!m_networkDetail.isEmpty())
        lines << QStringLiteral("Network: %1").arg(m_networkDetail);
    if (m_attempts > 1)
        lines << QStringLiteral("Tries: %1").arg(m_attempts);
    return lines.join(QLatin1Char('\n'));
}

} // namespace tw
