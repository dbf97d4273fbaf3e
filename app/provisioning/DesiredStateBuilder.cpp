#include "provisioning/DesiredStateBuilder.h"

#include "domain/PhoneNumberValidator.h"

namespace tw {

namespace {
DesiredState storedIntent(const DomainRecord &record)
{
    QList<FieldError> ignored; // the stored intent was validated when it was applied
    return record.intent.isEmpty() ? DesiredState() : DesiredState::fromJson(record.intent, &ignored);
}
} // namespace

DesiredState DesiredStateBuilder::withTrunk(const DomainRecord &record, const QString &vapiRegion, const QString &name,
                                            const std::optional<QStringList> &inboundGateways)
{
    DesiredState desired = storedIntent(record);
    desired.domain = record.domain;
    desired.vapiRegion = vapiRegion;
    desired.trunk.name = name;
    if (inboundGateways)
        desired.trunk.inboundGateways = inboundGateways;
    desired.inboundOptional = true;
    if (record.intent.isEmpty()) { // only the trunk (and the domain settings it needs)
        desired.manageNumbers = false;
        for (const NumberRecord &n : record.numbers)
            if (n.mode == QLatin1String("trunk"))
                desired.numbers << DesiredNumber {n.number, n.assistantId, DesiredNumber::Mode::Trunk, {}};
    }
    return desired;
}

DesiredState DesiredStateBuilder::withNumbers(const DomainRecord &record, const QString &vapiRegion,
                                              const QList<DesiredNumber> &numbers, const QString &numberRegion)
{
    DesiredState desired = storedIntent(record); // the whole intent, plus these numbers
    if (record.intent.isEmpty()) {
        desired.domain = record.domain;
        desired.vapiRegion = vapiRegion;
        desired.manageTrunk = desired.manageCloudonix = desired.manageNumbers = false;
    }
    for (const DesiredNumber &n : numbers) {
        const auto e164 = PhoneNumberValidator::normalize(n.number, numberRegion);
        bool replaced = false;
        for (DesiredNumber &existing : desired.numbers)
            if (e164.valid && existing.number == e164.e164) {
                existing = n;
                replaced = true;
            }
        if (!replaced)
            desired.numbers << n;
    }
    return desired;
}

QList<DesiredNumber> DesiredStateBuilder::numbersFromCsv(const QByteArray &text, const QString &defaultAssistant,
                                                         DesiredNumber::Mode defaultMode)
{
    QList<DesiredNumber> numbers;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))
            || line.startsWith(QLatin1String("number"), Qt::CaseInsensitive))
            continue;
        const QStringList cells = line.split(QLatin1Char(','));
        const QString assistant = cells.value(1).trimmed();
        const QString mode = cells.value(2).trimmed();
        numbers << DesiredNumber {cells.value(0).trimmed(),
                                  assistant.isEmpty() ? defaultAssistant : assistant,
                                  mode.isEmpty()                         ? defaultMode
                                      : mode == QLatin1String("sip-uri") ? DesiredNumber::Mode::SipUri
                                                                         : DesiredNumber::Mode::Trunk,
                                  {}};
    }
    return numbers;
}

} // namespace tw
