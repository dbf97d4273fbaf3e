#include "api/Redactor.h"

#include <QRegularExpression>

namespace tw {

QString Redactor::scrub(const QString &text, const QStringList &secrets)
{
    QString out = text;
    for (const QString &secret : secrets) {
        // Very short values would blank out ordinary words; real keys are long.
        if (secret.size() >= 6)
            out.replace(secret, Placeholder);
    }
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[^\\s\"',;]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    out.replace(bearer, QStringLiteral("\\1") + Placeholder);
    static const QRegularExpression field(
        QStringLiteral(
            "(\"(?:apiKey|api_key|authPassword|password|token|secret|authorization)\"\\s*:\\s*\")[^\"]*(\")"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(field, QStringLiteral("\\1") + Placeholder + QStringLiteral("\\2"));
    static const QRegularExpression yamlField(
        QStringLiteral("^(\\s*(?:apiKey|authPassword|password|token|secret)\\s*:\\s*)\\S.*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    out.replace(yamlField, QStringLiteral("\\1") + Placeholder);
    return out;
}

QString Redactor::mask(const QString &secret)
{
    if (secret.size() < 12)
        return QStringLiteral("••••");
    return QStringLiteral("••••") + secret.right(4);
}

} // namespace tw
