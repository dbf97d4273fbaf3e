#pragma once

#include <QString>
#include <QStringList>

namespace tw {

// Removes secrets from text before it reaches a log line, an error message or a report:
// the given key values wherever they appear, bearer tokens, and the values of JSON fields
// whose names say they are secret (apiKey, authPassword, password, token, secret).
class Redactor
{
public:
    static QString scrub(const QString &text, const QStringList &secrets = {});
    static QString mask(const QString &secret); // "••••3f2a": length hidden, last four shown
    static inline const QString Placeholder = QStringLiteral("[redacted]");
};

} // namespace tw
