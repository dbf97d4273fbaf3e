#include "sandbox/VapiSimulator.h"

#include "domain/GatewayAddress.h"
#include "domain/PhoneNumberValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <vector>

namespace tw {

namespace {

const QLatin1String kId("id");
const QLatin1String kProvider("provider");
const QLatin1String kCreatedAt("createdAt");

SimulatedResponse error(int status, const QJsonValue &message)
{
    static const QHash<int, QString> phrases {{400, QStringLiteral("Bad Request")},
                                              {401, QStringLiteral("Unauthorized")},
                                              {404, QStringLiteral("Not Found")}};
    return SimulatedResponse::ofJson(status,
                                     QJsonObject {{QStringLiteral("message"), message},
                                                  {QStringLiteral("error"), phrases.value(status)},
                                                  {QStringLiteral("statusCode"), status}});
}

SimulatedResponse badRequest(const QStringList &messages)
{
    return error(400, QJsonArray::fromStringList(messages));
}

bool isUuid(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(s).hasMatch();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// class-validator's whitelist check, with NestJS's wording.
void unknownProperties(const QJsonObject &o, const QStringList &allowed, const QString &prefix, QStringList *messages)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            *messages << prefix + QStringLiteral("property %1 should not exist").arg(it.key());
}

void checkBool(const QJsonObject &o, const QString &key, const QString &prefix, QStringList *messages)
{
    if (o.contains(key) && !o.value(key).isBool())
        *messages << prefix + key + QStringLiteral(" must be a boolean value");
}

void checkString(const QJsonObject &o, const QString &key, int min, int max, const QString &prefix,
                 QStringList *messages)
{
    if (!o.contains(key))
        return;
    if (!o.value(key).isString()) {
        *messages << prefix + key + QStringLiteral(" must be a string");
        return;
    }
    const qsizetype n = o.value(key).toString().size();
    if (n > max)
        *messages << prefix + key + QStringLiteral(" must be shorter than or equal to %1 characters").arg(max);
    if (n < min)
        *messages << prefix + key + QStringLiteral(" must be longer than or equal to %1 characters").arg(min);
}

void checkRange(const QJsonObject &o, const QString &key, int min, int max, const QString &prefix,
                QStringList *messages)
{
    if (!o.contains(key))
        return;
    const QJsonValue v = o.value(key);
    if (!v.isDouble()) {
        *messages << prefix + key + QStringLiteral(" must be a number conforming to the specified constraints");
        return;
    }
    if (v.toDouble() < min)
        *messages << prefix + key + QStringLiteral(" must not be less than %1").arg(min);
    if (v.toDouble() > max)
        *messages << prefix + key + QStringLiteral(" must not be greater than %1").arg(max);
}

// The listing filters every Vapi list takes.
// The list's date filters (createdAtGt, updatedAtLe, …), read once per request.
struct DateBound
{
    QLatin1String field;
    QLatin1String op;
    QString value; // ISO 8601 UTC with milliseconds, compared as text like the stored stamps
};

QList<DateBound> dateBounds(const QUrlQuery &q)
{
    QList<DateBound> bounds;
    for (const char *field : {"createdAt", "updatedAt"})
        for (const char *op : {"Gt", "Lt", "Ge", "Le"}) {
            const QString bound = q.queryItemValue(QLatin1String(field) + QLatin1String(op));
            if (!bound.isEmpty())
                bounds << DateBound {
                    QLatin1String(field), QLatin1String(op),
                    QDateTime::fromString(bound, Qt::ISODateWithMs).toUTC().toString(Qt::ISODateWithMs)};
        }
    return bounds;
}

bool passes(const QJsonObject &o, const QList<DateBound> &bounds)
{
    for (const DateBound &b : bounds) {
        const QString value = o.value(b.field).toString();
        if ((b.op == QLatin1String("Gt") && !(value > b.value)) || (b.op == QLatin1String("Lt") && !(value < b.value))
            || (b.op == QLatin1String("Ge") && !(value >= b.value))
            || (b.op == QLatin1String("Le") && !(value <= b.value)))
            return false;
    }
    return true;
}

const QStringList CredentialFields {QStringLiteral("provider"),
                                    QStringLiteral("name"),
                                    QStringLiteral("gateways"),
                                    QStringLiteral("outboundAuthenticationPlan"),
                                    QStringLiteral("outboundLeadingPlusEnabled"),
                                    QStringLiteral("techPrefix"),
                                    QStringLiteral("sipDiversionHeader")};
const QStringList GatewayFields {QStringLiteral("ip"),
                                 QStringLiteral("port"),
                                 QStringLiteral("netmask"),
                                 QStringLiteral("inboundEnabled"),
                                 QStringLiteral("outboundEnabled"),
                                 QStringLiteral("outboundProtocol"),
                                 QStringLiteral("optionsPingEnabled")};
const QStringList ByoNumberFields {QStringLiteral("provider"),     QStringLiteral("number"),
                                   QStringLiteral("credentialId"), QStringLiteral("numberE164CheckEnabled"),
                                   QStringLiteral("name"),         QStringLiteral("assistantId"),
                                   QStringLiteral("squadId"),      QStringLiteral("workflowId"),
                                   QStringLiteral("server"),       QStringLiteral("fallbackDestination"),
                                   QStringLiteral("hooks")};
const QStringList VapiNumberFields {QStringLiteral("provider"),       QStringLiteral("sipUri"),
                                    QStringLiteral("assistantId"),    QStringLiteral("name"),
                                    QStringLiteral("authentication"), QStringLiteral("numberDesiredAreaCode"),
                                    QStringLiteral("squadId"),        QStringLiteral("workflowId"),
                                    QStringLiteral("server"),         QStringLiteral("fallbackDestination"),
                                    QStringLiteral("hooks")};
const QStringList CallFields {
    QStringLiteral("assistantId"), QStringLiteral("assistant"),  QStringLiteral("phoneNumberId"),
    QStringLiteral("phoneNumber"), QStringLiteral("customer"),   QStringLiteral("name"),
    QStringLiteral("squadId"),     QStringLiteral("workflowId"), QStringLiteral("metadata")};

} // namespace

VapiSimulator::VapiSimulator(const QJsonObject &scenario)
{
    m_clock.start();
    m_orgId = scenario.value(QLatin1String("orgId")).toString(newId());
    for (const QJsonValue &k : scenario.value(QLatin1String("apiKeys")).toArray())
        m_keys << k.toString();
    m_legacyGateways = scenario.value(QLatin1String("legacyGateways")).toBool(false);
    m_rejectDuplicateNumbers = scenario.value(QLatin1String("duplicateNumbers")).toString() != QLatin1String("allow");
    m_callStepMs = scenario.value(QLatin1String("callStepMs")).toInt(300);

    auto seed = [this](Resources &into, const QJsonValue &list) {
        for (const QJsonValue &v : list.toArray()) {
            QJsonObject o = v.toObject();
            if (!o.contains(kId))
                o.insert(kId, newId());
            o.insert(QStringLiteral("orgId"), m_orgId);
            into.insert(o.value(kId).toString(), stamped(o, true));
        }
    };
    seed(m_assistants, scenario.value(QLatin1String("assistants")));
    seed(m_credentials, scenario.value(QLatin1String("credentials")));
    Resources numbers;
    seed(numbers, scenario.value(QLatin1String("phoneNumbers")));
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it)
        storeNumber(it.key(), it.value());

