#pragma once

#include "operations/Operation.h"
#include "provisioning/TestCallResult.h"

#include <chrono>

namespace tw {

class VapiClient;

// Places a test call from one of the domain's numbers to a phone, with an assistant, and
// explains how it ended. The assistant goes by id or by a name that matches exactly one; the
// number by its Vapi id or, for a number this tool set up, its E.164 form. Only a number on
// the trunk (byo-phone-number) can call out: a Vapi SIP URI number receives calls only
// (api-contract.md B.5), so it is refused before any call is placed, naming the trunk's numbers.
class TestCallOperation : public Operation
{
    Q_OBJECT

public:
    struct Request
    {
        QString domain;
        QString from; // E.164 or a Vapi phone number id
        QString to; // E.164
        QString assistant; // id or name
        std::chrono::milliseconds wait {60000};
    };

    TestCallOperation(CoreContext *core, const AccountKeys &keys, const Request &request, QObject *parent = nullptr);

signals:
    void callStatusChanged(const QString &status); // queued, ringing, in-progress, ended
    void finished(const tw::TestCallResult &result);

protected:
    void run() override;
    void stop() override;

private:
    struct From
    {
        QString id; // the Vapi phone number id
        QString mode; // "trunk" or "sip-uri" as recorded; empty for an id not in the records
    };
    From resolveFrom() const;
    QString inboundOnly(const QString &number) const; // the refusal, naming the trunk's numbers
    void call(const QString &assistantId, const QString &fromId);
    void done(const TestCallResult &result);

    AccountKeys m_keys;
    Request m_request;
    VapiClient *m_client = nullptr;
    bool m_stopped = false;
};

} // namespace tw
