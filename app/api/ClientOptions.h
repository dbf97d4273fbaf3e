#pragma once

#include "api/RetryPolicy.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <chrono>

namespace tw {

// How the clients talk to Cloudonix and Vapi: one per-request timeout, the retry policy and
// Cloudonix's pacing. The defaults are written here and nowhere else; tests shorten them.
struct ClientOptions
{
    std::chrono::milliseconds timeout {20000}; // per try, for the whole transfer
    // The largest answer read (a page of 1,000 Vapi numbers is about 0.5 MB): past it the
    // transfer is stopped at once and the answer is a bad response, whatever the server says.
    qint64 maxResponseBytes = 16 * 1024 * 1024;
    RetryPolicy retry;
    // CA certificates trusted beside the system's (CaBundle: --ca-file, Settings).
    QList<QSslCertificate> extraCaCertificates;
    // Cloudonix allows 10 requests per domain per 10 s and counts on arrival: keep a margin
    // in both count and time.
    int pacingRequests = 8;
    std::chrono::milliseconds pacingWindow {11000};

    // "REQUESTS/MILLISECONDS", e.g. "8/11000" (the pacing override, the sandbox's --rate-limit).
    static bool parseRate(const QString &text, int *requests, std::chrono::milliseconds *window);
};

} // namespace tw