    // Bulk data to exercise paging past Vapi's default page of 100.
    const QJsonObject generate = scenario.value(QLatin1String("generate")).toObject();
    for (int i = 0; i < generate.value(QLatin1String("assistants")).toInt(); ++i) {
        const QString id = newId();
        m_assistants.insert(
            id,
            stamped(QJsonObject {{kId, id},
                                 {QStringLiteral("orgId"), m_orgId},
                                 {QStringLiteral("name"), QStringLiteral("Generated assistant %1").arg(i + 1)}},
                    true));
    }
    for (int i = 0; i < generate.value(QLatin1String("phoneNumbers")).toInt(); ++i) {
        const QString id = newId();
        storeNumber(
            id,
            stamped(QJsonObject {{kId, id},
                                 {QStringLiteral("orgId"), m_orgId},
                                 {kProvider, QStringLiteral("vapi")},
                                 {QStringLiteral("status"), QStringLiteral("active")},
                                 {QStringLiteral("sipUri"), QStringLiteral("sip:generated-%1@sip.vapi.ai").arg(i + 1)}},
                    true));
    }
}

QString VapiSimulator::nextStamp()
{
    // Strictly increasing, so createdAt orders every item and paging on it is exact.
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_lastStamp.isValid() && now <= m_lastStamp)
        now = m_lastStamp.addMSecs(1);
    m_lastStamp = now;
    return now.toString(Qt::ISODateWithMs);
}

