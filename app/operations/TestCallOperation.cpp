#include "operations/TestCallOperation.h"

#include "api/VapiClient.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "domain/PhoneNumberValidator.h"
#include "provisioning/AssistantResolver.h"
#include "provisioning/TestCallRunner.h"

#include <QJsonObject>

namespace tw {

TestCallOperation::TestCallOperation(CoreContext *core, const AccountKeys &keys, const Request &request,
                                     QObject *parent)
    : Operation(core, parent)
    , m_keys(keys)
    , m_request(request)
{ }

QString TestCallOperation::numberId() const
{
    const QString from = m_request.from.trimmed();
    if (from.size() == 36 && from.count(QLatin1Char('-')) == 4)
        return from; // a Vapi id
    const auto e164 = PhoneNumberValidator::normalize(from, core()->settings().defaultNumberRegion);
    const AppConfig config = core()->store()->load().config;
    if (const DomainRecord *record = config.findDomain(m_request.domain))
        for (const NumberRecord &n : record->numbers)
            if (e164.valid && n.number == e164.e164)
                return n.vapiId;
    return {};
}

void TestCallOperation::run()
{
    VapiClient *client = vapi(m_keys.vapiKey, m_keys.vapiRegion);
    emit progressChanged(0, 2, tr("Finding the assistant…"));
    track(client->listAssistants(this, [this, client](const ApiResult<QList<VapiAssistant>> &assistants) {
        TestCallResult result;
        if (!assistants.ok()) {
            result.error = assistants.error();
            return done(result);
        }
        const AssistantResolver::Result assistant = AssistantResolver::resolve(m_request.assistant, assistants.value());
        if (!assistant.ok()) {
            result.inputError = assistant.error;
            return done(result);
        }
        const QString from = numberId();
        if (from.isEmpty()) {
            result.inputError = tr("%1 is not a number of %2 that Trunk Wizard set up; give its Vapi id instead.")
                                    .arg(m_request.from, m_request.domain);
            return done(result);
        }
        if (m_stopped) {
            result.error = ApiError(ApiError::System::Vapi, ApiError::Kind::Cancelled, QStringLiteral("POST"),
                                    QStringLiteral("/call"));
            return done(result);
        }
        emit progressChanged(1, 2, tr("Calling %1…").arg(m_request.to));
        auto *runner = new TestCallRunner(client, this);
        connect(runner, &TestCallRunner::statusChanged, this, &TestCallOperation::callStatusChanged);
        runner->start(VapiCallRequest {assistant.id, from, m_request.to}, m_request.wait,
                      [this, runner](const TestCallResult &r) {
                          runner->deleteLater();
                          done(r);
                      });
    }));
}

void TestCallOperation::stop()
{
    // A call once placed is left to end by itself: hanging up is not this tool's to decide.
    m_stopped = true;
}

void TestCallOperation::done(const TestCallResult &result)
{
    // A call that was placed is history the dashboard and the reports show.
    if (result.inputError.isEmpty() && !result.call.id.isEmpty() && !m_request.domain.isEmpty()) {
        QJsonObject entry = result.toJson();
        entry.insert(QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        entry.insert(QStringLiteral("from"), m_request.from);
        entry.insert(QStringLiteral("to"), m_request.to);
        entry.insert(QStringLiteral("assistant"), m_request.assistant);
        core()->store()->recordTestCall(m_request.domain, entry); // best effort: the call itself is done
    }
    emit progressChanged(2, 2, QString());
    emit finished(result);
    complete();
}

} // namespace tw
