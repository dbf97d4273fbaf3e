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

TestCallOperation::From TestCallOperation::resolveFrom() const
{
    const QString from = m_request.from.trimmed();
    const bool isId = from.size() == 36 && from.count(QLatin1Char('-')) == 4;
    const auto e164 = PhoneNumberValidator::normalize(from, core()->settings().defaultNumberRegion);
    const AppConfig config = core()->store()->load().config;
    if (const DomainRecord *record = config.findDomain(m_request.domain))
        for (const NumberRecord &n : record->numbers)
            if ((isId && n.vapiId == from) || (!isId && e164.valid && n.number == e164.e164))
                return From {n.vapiId, n.mode};
    return From {isId ? from : QString(), QString()};
}

QString TestCallOperation::inboundOnly(const QString &number) const
{
    QStringList onTrunk;
    const AppConfig config = core()->store()->load().config;
    if (const DomainRecord *record = config.findDomain(m_request.domain))
        for (const NumberRecord &n : record->numbers)
            if (n.mode != QLatin1String("sip-uri"))
                onTrunk << n.number;
    const QString instead = onTrunk.isEmpty()
        ? tr("%1 has no number on the trunk yet: add one, then call from it.").arg(m_request.domain)
        : onTrunk.size() <= 3
        ? tr("Call from a number on the trunk instead: %1.").arg(onTrunk.join(QStringLiteral(", ")))
        : tr("Call from a number on the trunk instead: %1 or one of %2 more.")
              .arg(onTrunk.mid(0, 3).join(QStringLiteral(", ")))
              .arg(onTrunk.size() - 3);
    return tr("%1 is a Vapi SIP URI number, which only receives calls: Vapi cannot call out from it. %2")
        .arg(number, instead);
}

void TestCallOperation::run()
{
    // A SIP URI number as recorded is refused before anything is sent.
    const From from = resolveFrom();
    if (from.mode == QLatin1String("sip-uri")) {
        TestCallResult result;
        result.inputError = inboundOnly(m_request.from.trimmed());
        return done(result);
    }
    if (from.id.isEmpty()) {
        TestCallResult result;
        result.inputError = tr("%1 is not a number of %2 that Trunk Wizard set up; give its Vapi id instead.")
                                .arg(m_request.from, m_request.domain);
        return done(result);
    }
    m_client = vapi(m_keys.vapiKey, m_keys.vapiRegion);
    emit progressChanged(0, 2, tr("Finding the number and the assistant…"));
    // Vapi says what the number is: an id the records do not know may be a SIP URI number too.
    track(m_client->getPhoneNumber(from.id, this, [this, from](const ApiResult<VapiPhoneNumber> &number) {
        if (!number.ok()) {
            TestCallResult result;
            result.error = number.error();
            return done(result);
        }
        if (number.value().provider != VapiPhoneNumber::ByoProvider) {
            TestCallResult result;
            const QString shown = number.value().number.isEmpty()
                ? (number.value().sipUri.isEmpty() ? m_request.from.trimmed() : number.value().sipUri)
                : number.value().number;
            result.inputError = inboundOnly(shown);
            return done(result);
        }
        track(m_client->listAssistants(this, [this, from](const ApiResult<QList<VapiAssistant>> &assistants) {
            TestCallResult result;
            if (!assistants.ok()) {
                result.error = assistants.error();
                return done(result);
            }
            const AssistantResolver::Result assistant
                = AssistantResolver::resolve(m_request.assistant, assistants.value());
            if (!assistant.ok()) {
                result.inputError = assistant.error;
                return done(result);
            }
            call(assistant.id, from.id);
        }));
    }));
}

void TestCallOperation::call(const QString &assistantId, const QString &fromId)
{
    if (m_stopped) {
        TestCallResult result;
        result.error = ApiError(ApiError::System::Vapi, ApiError::Kind::Cancelled, QStringLiteral("POST"),
                                QStringLiteral("/call"));
        return done(result);
    }
    emit progressChanged(1, 2, tr("Calling %1…").arg(m_request.to));
    auto *runner = new TestCallRunner(m_client, this);
    connect(runner, &TestCallRunner::statusChanged, this, &TestCallOperation::callStatusChanged);
    runner->start(VapiCallRequest {assistantId, fromId, m_request.to}, m_request.wait,
                  [this, runner](const TestCallResult &r) {
                      runner->deleteLater();
                      done(r);
                  });
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