QJsonObject VapiSimulator::stamped(QJsonObject object, bool created)
{
    const QString stamp = nextStamp();
    if (created && !object.contains(kCreatedAt))
        object.insert(kCreatedAt, stamp);
    object.insert(QStringLiteral("updatedAt"), stamp);
    return object;
}

QString VapiSimulator::edit(const QString &list, const QString &id, const QJsonObject &set, bool remove)
{
    Resources *items = list == QLatin1String("credentials") ? &m_credentials
        : list == QLatin1String("phoneNumbers")             ? &m_numbers
        : list == QLatin1String("assistants")               ? &m_assistants
                                                            : nullptr;
    if (!items)
        return QStringLiteral("\"vapi\" is one of credentials, phoneNumbers, assistants.");
    if (!items->contains(id))
        return QStringLiteral("No %1 has the id %2.").arg(list, id);
    QJsonObject o = items->value(id);
    for (auto it = set.constBegin(); it != set.constEnd(); ++it) {
        if (it.value().isNull())
            o.remove(it.key());
        else if (it.key() != kId)
            o.insert(it.key(), it.value());
    }
    if (items == &m_numbers)
        storeNumber(id, remove ? QJsonObject() : stamped(o, false));
    else if (remove)
        items->remove(id);
    else
        items->insert(id, stamped(o, false));
    return {};
}

QJsonObject VapiSimulator::state() const
{
    auto array = [](const Resources &r) {
        QJsonArray a;
        for (const QJsonObject &o : r)
            a.append(o);
        return a;
    };
    QJsonArray calls;
    for (const QJsonObject &c : m_calls)
        calls.append(callNow(c));
    return QJsonObject {{QStringLiteral("orgId"), m_orgId},
                        {QStringLiteral("credentials"), array(m_credentials)},
                        {QStringLiteral("phoneNumbers"), array(m_numbers)},
                        {QStringLiteral("assistants"), array(m_assistants)},
                        {QStringLiteral("calls"), calls}};
}

SimulatedResponse VapiSimulator::handle(const SimulatedRequest &r)
{
    const QByteArray key = r.bearer();
    if (key.isEmpty() || !m_keys.contains(QString::fromUtf8(key)))
        return error(401,
                     QStringLiteral("Invalid Key. Hot tip, you may be using the private key instead of the public "
                                    "key, or vice versa."));

    const QStringList parts = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() > 3)
        return error(404, QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(r.method), r.path));
    const QString id = parts.size() >= 2 ? parts.at(1) : QString();
    if (parts.size() >= 2 && parts.first() != QLatin1String("v2") && !isUuid(id)
        && !(parts.first() == QLatin1String("call") && id == QLatin1String("phone")))
        return error(400, QStringLiteral("Validation failed (uuid is expected)"));

    const QString resource = parts.first();
    if (resource == QLatin1String("credential") && parts.size() <= 2)
        return credentials(r, id);
    if (resource == QLatin1String("phone-number") && parts.size() <= 2)
        return phoneNumbers(r, id);
    if (resource == QLatin1String("v2") && parts.size() == 2 && parts.at(1) == QLatin1String("phone-number")
        && r.method == "GET")
        return phoneNumbersV2(r);
    if (resource == QLatin1String("assistant") && parts.size() <= 2)
        return assistants(r, id);
    if (resource == QLatin1String("call") && parts.size() <= 2)
        return calls(r, id == QLatin1String("phone") ? QString() : id);
    return error(404, QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(r.method), r.path));
}

