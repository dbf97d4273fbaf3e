#include "sandbox/CloudonixSimulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace tw {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}
QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QStringList ApplicationFields {QStringLiteral("name"),   QStringLiteral("type"),    QStringLiteral("url"),
                                     QStringLiteral("method"), QStringLiteral("profile"), QStringLiteral("active")};
const QStringList DnidFields {QStringLiteral("source"),     QStringLiteral("prefix"),
                              QStringLiteral("expression"), QStringLiteral("asteriskCompatible"),
                              QStringLiteral("active"),     QStringLiteral("application")};
const QStringList TrunkFields {QStringLiteral("name"),      QStringLiteral("ip"),      QStringLiteral("port"),
                               QStringLiteral("transport"), QStringLiteral("prefix"),  QStringLiteral("direction"),
                               QStringLiteral("metric"),    QStringLiteral("profile"), QStringLiteral("active")};
const QStringList AliasFields {QStringLiteral("alias")};

} // namespace

CloudonixSimulator::CloudonixSimulator(const QJsonObject &scenario)
{
    m_clock.start();
    m_customer = scenario.value(QLatin1String("customer")).toObject();
    if (!m_customer.contains(QLatin1String("uuid")))
        m_customer.insert(QStringLiteral("uuid"), newUuid());
    m_customer.insert(QStringLiteral("active"), true);
    for (const QJsonValue &k : scenario.value(QLatin1String("customerKeys")).toArray())
        m_customerKeys << k.toString();
    const QJsonObject rate = scenario.value(QLatin1String("rateLimit")).toObject();
    m_rateRequests = rate.value(QLatin1String("requests")).toInt(10);
    m_rateWindowMs = rate.value(QLatin1String("windowMs")).toInt(10000);

    for (const QJsonValue &v : scenario.value(QLatin1String("domains")).toArray()) {
        const QJsonObject d = v.toObject();
        Domain domain;
        const QString uuid = d.value(QLatin1String("uuid")).toString(newUuid());
        QJsonArray aliases;
        if (d.value(QLatin1String("autoAlias")).isString())
            aliases.append(QJsonObject {{QStringLiteral("alias"), d.value(QLatin1String("autoAlias"))},
                                        {QStringLiteral("type"), QStringLiteral("auto")},
                                        {QStringLiteral("active"), true}});
        for (const QJsonValue &a : d.value(QLatin1String("aliases")).toArray()) {
            QJsonObject alias = a.toObject();
            alias.insert(QStringLiteral("active"), alias.value(QLatin1String("active")).toBool(true));
            aliases.append(alias);
        }
        const int id = d.value(QLatin1String("id")).toInt(nextId());
        domain.object = QJsonObject {{QStringLiteral("id"), id},
                                     {QStringLiteral("uuid"), uuid},
                                     {QStringLiteral("tenantId"), 1},
                                     {QStringLiteral("domain"), d.value(QLatin1String("domain")).toString().toLower()},
                                     {QStringLiteral("active"), d.value(QLatin1String("active")).toBool(true)},
                                     {QStringLiteral("profile"), d.value(QLatin1String("profile")).toObject()},
                                     {QStringLiteral("aliases"), aliases},
                                     {QStringLiteral("createdAt"), now()},
                                     {QStringLiteral("modifiedAt"), now()}};
        for (const QJsonValue &k : d.value(QLatin1String("keys")).toArray())
            domain.keys << k.toString();
        // Every domain starts with the two built-in applications.
        for (const char *name : {"call-routing", "blackhole"})
            domain.applications << QJsonObject {
                {QStringLiteral("id"), nextId()},
                {QStringLiteral("uuid"), newUuid()},
                {QStringLiteral("name"), QLatin1String(name)},
                {QStringLiteral("type"), QStringLiteral("cxml")},
                {QStringLiteral("url"), QString(QStringLiteral("cx:") + QLatin1String(name))},
                {QStringLiteral("method"), QStringLiteral("GET")},
                {QStringLiteral("active"), true}};
        m_domains << domain;
    }
}

QStringList CloudonixSimulator::keys() const
{
    QStringList all = m_customerKeys;
    for (const Domain &d : m_domains)
        all << d.keys;
    return all;
}

