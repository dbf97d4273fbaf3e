#pragma once

#include "api/ApiResult.h"
#include "provisioning/LiveState.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace tw {

class ApiCall;
class CloudonixClient;
class VapiClient;

// Reads everything the planner and the drift check need from both APIs, in parallel where the
// APIs allow: the domain, its application and DNIDs (paced), and Vapi's trunks, numbers and
// assistants (all pages). Finishes once, with the state or the first error.
class LiveStateReader : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiResult<LiveState> &)>;

    LiveStateReader(CloudonixClient *cloudonix, VapiClient *vapi, QObject *parent = nullptr);

    // applicationName empty: no application or DNIDs are read.
    void read(const QString &domain, const QString &applicationName, Done done);
    // Only the Vapi account's trunks, numbers and assistants (the same for every domain).
    void readVapi(Done done);
    // A Vapi read already made (a refresh of many domains reads the account once): read()
    // takes the trunks, numbers and assistants from it instead of listing them again.
    void setVapiSnapshot(std::shared_ptr<const LiveState> vapi) { m_vapiSnapshot = std::move(vapi); }
    void cancel();

signals:
    void progressChanged(int done, int total);

private:
    void part(ApiCall *call);
    void settle(const std::optional<ApiError> &error);
    void begin(Done done);
    void listVapi();

    CloudonixClient *m_cloudonix;
    VapiClient *m_vapi;
    LiveState m_state;
    std::shared_ptr<const LiveState> m_vapiSnapshot;
    Done m_done;
    QList<QPointer<ApiCall>> m_calls;
    int m_pending = 0;
    int m_total = 0;
    bool m_failed = false;
};

} // namespace tw