SimulatedResponse VapiSimulator::list(const Resources &items, const SimulatedRequest &r,
                                      const QMap<QString, QString> *byCreated) const
{
    int limit = 100;
    if (r.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = r.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return badRequest({QStringLiteral("limit must not be less than 0")});
        if (limit > 1000)
            return badRequest({QStringLiteral("limit must not be greater than 1000")});
    }
    const QList<DateBound> bounds = dateBounds(r.query);
    // Paging back in time (no bound, or createdAtLt or createdAtLe alone): read off the index,
    // newest first. Keys are "createdAt|id": "<stamp>}" sorts after every key of that stamp.
    const bool back = bounds.size() == 1 && bounds.first().field == QLatin1String("createdAt")
        && (bounds.first().op == QLatin1String("Lt") || bounds.first().op == QLatin1String("Le"));
    if (byCreated && (bounds.isEmpty() || back)) {
        auto it = bounds.isEmpty()
            ? byCreated->cend()
            : byCreated->lowerBound(bounds.first().op == QLatin1String("Le") ? bounds.first().value + QLatin1Char('}')
                                                                             : bounds.first().value);
        QJsonArray out;
        while (it != byCreated->cbegin() && out.size() < limit)
            out.append(items.value(*--it));
        return SimulatedResponse::ofJson(200, out);
    }
    // Else newest first, one page: only the page is sorted.
    std::vector<std::pair<QString, const QJsonObject *>> matching;
    matching.reserve(size_t(items.size()));
    for (const QJsonObject &o : items)
        if (passes(o, bounds))
            matching.emplace_back(o.value(kCreatedAt).toString(), &o);
    const auto newest = [](const auto &a, const auto &b) { return a.first > b.first; };
    const auto page = matching.begin() + std::min<qsizetype>(limit, qsizetype(matching.size()));
    std::partial_sort(matching.begin(), page, matching.end(), newest);
    QJsonArray out;
    for (auto it = matching.begin(); it != page; ++it)
        out.append(*it->second);
    return SimulatedResponse::ofJson(200, out);
}

QStringList VapiSimulator::validateCredential(const QJsonObject &body, bool create) const
{
    QStringList messages;
    unknownProperties(body, CredentialFields, QString(), &messages);
    if (create || body.contains(kProvider)) {
        if (body.value(kProvider).toString() != QLatin1String("byo-sip-trunk"))
            messages << QStringLiteral("provider must be one of the following values: byo-sip-trunk (the sandbox "
                                       "simulates SIP trunk credentials only)");
    }
    checkString(body, QStringLiteral("name"), 1, 40, QString(), &messages);
    checkBool(body, QStringLiteral("outboundLeadingPlusEnabled"), QString(), &messages);
    checkString(body, QStringLiteral("techPrefix"), 0, 10000, QString(), &messages);
    checkString(body, QStringLiteral("sipDiversionHeader"), 0, 10000, QString(), &messages);
    if (create && !body.contains(QStringLiteral("gateways")))
        messages << QStringLiteral("gateways must be an array");
    if (body.contains(QStringLiteral("gateways"))) {
        const QJsonValue gateways = body.value(QStringLiteral("gateways"));
        if (!gateways.isArray()) {
            messages << QStringLiteral("gateways must be an array");
        } else {
            const QJsonArray list = gateways.toArray();
            if (list.isEmpty())
                messages << QStringLiteral("gateways must contain at least 1 elements");
            for (int i = 0; i < list.size(); ++i) {
                const QString prefix = QStringLiteral("gateways.%1.").arg(i);
                const QJsonObject g = list.at(i).toObject();
                unknownProperties(g, GatewayFields, prefix, &messages);
                if (!g.value(QStringLiteral("ip")).isString())
                    messages << prefix + QStringLiteral("ip must be a string");
                checkRange(g, QStringLiteral("port"), 1, 65535, prefix, &messages);
                checkRange(g, QStringLiteral("netmask"), 24, 32, prefix, &messages);
                for (const char *flag : {"inboundEnabled", "outboundEnabled", "optionsPingEnabled"})
                    checkBool(g, QLatin1String(flag), prefix, &messages);
                if (g.contains(QStringLiteral("outboundProtocol"))
                    && !QStringList {QStringLiteral("udp"), QStringLiteral("tcp"), QStringLiteral("tls"),
                                     QStringLiteral("tls/srtp")}
                            .contains(g.value(QStringLiteral("outboundProtocol")).toString()))
                    messages << prefix
                            + QStringLiteral(
                                    "outboundProtocol must be one of the following values: udp, tcp, tls, tls/srtp");
            }
        }
    }
    return messages;
}

