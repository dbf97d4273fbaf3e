#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>

namespace tw {

// What came back for an HttpRequest that succeeded (2xx).
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
};

} // namespace tw
