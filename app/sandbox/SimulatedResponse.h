#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>

namespace tw {

// What a simulator answers; SandboxServer adds latency and faults and writes it.
struct SimulatedResponse
{
    int status = 200;
    QJsonValue json; // written when raw is empty and status is not 204
    QByteArray raw; // a body sent as is (non-JSON answers)
    QList<QPair<QByteArray, QByteArray>> headers;

    static SimulatedResponse ofJson(int status, const QJsonValue &json);
    static SimulatedResponse noContent();
    QByteArray body() const;
};

} // namespace tw
