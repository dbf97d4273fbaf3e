#include "sandbox/FaultRule.h"

namespace tw {

bool FaultRule::parse(const QString &spec, FaultRule *out, QString *error)
{
    static const QRegularExpression form(
        QStringLiteral("^\\s*(\\S+)\\s+(\\S+?)\\s*=\\s*([a-z0-9-]+?)(?::(\\d+))?(?:x(\\d+)|@(\\d+))?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(spec);
    if (!m.hasMatch()) {
        *error
            = tr("\"%1\" is not a fault; write METHOD PATH=KIND[xN|@K], for example \"POST /vapi/credential=503x2\".")
                  .arg(spec);
        return false;
    }
    static const QHash<QString, Kind> kinds {{QStringLiteral("429"), Kind::RateLimited},
                                             {QStringLiteral("429-no-retry-after"), Kind::RateLimitedNoRetryAfter},
                                             {QStringLiteral("500"), Kind::ServerError},
                                             {QStringLiteral("503"), Kind::Unavailable},
                                             {QStringLiteral("timeout"), Kind::Timeout},
                                             {QStringLiteral("drop"), Kind::Drop},
                                             {QStringLiteral("malformed"), Kind::MalformedJson},
                                             {QStringLiteral("hang-after"), Kind::HangAfterApplying},
                                             {QStringLiteral("drop-after"), Kind::DropAfterApplying},
                                             {QStringLiteral("apply-late"), Kind::ApplyLate}};
    const QString kind = m.captured(3).toLower();
    if (!kinds.contains(kind)) {
        *error = tr("\"%1\" is not a fault kind; use 429, 429-no-retry-after, 500, 503, timeout, drop, malformed, "
                    "hang-after, drop-after or apply-late:MS.")
                     .arg(kind);
        return false;
    }
    FaultRule rule;
    rule.m_spec = spec.trimmed();
    rule.m_method = m.captured(1).toUpper().toLatin1();
    QString pattern = QRegularExpression::escape(m.captured(2));
    pattern.replace(QStringLiteral("\\*"), QStringLiteral(".*"));
    rule.m_path = QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'));
    rule.m_kind = kinds.value(kind);
    rule.m_delayMs = m.captured(4).toInt();
    if ((rule.m_kind == Kind::ApplyLate) != !m.captured(4).isEmpty()) {
        *error = tr("\"%1\": apply-late takes a delay in ms (apply-late:1500), and no other kind does.").arg(spec);
        return false;
    }
    rule.m_remaining = m.captured(5).isEmpty() ? -1 : m.captured(5).toInt();
    if (!m.captured(6).isEmpty()) { // @K: only the K-th matching request
        rule.m_skip = m.captured(6).toInt() - 1;
        rule.m_remaining = rule.m_skip >= 0 ? 1 : 0;
    }
    if (rule.m_remaining == 0) {
        *error = tr("\"%1\" would never fire (x0).").arg(spec);
        return false;
    }
    *out = rule;
    return true;
}

bool FaultRule::fromJson(const QJsonObject &o, FaultRule *out, QString *error)
{
    return parse(o.value(QLatin1String("spec")).toString(), out, error);
}

bool FaultRule::matches(const QByteArray &method, const QString &path) const
{
    if (m_remaining == 0)
        return false;
    return (m_method == "*" || m_method == method) && m_path.match(path).hasMatch();
}

bool FaultRule::passOver()
{
    if (m_skip <= 0)
        return false;
    --m_skip;
    return true;
}

void FaultRule::consume()
{
    if (m_remaining > 0)
        --m_remaining;
}

QJsonObject FaultRule::toJson() const
{
    return QJsonObject {{QStringLiteral("spec"), m_spec}, {QStringLiteral("remaining"), m_remaining}};
}

} // namespace tw