SimulatedResponse VapiSimulator::credentials(const SimulatedRequest &r, const QString &id)
{
    if (id.isEmpty() && r.method == "GET")
        return list(m_credentials, r);
    if (!id.isEmpty() && !m_credentials.contains(id))
        return error(404, QStringLiteral("Credential not found"));

    auto gatewayRejected = [this](const QJsonObject &body) {
        // Vapi's SBC matches inbound traffic on numeric IPv4 networks only.
        if (m_legacyGateways)
            return false;
        for (const QJsonValue &g : body.value(QStringLiteral("gateways")).toArray()) {
            const QJsonObject o = g.toObject();
            if (!GatewayAddress::isIpv4(o.value(QStringLiteral("ip")).toString())
                && o.value(QStringLiteral("inboundEnabled")).toBool(true))
                return true;
        }
        return false;
    };
    auto publicView = [](QJsonObject o) {
        QJsonObject plan = o.value(QStringLiteral("outboundAuthenticationPlan")).toObject();
        if (!plan.isEmpty()) {
            plan.remove(QStringLiteral("authPassword")); // write-only
            o.insert(QStringLiteral("outboundAuthenticationPlan"), plan);
        }
        return o;
    };

    if (id.isEmpty() && r.method == "POST") {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (!doc.isObject())
            return badRequest({QStringLiteral("provider must be one of the following values: byo-sip-trunk")});
        const QJsonObject body = doc.object();
        const QStringList messages = validateCredential(body, true);
        if (!messages.isEmpty())
            return badRequest(messages);
        if (gatewayRejected(body))
            return error(400, QStringLiteral("Couldn't validate SIP trunk credential. SIP gateway creation failed."));
        QJsonObject created = body; // gateways are echoed as sent: no defaults filled in
        const QString newCredentialId = newId();
        created.insert(kId, newCredentialId);
        created.insert(QStringLiteral("orgId"), m_orgId);
        created = stamped(created, true);
        m_credentials.insert(newCredentialId, created);
        return SimulatedResponse::ofJson(201, publicView(created));
    }
    if (r.method == "GET")
        return SimulatedResponse::ofJson(200, publicView(m_credentials.value(id)));
    if (r.method == "PATCH" || r.method == "PUT") {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        const QJsonObject body = doc.object();
        const QStringList messages = validateCredential(body, false);
        if (!doc.isObject() || !messages.isEmpty())
            return badRequest(messages.isEmpty() ? QStringList {QStringLiteral("body must be an object")} : messages);
        QJsonObject updated = m_credentials.value(id);
        if (updated.value(kProvider).toString() != QLatin1String("byo-sip-trunk"))
            return badRequest({QStringLiteral("the sandbox only updates byo-sip-trunk credentials")});
        for (auto it = body.begin(); it != body.end(); ++it)
            updated.insert(it.key(), it.value()); // top-level replace: gateways is the whole list
        if (body.contains(QStringLiteral("gateways")) && gatewayRejected(updated))
            return error(400, QStringLiteral("Couldn't validate SIP trunk credential. SIP gateway creation failed."));
        updated = stamped(updated, false);
        m_credentials.insert(id, updated);
        return SimulatedResponse::ofJson(200, publicView(updated));
    }
    if (r.method == "DELETE")
        return SimulatedResponse::ofJson(200, publicView(m_credentials.take(id)));
    return error(404, QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(r.method), r.path));
}

void VapiSimulator::storeNumber(const QString &id, const QJsonObject &number)
{
    // The number index (E.164 and SIP URI, lower case) answers "is it in use?" without a scan.
    auto keysOf = [](const QJsonObject &o) {
        QStringList keys;
        for (const char *field : {"number", "sipUri"})
            if (const QString key = o.value(QLatin1String(field)).toString().toLower(); !key.isEmpty())
                keys << key;
        return keys;
    };
    for (const QString &key : keysOf(m_numbers.value(id)))
        m_numberIndex[key].removeAll(id);
    for (const QString &key : keysOf(number))
        m_numberIndex[key] << id;
    if (const auto old = m_numbers.constFind(id); old != m_numbers.cend())
        m_numbersByCreated.remove(old->value(kCreatedAt).toString() + QLatin1Char('|') + id);
    if (number.isEmpty()) {
        m_numbers.remove(id);
    } else {
        m_numbers.insert(id, number);
        m_numbersByCreated.insert(number.value(kCreatedAt).toString() + QLatin1Char('|') + id, id);
    }
}