QJsonObject CloudonixSimulator::state() const
{
    QJsonArray domains;
    for (const Domain &d : m_domains) {
        QJsonObject o = d.object;
        auto array = [](const QList<QJsonObject> &list) {
            QJsonArray a;
            for (const QJsonObject &x : list)
                a.append(x);
            return a;
        };
        o.insert(QStringLiteral("applications"), array(d.applications));
        o.insert(QStringLiteral("dnids"), array(d.dnids));
        o.insert(QStringLiteral("trunks"), array(d.trunks));
        domains.append(o);
    }
    return QJsonObject {{QStringLiteral("customer"), m_customer}, {QStringLiteral("domains"), domains}};
}

SimulatedResponse CloudonixSimulator::fail(int status, const QString &text)
{
    // The real error body is undocumented and varies; alternate so clients cannot rely on one.
    const QString field = (m_errorStyle++ % 2 == 0) ? QStringLiteral("message") : QStringLiteral("error");
    return SimulatedResponse::ofJson(status, QJsonObject {{field, text}});
}

QString CloudonixSimulator::edit(const QString &domainName, const QString &list, const QString &id,
                                 const QJsonObject &set, bool remove)
{
    Domain *domain = findDomain(domainName);
    if (!domain)
        return QStringLiteral("No domain is named %1.").arg(domainName);
    const auto merge = [&set](QJsonObject o) {
        for (auto it = set.constBegin(); it != set.constEnd(); ++it) {
            if (it.value().isNull())
                o.remove(it.key());
            else
                o.insert(it.key(), it.value());
        }
        return o;
    };
    if (list == QLatin1String("profile")) {
        domain->object.insert(QStringLiteral("profile"),
                              merge(domain->object.value(QLatin1String("profile")).toObject()));
        return {};
    }
    QList<QJsonObject> *items = list == QLatin1String("dnids") ? &domain->dnids
        : list == QLatin1String("trunks")                      ? &domain->trunks
        : list == QLatin1String("applications")                ? &domain->applications
                                                               : nullptr;
    if (!items)
        return QStringLiteral("\"cloudonix\" is one of profile, dnids, trunks, applications.");
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonValue itemId = items->at(i).value(QLatin1String("id"));
        if (itemId.toVariant().toString() != id)
            continue;
        if (remove)
            items->removeAt(i);
        else
            (*items)[i] = merge(items->at(i));
        return {};
    }
    return QStringLiteral("No %1 of %2 has the id %3.").arg(list, domainName, id);
}

CloudonixSimulator::Domain *CloudonixSimulator::findDomain(const QString &nameOrId)
{
    for (Domain &d : m_domains) {
        if (d.object.value(QLatin1String("domain")).toString().compare(nameOrId, Qt::CaseInsensitive) == 0
            || d.object.value(QLatin1String("uuid")).toString() == nameOrId
            || QString::number(d.object.value(QLatin1String("id")).toInt()) == nameOrId)
            return &d;
    }
    return nullptr;
}

bool CloudonixSimulator::allowRequest(const QString &bucket)
{
    // Counted on arrival, per domain, over a rolling window.
    std::deque<qint64> &arrivals = m_arrivals[bucket];
    const qint64 t = m_clock.elapsed();
    while (!arrivals.empty() && t - arrivals.front() >= m_rateWindowMs)
        arrivals.pop_front();
    if (int(arrivals.size()) >= m_rateRequests)
        return false;
    arrivals.push_back(t);
    return true;
}

SimulatedResponse CloudonixSimulator::handle(const SimulatedRequest &r)
{
    const QString key = QString::fromUtf8(r.bearer());
    const bool customerKey = !key.isEmpty() && m_customerKeys.contains(key);
    Domain *keyDomain = nullptr;
    for (Domain &d : m_domains)
        if (!key.isEmpty() && d.keys.contains(key))
            keyDomain = &d;
    if (!customerKey && !keyDomain)
        return fail(401, QStringLiteral("Unauthorized: invalid or missing API key"));

    QStringList parts = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // /tenants/self == /customers/self; /domains/{d}/... == /customers/self/domains/{d}/...
    if (parts.size() >= 2 && (parts.at(0) == QLatin1String("customers") || parts.at(0) == QLatin1String("tenants"))) {
        const QString who = parts.at(1);
        if (who != QLatin1String("self") && who != m_customer.value(QLatin1String("uuid")).toString())
            return fail(customerKey ? 404 : 403, QStringLiteral("No such customer"));
        if (parts.size() == 2) {
            if (!customerKey)
                return fail(403, QStringLiteral("Forbidden: a domain key cannot read the customer"));
            if (r.method != "GET")
                return fail(405, QStringLiteral("Method not allowed"));
            if (!allowRequest(QStringLiteral("~customer")))
                return fail(429, QStringLiteral("Too Many Requests"));
            return SimulatedResponse::ofJson(200, m_customer);
        }
        parts = parts.mid(2);
    }
    if (parts.size() < 2 || parts.at(0) != QLatin1String("domains"))
        return fail(404, QStringLiteral("No such resource"));

    Domain *domain = parts.at(1) == QLatin1String("self") ? keyDomain : findDomain(parts.at(1));
    if (!customerKey && domain != keyDomain)
        return fail(403, QStringLiteral("Forbidden: this key is not allowed for that domain"));
    if (!domain)
        return fail(404, QStringLiteral("Domain not found"));
    if (!allowRequest(domain->object.value(QLatin1String("domain")).toString()))
        return fail(429, QStringLiteral("Too Many Requests"));
    return domainRequest(r, *domain, parts.mid(2));
}

