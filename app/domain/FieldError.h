#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace tw {

// One problem with one field of the admin's input, so a form can mark the field and a file's
// reader can name the path: field "trunk.name", "numbers[2].number", "" for the whole input.
struct FieldError
{
    Q_DECLARE_TR_FUNCTIONS(tw::FieldError)

public:
    QString field;
    QString message; // one sentence for the admin

    bool operator==(const FieldError &other) const = default;

    static QStringList messages(const QList<FieldError> &errors);
    // One error for each key of `o` that is not in `known`, naming its path and, when one is
    // close enough to be a typo, the known key meant ("inboundGateway" → "inboundGateways").
    static void checkKeys(const QJsonObject &o, const QStringList &known, const QString &path,
                          QList<FieldError> *errors);
    // The candidate nearest to `word` by edit distance (any case), if near enough to be a typo.
    static QString closest(const QString &word, const QStringList &candidates);
};

} // namespace tw
