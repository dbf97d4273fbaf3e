#include "api/ClientOptions.h"

#include <QStringList>

namespace tw {

bool ClientOptions::parseRate(const QString &text, int *requests, std::chrono::milliseconds *window)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    if (parts.size() != 2)
        return false;
    bool countOk = false;
    bool msOk = false;
    const int count = parts.at(0).trimmed().toInt(&countOk);
    const int ms = parts.at(1).trimmed().toInt(&msOk);
    if (!countOk || !msOk || count < 1 || ms < 1)
        return false;
    *requests = count;
    *window = std::chrono::milliseconds(ms);
    return true;
}

} // namespace tw