SimulatedResponse CloudonixSimulator::domainRequest(const SimulatedRequest &r, Domain &domain, const QStringList &rest)
{
    if (rest.isEmpty()) {
        if (r.method == "GET")
            return SimulatedResponse::ofJson(200, domain.object);
        if (r.method != "PATCH")
            return fail(405, QStringLiteral("Method not allowed"));
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (!doc.isObject())
            return fail(400, QStringLiteral("Invalid JSON body"));
        const QJsonObject body = doc.object();
        for (auto it = body.begin(); it != body.end(); ++it)
            if (it.key() != QLatin1String("profile") && it.key() != QLatin1String("active")
                && it.key() != QLatin1String("defaultApplication"))
                return fail(400, QStringLiteral("Unknown field %1").arg(it.key()));
        if (body.contains(QStringLiteral("profile")) && !body.value(QStringLiteral("profile")).isObject())
            return fail(400, QStringLiteral("profile must be an object"));
        // Merge: keys in the patch replace, null removes, the rest stay.
        QJsonObject profile = domain.object.value(QLatin1String("profile")).toObject();
        const QJsonObject patch = body.value(QStringLiteral("profile")).toObject();
        for (auto it = patch.begin(); it != patch.end(); ++it) {
            if (it.value().isNull())
                profile.remove(it.key());
            else
                profile.insert(it.key(), it.value());
        }
        domain.object.insert(QStringLiteral("profile"), profile);
        if (body.contains(QStringLiteral("active")))
            domain.object.insert(QStringLiteral("active"), body.value(QStringLiteral("active")).toBool());
        if (body.contains(QStringLiteral("defaultApplication")))
            domain.object.insert(QStringLiteral("defaultApplication"),
                                 body.value(QStringLiteral("defaultApplication")));
        domain.object.insert(QStringLiteral("modifiedAt"), now());
        return SimulatedResponse::ofJson(200, domain.object);
    }

    const QString what = rest.first();
    const QString id = rest.size() > 1 ? rest.at(1) : QString();
    if (what == QLatin1String("applications"))
        return applications(r, domain, rest.mid(1));
    if (what == QLatin1String("dnids") && rest.size() <= 2) {
        if (r.method == "POST")
            return fail(400, QStringLiteral("Create DNIDs under an application"));
        return collection(r, domain.dnids, QStringLiteral("id"), id, DnidFields, domain);
    }
    if (what == QLatin1String("trunks") && rest.size() <= 2) {
        if (const QString problem = trunkProblem(r); !problem.isEmpty())
            return fail(400, problem);
        return collection(r, domain.trunks, QStringLiteral("id"), id, TrunkFields, domain);
    }
    if (what == QLatin1String("aliases") && rest.size() <= 2) {
        QList<QJsonObject> aliases;
        for (const QJsonValue &a : domain.object.value(QLatin1String("aliases")).toArray())
            aliases << a.toObject();
        if (r.method == "POST") {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (body.value(QStringLiteral("alias")).toString().isEmpty())
                return fail(400, QStringLiteral("alias is required"));
        }
        SimulatedResponse response = collection(r, aliases, QStringLiteral("alias"), id, AliasFields, domain);
        QJsonArray stored;
        for (QJsonObject a : std::as_const(aliases)) {
            if (!a.contains(QStringLiteral("type"))) {
                a.insert(QStringLiteral("type"), QStringLiteral("subscribers")); // what the API creates
                a.remove(QStringLiteral("id"));
                a.remove(QStringLiteral("uuid"));
            }
            stored.append(a);
        }
        domain.object.insert(QStringLiteral("aliases"), stored);
        if (r.method == "POST" && response.status == 200) {
            QJsonObject created = response.json.toObject();
            created.insert(QStringLiteral("type"), QStringLiteral("subscribers"));
            created.remove(QStringLiteral("id"));
            created.remove(QStringLiteral("uuid"));
            response.json = created;
        }
        return response;
    }
    return fail(404, QStringLiteral("No such resource"));
}

