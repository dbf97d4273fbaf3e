#include "domain/Excerpt.h"

namespace tw {

QString Excerpt::of(const QString &value, int max)
{
    QString out;
    out.reserve(std::min<qsizetype>(value.size(), max) + 8);
    for (const QChar c : value) {
        if (out.size() >= max - 1 && out.size() + 1 < value.size()) {
            out += QChar(0x2026); // …
            return out;
        }
        if (c.category() == QChar::Other_Control)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

bool Excerpt::hasControlCharacter(const QString &value)
{
    for (const QChar c : value)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

} // namespace tw
