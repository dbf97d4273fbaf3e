#include "sandbox/SipAnswerRule.h"

namespace tw {

QString SipAnswerRule::spec() const
{
    QString kind = silent ? QStringLiteral("no-answer")
        : delayMs > 0     ? QStringLiteral("slow:%1").arg(delayMs)
                          : QString::number(status);
    if (delayMs > 0 && status != 200 && !silent)
        kind += QStringLiteral(",%1").arg(status);
    return host.isEmpty() ? kind : host + QLatin1Char('=') + kind;
}

QJsonObject SipAnswerRule::toJson() const
{
    return {{QStringLiteral("host"), host},
            {QStringLiteral("answer"), silent ? QStringLiteral("no-answer") : QString::number(status)},
            {QStringLiteral("delayMs"), delayMs},
            {QStringLiteral("spec"), spec()}};
}

bool SipAnswerRule::parse(const QString &spec, SipAnswerRule *out, QString *error)
{
    SipAnswerRule rule;
    QString kind = spec.trimmed();
    const qsizetype equals = kind.indexOf(QLatin1Char('='));
    if (equals >= 0) {
        rule.host = kind.left(equals).trimmed();
        kind = kind.mid(equals + 1).trimmed();
    }
    bool ok = true;
    if (kind == QLatin1String("no-answer")) {
        rule.silent = true;
    } else if (kind.startsWith(QLatin1String("slow:"))) {
        rule.delayMs = kind.mid(5).toInt(&ok);
        ok = ok && rule.delayMs > 0;
    } else {
        rule.status = kind.toInt(&ok);
        ok = ok && rule.status >= 100 && rule.status <= 699;
    }
    if (!ok) {
        *error = QStringLiteral("A SIP fault is [HOST=]KIND, KIND one of no-answer, slow:MS or a status code "
                                "100-699; \"%1\" is none of these.")
                     .arg(spec.left(80));
        return false;
    }
    *out = rule;
    return true;
}

bool SipAnswerRule::fromJson(const QJsonObject &json, SipAnswerRule *out, QString *error)
{
    if (json.contains(QLatin1String("spec")))
        return parse(json.value(QLatin1String("spec")).toString(), out, error);
    SipAnswerRule rule;
    rule.host = json.value(QLatin1String("host")).toString();
    const QJsonValue answer = json.value(QLatin1String("answer"));
    rule.silent = answer.toString() == QLatin1String("no-answer");
    rule.status = answer.isDouble() ? answer.toInt() : answer.toString(QStringLiteral("200")).toInt();
    rule.delayMs = json.value(QLatin1String("delayMs")).toInt();
    if (!rule.silent && (rule.status < 100 || rule.status > 699)) {
        *error = QStringLiteral("\"answer\" is \"no-answer\" or a status code 100-699.");
        return false;
    }
    if (rule.delayMs < 0) {
        *error = QStringLiteral("\"delayMs\" cannot be negative.");
        return false;
    }
    *out = rule;
    return true;
}

} // namespace tw