SimulatedResponse CloudonixSimulator::applications(const SimulatedRequest &r, Domain &domain, const QStringList &rest)
{
    const QString name = rest.isEmpty() ? QString() : rest.first();
    if (rest.size() <= 1) {
        if (r.method == "POST") {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            const QString newName = body.value(QStringLiteral("name")).toString();
            if (newName.isEmpty())
                return fail(400, QStringLiteral("name is required"));
            for (const QJsonObject &a : std::as_const(domain.applications))
                if (a.value(QLatin1String("name")).toString() == newName)
                    return fail(409, QStringLiteral("An application named %1 already exists").arg(newName));
            const QString type = body.value(QStringLiteral("type")).toString(QStringLiteral("cxml"));
            if (type != QLatin1String("cxml") && type != QLatin1String("twiml"))
                return fail(400, QStringLiteral("type must be cxml or twiml"));
        }
        return collection(r, domain.applications, QStringLiteral("name"), name, ApplicationFields, domain);
    }
    // /applications/{name}/dnids[/{id}]
    if (rest.at(1) != QLatin1String("dnids") || rest.size() > 3)
        return fail(404, QStringLiteral("No such resource"));
    const QJsonObject *app = nullptr;
    for (const QJsonObject &a : std::as_const(domain.applications))
        if (a.value(QLatin1String("name")).toString() == name || a.value(QLatin1String("uuid")).toString() == name)
            app = &a;
    if (!app)
        return fail(404, QStringLiteral("Application not found"));
    const QJsonObject appRef {{QStringLiteral("id"), app->value(QLatin1String("id"))},
                              {QStringLiteral("name"), app->value(QLatin1String("name"))}};
    if (r.method == "GET" && rest.size() == 2) {
        QJsonArray out;
        for (const QJsonObject &d : std::as_const(domain.dnids))
            if (d.value(QLatin1String("application")).toObject().value(QLatin1String("id"))
                == appRef.value(QLatin1String("id")))
                out.append(d);
        return SimulatedResponse::ofJson(200, out);
    }
    if (r.method == "POST" && rest.size() == 2) {
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const QString source = body.value(QStringLiteral("source")).toString();
        if (source.isEmpty())
            return fail(400, QStringLiteral("source is required"));
        for (const QJsonObject &d : std::as_const(domain.dnids))
            if (d.value(QLatin1String("source")).toString() == source)
                return fail(409, QStringLiteral("DNID %1 already exists in this domain").arg(source));
        SimulatedRequest inner = r;
        QJsonObject withApp = body;
        withApp.insert(QStringLiteral("application"), appRef);
        withApp.insert(QStringLiteral("dnid"),
                       QString(QStringLiteral("^") + QRegularExpression::escape(source) + QStringLiteral("$")));
        inner.body = QJsonDocument(withApp).toJson(QJsonDocument::Compact);
        QStringList fields = DnidFields;
        fields << QStringLiteral("dnid");
        return collection(inner, domain.dnids, QStringLiteral("id"), QString(), fields, domain);
    }
    return collection(r, domain.dnids, QStringLiteral("id"), rest.size() == 3 ? rest.at(2) : QString(), DnidFields,
                      domain);
}

