#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace tw {

// Why a request to Cloudonix or Vapi failed, in a form both a program and an admin can use:
// kind() for decisions, userMessage() for the one plain sentence, details() for support.
// Never holds an API key: paths carry no key and server text is scrubbed before it lands here.
class ApiError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(tw::ApiError)

public:
    enum class System { Cloudonix, Vapi };
    Q_ENUM(System)

    enum class Kind {
        Unauthorized, // 401: the key is wrong or revoked
        Forbidden, // 403: the key may not touch this resource
        NotFound, // 404
        Validation, // 400/422: the server listed what is wrong
        Conflict, // 409
        RateLimited, // 429 still there after the allowed tries
        Server, // 5xx
        Timeout, // no answer in time
        Network, // DNS, refused, dropped connection, proxy
        Tls, // certificate or handshake failure; never ignored
        BadResponse, // an answer we cannot read (bad JSON, unexpected shape, redirect)
        Cancelled, // the admin or the program stopped it
        InvalidUrl, // base URL refused before sending (plain http to a remote host)
    };
    Q_ENUM(Kind)

    ApiError() = default;
    ApiError(System system, Kind kind, QString method, QString path);

    System system() const { return m_system; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString method() const { return m_method; }
    QString path() const { return m_path; }
    QString serverMessage() const { return m_serverMessages.join(QStringLiteral("; ")); }
    QStringList serverMessages() const { return m_serverMessages; }
    QString networkDetail() const { return m_networkDetail; }
    int attempts() const { return m_attempts; }

    void setHttpStatus(int status) { m_httpStatus = status; }
    // Tls: the server's certificate was refused (else the server did not speak TLS at all).
    void setCertificateRefused(bool refused) { m_certificateRefused = refused; }
    bool certificateRefused() const { return m_certificateRefused; }
    void setServerMessages(const QStringList &messages) { m_serverMessages = messages; }
    void setNetworkDetail(const QString &detail) { m_networkDetail = detail; }
    void setAttempts(int attempts) { m_attempts = attempts; }

    QString systemName() const;
    // One sentence that names the system and what the admin should do next.
    QString userMessage() const;
    // Several lines for support: system, request, status, server message, tries.
    QString details() const;
    // Errors that may go away on their own (worth a "Try again" button).
    bool isTransient() const;
    // The server says what a create asked for exists already (409, or a 400 that says so).
    bool isAlreadyExists() const;
    // A write that may or may not have taken effect: sent, but its answer never came or could
    // not be read. Only reading the remote side tells.
    bool isOutcomeUnknown() const;

    static Kind kindForStatus(int httpStatus);
    static QString systemName(System system);

private:
    System m_system = System::Cloudonix;
    Kind m_kind = Kind::Network;
    int m_httpStatus = 0;
    bool m_certificateRefused = true;
    QString m_method;
    QString m_path;
    QStringList m_serverMessages;
    QString m_networkDetail;
    int m_attempts = 1;
};

} // namespace tw

Q_DECLARE_METATYPE(tw::ApiError)