QStringList VapiSimulator::validatePhoneNumber(const QJsonObject &body, bool create, const QString &selfId) const
{
    QStringList messages;
    const QString provider
        = create ? body.value(kProvider).toString() : m_numbers.value(selfId).value(kProvider).toString();
    if (create && provider != QLatin1String("byo-phone-number") && provider != QLatin1String("vapi")) {
        messages << QStringLiteral("provider must be one of the following values: byo-phone-number, vapi (the "
                                   "sandbox simulates these two)");
        return messages;
    }
    if (!create && body.contains(kProvider) && body.value(kProvider).toString() != provider)
        messages << QStringLiteral("provider cannot be changed");
    const bool byo = provider == QLatin1String("byo-phone-number");
    unknownProperties(body, byo ? ByoNumberFields : VapiNumberFields, QString(), &messages);
    checkString(body, QStringLiteral("name"), 0, 40, QString(), &messages);
    checkBool(body, QStringLiteral("numberE164CheckEnabled"), QString(), &messages);
    if (body.contains(QStringLiteral("assistantId")) && !body.value(QStringLiteral("assistantId")).isNull()
        && !body.value(QStringLiteral("assistantId")).isString())
        messages << QStringLiteral("assistantId must be a string");

    QString number;
    if (byo) {
        if (create || body.contains(QStringLiteral("credentialId"))) {
            const QString credentialId = body.value(QStringLiteral("credentialId")).toString();
            if (credentialId.isEmpty())
                messages << QStringLiteral("credentialId must be a string");
            else if (m_credentials.value(credentialId).value(kProvider).toString() != QLatin1String("byo-sip-trunk"))
                messages << QStringLiteral("credentialId must reference an existing byo-sip-trunk credential");
        }
        if (create || body.contains(QStringLiteral("number"))) {
            checkString(body, QStringLiteral("number"), 3, 40, QString(), &messages);
            number = body.value(QStringLiteral("number")).toString();
            const bool e164Check = body.contains(QStringLiteral("numberE164CheckEnabled"))
                ? body.value(QStringLiteral("numberE164CheckEnabled")).toBool(true)
                : m_numbers.value(selfId).value(QStringLiteral("numberE164CheckEnabled")).toBool(true);
            static const QRegularExpression loose(QStringLiteral("^\\+?[a-zA-Z0-9]+$"));
            if (e164Check) {
                const auto check = PhoneNumberValidator::normalize(number);
                if (!number.startsWith(QLatin1Char('+')) || !check.valid || check.e164 != number)
                    messages << QStringLiteral("number must be a valid phone number in the E.164 format");
            } else if (!loose.match(number).hasMatch()) {
                messages << QStringLiteral("number must match /^\\+?[a-zA-Z0-9]+$/ regular expression");
            }
        }
    } else if (create || body.contains(QStringLiteral("sipUri"))) {
        static const QRegularExpression sip(QStringLiteral("^sip:[^@\\s]+@sip(\\.eu)?\\.vapi\\.ai$"),
                                            QRegularExpression::CaseInsensitiveOption);
        number = body.value(QStringLiteral("sipUri")).toString();
        if (!sip.match(number).hasMatch())
            messages << QStringLiteral("sipUri must be a SIP URI on sip.vapi.ai or sip.eu.vapi.ai");
    }
    if (m_rejectDuplicateNumbers && !number.isEmpty()) {
        for (const QString &other : m_numberIndex.value(number.toLower()))
            if (other != selfId)
                messages
                    << QStringLiteral("Number Already Exists. %1 is already in use in this organization.").arg(number);
    }
    return messages;
}

