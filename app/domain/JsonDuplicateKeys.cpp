#include "domain/JsonDuplicateKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>

namespace tw {

namespace {
struct Frame
{
    bool object = false;
    QString path;
    QSet<QString> keys;
    QString key; // the object's current key
    int index = 0; // the array's current index
    bool expectKey = true;
};

QString childPath(const Frame &f)
{
    if (f.object)
        return f.path.isEmpty() ? f.key : f.path + QLatin1Char('.') + f.key;
    return f.path + QStringLiteral("[%1]").arg(f.index);
}

// A key as written, its escapes resolved (so "a" and "\u0061" are the same key).
QString decoded(const QByteArray &raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    return QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString();
}
} // namespace

QString JsonDuplicateKeys::first(const QByteArray &json)
{
    QList<Frame> stack;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"') {
            const qsizetype start = ++i;
            while (i < json.size() && json.at(i) != '"')
                i += json.at(i) == '\\' ? 2 : 1;
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                Frame &f = stack.last();
                f.key = decoded(json.mid(start, i - start));
                if (f.keys.contains(f.key))
                    return childPath(f);
                f.keys.insert(f.key);
                f.expectKey = false;
            }
        } else if (c == '{' || c == '[') {
            const QString path = stack.isEmpty() ? QString() : childPath(stack.last());
            stack.append(Frame {c == '{', path, {}, {}, 0, true});
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',' && !stack.isEmpty()) {
            Frame &f = stack.last();
            if (f.object)
                f.expectKey = true;
            else
                ++f.index;
        }
    }
    return {};
}

} // namespace tw