// What Cloudonix refuses in a trunk's body (api-contract A.9): no name or peer on create, an
// unknown transport or direction, a port out of range.
QString CloudonixSimulator::trunkProblem(const SimulatedRequest &r)
{
    if (r.method != "POST" && r.method != "PATCH" && r.method != "PUT")
        return {};
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    if (r.method == "POST")
        for (const char *required : {"name", "ip"})
            if (body.value(QLatin1String(required)).toString().trimmed().isEmpty())
                return QStringLiteral("%1 is required").arg(QLatin1String(required));
    const QJsonValue transport = body.value(QLatin1String("transport"));
    if (!transport.isUndefined()
        && !QStringList {QStringLiteral("udp"), QStringLiteral("tcp"), QStringLiteral("tls")}.contains(
            transport.toString()))
        return QStringLiteral("transport must be one of udp, tcp, tls");
    const QJsonValue direction = body.value(QLatin1String("direction"));
    if (!direction.isUndefined()
        && !QStringList {QStringLiteral("inbound"), QStringLiteral("outbound"), QStringLiteral("public-inbound"),
                         QStringLiteral("public-outbound")}
                .contains(direction.toString()))
        return QStringLiteral("direction must be one of inbound, outbound, public-inbound, public-outbound");
    const QJsonValue port = body.value(QLatin1String("port"));
    if (!port.isUndefined() && (!port.isDouble() || port.toInt() < 1 || port.toInt() > 65535))
        return QStringLiteral("port must be a number between 1 and 65535");
    return {};
}

SimulatedResponse CloudonixSimulator::collection(const SimulatedRequest &r, QList<QJsonObject> &items,
                                                 const QString &idField, const QString &id, const QStringList &fields,
                                                 Domain &domain)
{
    auto find = [&]() -> qsizetype {
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonValue v = items.at(i).value(idField);
            if ((v.isString() && v.toString() == id) || (v.isDouble() && QString::number(v.toInt()) == id))
                return i;
        }
        return -1;
    };
    if (id.isEmpty()) {
        if (r.method == "GET") {
            QJsonArray out;
            for (const QJsonObject &o : std::as_const(items))
                out.append(o);
            return SimulatedResponse::ofJson(200, out);
        }
        if (r.method != "POST")
            return fail(405, QStringLiteral("Method not allowed"));
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (!doc.isObject())
            return fail(400, QStringLiteral("Invalid JSON body"));
        QJsonObject created;
        const QJsonObject body = doc.object();
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (!fields.contains(it.key()))
                return fail(400, QStringLiteral("Unknown field %1").arg(it.key()));
            created.insert(it.key(), it.value());
        }
        created.insert(QStringLiteral("id"), nextId());
        created.insert(QStringLiteral("uuid"), newUuid());
        created.insert(QStringLiteral("domain"), domain.object.value(QLatin1String("domain")));
        if (!created.contains(QStringLiteral("active")))
            created.insert(QStringLiteral("active"), true);
        if (fields.contains(QStringLiteral("method")) && !created.contains(QStringLiteral("method")))
            created.insert(QStringLiteral("method"), QStringLiteral("GET"));
        if (fields.contains(QStringLiteral("type")) && !created.contains(QStringLiteral("type")))
            created.insert(QStringLiteral("type"), QStringLiteral("cxml"));
        // A DNID's prefix is a flag; a trunk's prefix is text and stays absent when unset.
        if (&items == &domain.dnids)
            for (const char *flag : {"prefix", "expression", "asteriskCompatible"})
                if (!created.contains(QLatin1String(flag)))
                    created.insert(QLatin1String(flag), false);
        created.insert(QStringLiteral("createdAt"), now());
        created.insert(QStringLiteral("modifiedAt"), now());
        items << created;
        return SimulatedResponse::ofJson(200, created);
    }
    const qsizetype index = find();
    if (index < 0)
        return fail(404, QStringLiteral("Not found"));
    if (r.method == "GET")
        return SimulatedResponse::ofJson(200, items.at(index));
    if (r.method == "DELETE") {
        const QJsonObject removed = items.takeAt(index);
        // Deleting an application also removes its DNIDs.
        if (&items == &domain.applications)
            domain.dnids.removeIf([&](const QJsonObject &d) {
                return d.value(QLatin1String("application")).toObject().value(QLatin1String("id"))
                    == removed.value(QLatin1String("id"));
            });
        return SimulatedResponse::noContent();
    }
    if (r.method == "PATCH" || r.method == "PUT") {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (!doc.isObject())
            return fail(400, QStringLiteral("Invalid JSON body"));
        QJsonObject updated = items.at(index);
        const QJsonObject body = doc.object();
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (!fields.contains(it.key()) || it.key() == QLatin1String("name"))
                return fail(400, QStringLiteral("Field %1 cannot be changed").arg(it.key()));
            updated.insert(it.key(), it.value());
        }
        updated.insert(QStringLiteral("modifiedAt"), now());
        items[index] = updated;
        return SimulatedResponse::ofJson(200, updated);
    }
    return fail(405, QStringLiteral("Method not allowed"));
}

} // namespace tw
