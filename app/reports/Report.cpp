#include "reports/Report.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace tw {

QString Report::fingerprint(const QString &key)
{
    if (key.isEmpty())
        return {};
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return QStringLiteral("…%1 (sha256 %2)").arg(key.right(4), QString::fromLatin1(hash));
}

QJsonObject Report::toJson() const
{
    QJsonArray list;
    for (const Domain &d : domains) {
        QJsonArray journalList;
        for (const JournalEntry &e : d.journal)
            journalList.append(e.toJson());
        QJsonObject o {
            {QStringLiteral("domain"), d.record.domain},
            {QStringLiteral("keys"),
             QJsonObject {{QStringLiteral("cloudonix"), d.cloudonixKey}, {QStringLiteral("vapi"), d.vapiKey}}},
            {QStringLiteral("intent"), d.record.intent},
            {QStringLiteral("journal"), journalList}};
        QJsonArray calls;
        for (const QJsonObject &c : d.testCalls)
            calls.append(c);
        o.insert(QStringLiteral("testCalls"), calls);
        QJsonArray probes;
        for (const QJsonObject &p : d.probes)
            probes.append(p);
        o.insert(QStringLiteral("sipChecks"), probes);
        if (d.live)
            o.insert(QStringLiteral("live"), d.live->toJson());
        else
            o.insert(QStringLiteral("liveError"), d.liveError);
        list.append(o);
    }
    return QJsonObject {
        {QStringLiteral("schema"), QStringLiteral("trunkwizard-report/%1").arg(SchemaVersion)},
        {QStringLiteral("id"), id},
        {QStringLiteral("generatedAt"), generatedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("generatedAtLocal"), generatedAt.toLocalTime().toString(Qt::ISODate)},
        {QStringLiteral("appVersion"), appVersion},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("redaction"),
         QStringLiteral("API keys are shown only as fingerprints: their last four characters and the start of their "
                        "SHA-256 hash.")},
        {QStringLiteral("domains"), list}};
}

} // namespace tw
