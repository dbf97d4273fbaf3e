#include "domain/FieldError.h"

#include <algorithm>
#include <vector>

namespace tw {

namespace {
int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row.back();
}
} // namespace

QStringList FieldError::messages(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << e.message;
    return out;
}

QString FieldError::closest(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = INT_MAX;
    for (const QString &c : candidates) {
        const int d = editDistance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    // A typo changes a few letters; beyond a third of the word it is another word.
    return bestDistance <= std::max<qsizetype>(2, word.size() / 3) ? best : QString();
}

void FieldError::checkKeys(const QJsonObject &o, const QStringList &known, const QString &path,
                           QList<FieldError> *errors)
{
    for (const QString &key : o.keys()) {
        if (known.contains(key))
            continue;
        const QString field = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        const QString meant = closest(key, known);
        const QString message = meant.isEmpty()
            ? tr("\"%1\" is not a field of the desired state (fields here: %2).")
                  .arg(field, known.join(QStringLiteral(", ")))
            : tr("\"%1\" is not a field of the desired state; did you mean \"%2\"?")
                  .arg(field, path.isEmpty() ? meant : path + QLatin1Char('.') + meant);
        *errors << FieldError {field, message};
    }
}

} // namespace tw