SimulatedResponse VapiSimulator::phoneNumbers(const SimulatedRequest &r, const QString &id)
{
    if (id.isEmpty() && r.method == "GET")
        return list(m_numbers, r, &m_numbersByCreated);
    if (!id.isEmpty() && !m_numbers.contains(id))
        return error(404, QStringLiteral("Phone number not found"));
    if (id.isEmpty() && r.method == "POST") {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (!doc.isObject())
            return badRequest({QStringLiteral("provider must be one of the following values: byo-phone-number, vapi")});
        const QJsonObject body = doc.object();
        const QStringList messages = validatePhoneNumber(body, true, QString());
        if (!messages.isEmpty())
            return badRequest(messages);
        QJsonObject created = body;
        const QString newNumberId = newId();
        created.insert(kId, newNumberId);
        created.insert(QStringLiteral("orgId"), m_orgId);
        created.insert(QStringLiteral("status"), QStringLiteral("active"));
        created = stamped(created, true);
        storeNumber(newNumberId, created);
        return SimulatedResponse::ofJson(201, created);
    }
    if (r.method == "GET")
        return SimulatedResponse::ofJson(200, m_numbers.value(id));
    if (r.method == "PATCH") {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        const QJsonObject body = doc.object();
        const QStringList messages = validatePhoneNumber(body, false, id);
        if (!doc.isObject() || !messages.isEmpty())
            return badRequest(messages.isEmpty() ? QStringList {QStringLiteral("body must be an object")} : messages);
        QJsonObject updated = m_numbers.value(id);
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.value().isNull())
                updated.remove(it.key()); // {"assistantId": null} detaches
            else
                updated.insert(it.key(), it.value());
        }
        updated = stamped(updated, false);
        storeNumber(id, updated);
        return SimulatedResponse::ofJson(200, updated);
    }
    if (r.method == "DELETE") {
        const QJsonObject removed = m_numbers.value(id);
        storeNumber(id, {});
        return SimulatedResponse::ofJson(200, removed);
    }
    return error(404, QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(r.method), r.path));
}

SimulatedResponse VapiSimulator::phoneNumbersV2(const SimulatedRequest &r)
{
    const int page = std::max(1, r.query.queryItemValue(QStringLiteral("page")).toInt());
    int limit
        = r.query.hasQueryItem(QStringLiteral("limit")) ? r.query.queryItemValue(QStringLiteral("limit")).toInt() : 100;
    if (limit > 1000)
        return badRequest({QStringLiteral("limit must not be greater than 1000")});
    limit = std::max(1, limit);
    QList<QJsonObject> all;
    const QList<DateBound> bounds = dateBounds(r.query);
    for (const QJsonObject &o : std::as_const(m_numbers))
        if (passes(o, bounds))
            all << o;
    const bool ascending = r.query.queryItemValue(QStringLiteral("sortOrder")) == QLatin1String("ASC");
    std::sort(all.begin(), all.end(), [ascending](const QJsonObject &a, const QJsonObject &b) {
        return ascending ? a.value(kCreatedAt).toString() < b.value(kCreatedAt).toString()
                         : a.value(kCreatedAt).toString() > b.value(kCreatedAt).toString();
    });
    QJsonArray results;
    for (qsizetype i = qsizetype(page - 1) * limit; i < all.size() && results.size() < limit; ++i)
        results.append(all.at(i));
    const int totalPages = int((all.size() + limit - 1) / limit);
    return SimulatedResponse::ofJson(200,
                                     QJsonObject {{QStringLiteral("results"), results},
                                                  {QStringLiteral("metadata"),
                                                   QJsonObject {{QStringLiteral("itemsPerPage"), limit},
                                                                {QStringLiteral("totalItems"), int(all.size())},
                                                                {QStringLiteral("currentPage"), page},
                                                                {QStringLiteral("totalPages"), totalPages}}}});
}

SimulatedResponse VapiSimulator::assistants(const SimulatedRequest &r, const QString &id)
{
    if (r.method != "GET")
        return error(404, QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(r.method), r.path));
    if (id.isEmpty())
        return list(m_assistants, r);
    if (!m_assistants.contains(id))
        return error(404, QStringLiteral("Assistant not found"));
    return SimulatedResponse::ofJson(200, m_assistants.value(id));
}

