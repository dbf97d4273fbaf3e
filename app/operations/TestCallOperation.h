#pragma once

#include "operations/Operation.h"
#include "provisioning/TestCallResult.h"

#include <chrono>

namespace tw {

// Places a test call from one of the domain's numbers to a phone, with an assistant, and
// explains how it ended. The assistant goes by id or by a name that matches exactly one; the
// number by its Vapi id or, for a number this tool set up, its E.164 form.
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
    QString numberId() const;
    void done(const TestCallResult &result);

    AccountKeys m_keys;
    Request m_request;
    bool m_stopped = false;
};

} // namespace tw
