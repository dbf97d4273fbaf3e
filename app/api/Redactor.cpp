#include "api/Redactor.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace tw {

namespace {

using Spans = QList<std::pair<qsizetype, qsizetype>>; // start, length

// Finds every run of `text` that matches `form` (case ignored) from its start for at least
// `MinPart` characters, or up to its end for at least `MinPart`: a server that echoes the key
// in capitals, or only its first or last part, does not get it into a log either.
void findParts(const QString &text, const QString &form, Spans &spans)
{
    constexpr qsizetype MinPart = 8;
    auto same = [](QChar a, QChar b) { return a.toCaseFolded() == b.toCaseFolded(); };
    if (form.size() >= MinPart) {
        const QString head = form.left(MinPart);
        for (qsizetype at = text.indexOf(head, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(head, at + 1, Qt::CaseInsensitive)) {
            qsizetype n = MinPart;
            while (n < form.size() && at + n < text.size() && same(text.at(at + n), form.at(n)))
                ++n;
            spans.append({at, n});
        }
        const QString tail = form.right(MinPart);
        for (qsizetype at = text.indexOf(tail, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(tail, at + 1, Qt::CaseInsensitive)) {
            qsizetype start = at;
            qsizetype k = form.size() - MinPart; // index in form of text.at(start)
            while (k > 0 && start > 0 && same(text.at(start - 1), form.at(k - 1))) {
                --start;
                --k;
            }
            spans.append({start, at + MinPart - start});
        }
    } else if (form.size() >= 6) { // shorter values: only whole, or ordinary words would vanish
        for (qsizetype at = text.indexOf(form, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(form, at + 1, Qt::CaseInsensitive))
            spans.append({at, form.size()});
    }
}

// Replaces the spans (overlapping or touching ones together) by one placeholder each.
void blank(QString &text, Spans &spans)
{
    if (spans.isEmpty())
        return;
    std::sort(spans.begin(), spans.end());
    QString out;
    out.reserve(text.size());
    qsizetype done = 0;
    for (const auto &[start, length] : spans) {
        if (start + length <= done)
            continue; // inside a span already blanked
        const bool joinsPrevious = done > 0 && start <= done;
        if (!joinsPrevious) {
            out += QStringView(text).mid(done, start - done);
            out += Redactor::Placeholder;
        }
        done = start + length;
    }
    out += QStringView(text).mid(done);
    text = out;
}

} // namespace

QString Redactor::scrub(const QString &text, const QStringList &secrets)
{
    QString out = text;
    Spans spans;
    for (const QString &secret : secrets) {
        if (secret.isEmpty())
            continue;
        findParts(out, secret, spans);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            findParts(out, encoded, spans);
    }
    blank(out, spans);
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