QJsonObject VapiSimulator::callNow(const QJsonObject &call) const
{
    // The call's progress is a function of time since it was created, scripted by the number
    // dialled (README, "Sandbox"): ...0403 is refused with SIP 403, ...0408 is never answered.
    QJsonObject c = call;
    const qint64 age = m_clock.elapsed() - m_callStarted.value(call.value(kId).toString());
    const QString number = call.value(QStringLiteral("customer")).toObject().value(QStringLiteral("number")).toString();
    struct Script
    {
        int ringAt, answerAt, endAt;
        const char *reason;
    };
    const int s = m_callStepMs;
    Script script {s, 2 * s, 5 * s, "customer-ended-call"};
    if (number.endsWith(QLatin1String("0403")))
        script = {s, -1, 2 * s, "call.in-progress.error-providerfault-outbound-sip-403-forbidden"};
    else if (number.endsWith(QLatin1String("0407")))
        script = {s, -1, 2 * s, "call.in-progress.error-providerfault-outbound-sip-407-proxy-authentication-required"};
    else if (number.endsWith(QLatin1String("0408")))
        script = {s, -1, 10 * s, "customer-did-not-answer"};
    else if (number.endsWith(QLatin1String("0486")))
        script = {s, -1, 2 * s, "customer-busy"};
    else if (number.endsWith(QLatin1String("0503")))
        script = {s, -1, 2 * s, "call.in-progress.error-providerfault-outbound-sip-503-service-unavailable"};
    else if (number.endsWith(QLatin1String("0480")))
        script = {-1, -1, s, "call.in-progress.error-sip-outbound-call-failed-to-connect"};

    QString status = QStringLiteral("queued");
    if (script.ringAt >= 0 && age >= script.ringAt)
        status = QStringLiteral("ringing");
    if (script.answerAt >= 0 && age >= script.answerAt) {
        status = QStringLiteral("in-progress");
        c.insert(QStringLiteral("startedAt"),
                 QDateTime::fromString(c.value(kCreatedAt).toString(), Qt::ISODateWithMs)
                     .addMSecs(script.answerAt)
                     .toString(Qt::ISODateWithMs));
    }
    if (age >= script.endAt) {
        status = QStringLiteral("ended");
        c.insert(QStringLiteral("endedReason"), QLatin1String(script.reason));
        c.insert(QStringLiteral("endedAt"),
                 QDateTime::fromString(c.value(kCreatedAt).toString(), Qt::ISODateWithMs)
                     .addMSecs(script.endAt)
                     .toString(Qt::ISODateWithMs));
    }
    c.insert(QStringLiteral("status"), status);
    return c;
}

SimulatedResponse VapiSimulator::calls(const SimulatedRequest &r, const QString &id)
{
    if (r.method == "GET" && !id.isEmpty()) {
        if (!m_calls.contains(id))
            return error(404, QStringLiteral("Call not found"));
        return SimulatedResponse::ofJson(200, callNow(m_calls.value(id)));
    }
    if (r.method == "GET")
        return list(m_calls, r);
    if (r.method != "POST" || !id.isEmpty())
        return error(404, QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(r.method), r.path));

    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QStringList messages;
    unknownProperties(body, CallFields, QString(), &messages);
    const QString assistantId = body.value(QStringLiteral("assistantId")).toString();
    const QString phoneNumberId = body.value(QStringLiteral("phoneNumberId")).toString();
    const QJsonObject customer = body.value(QStringLiteral("customer")).toObject();
    if (!assistantId.isEmpty() && !m_assistants.contains(assistantId))
        messages << QStringLiteral("Couldn't Get Assistant. Assistant not found");
    if (phoneNumberId.isEmpty() || !m_numbers.contains(phoneNumberId))
        messages << QStringLiteral("Couldn't Get Phone Number. Phone number not found");
    checkString(customer, QStringLiteral("number"), 3, 40, QStringLiteral("customer."), &messages);
    if (customer.value(QStringLiteral("number")).toString().isEmpty())
        messages << QStringLiteral("customer.number must be a string");
    if (!messages.isEmpty())
        return badRequest(messages);
    const QJsonObject number = m_numbers.value(phoneNumberId);
    QJsonObject call = body;
    const QString callId = newId();
    call.insert(kId, callId);
    call.insert(QStringLiteral("orgId"), m_orgId);
    call.insert(QStringLiteral("type"), QStringLiteral("outboundPhoneCall"));
    call.insert(QStringLiteral("status"), QStringLiteral("queued"));
    call.insert(QStringLiteral("phoneCallTransport"),
                number.value(kProvider).toString() == QLatin1String("byo-phone-number") ? QStringLiteral("sip")
                                                                                        : QStringLiteral("pstn"));
    if (assistantId.isEmpty() && number.contains(QStringLiteral("assistantId")))
        call.insert(QStringLiteral("assistantId"), number.value(QStringLiteral("assistantId")));
    call = stamped(call, true);
    m_calls.insert(callId, call);
    m_callStarted.insert(callId, m_clock.elapsed());
    return SimulatedResponse::ofJson(201, call);
}

} // namespace tw
