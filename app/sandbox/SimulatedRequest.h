#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace tw {

// A request as a simulator sees it: the API prefix (/vapi, /cloudonix) already removed.
struct SimulatedRequest
{
    QByteArray method;
    QString path; // percent-decoded, e.g. "/customers/self/domains/acme.cloudonix.net"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray bearer() const; // the token after "Bearer ", or empty
};

} // namespace tw
