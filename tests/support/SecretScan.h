#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace tw::test {

// Looks for API keys where they must never be: any 8 characters from either end of a key, in
// any case, plain or URL-encoded (what Redactor blanks), in text, files and folder trees. A
// PDF is also read as text (pdftotext), since its text is compressed inside the file.
class SecretScan
{
public:
    explicit SecretScan(const QStringList &secrets);

    // "<where>: <needle>" for each needle found in `data`.
    QStringList findIn(const QByteArray &data, const QString &where) const;
    QStringList findInTree(const QString &directory) const;
    int filesScanned() const { return m_files; }

private:
    QList<QByteArray> m_needles; // lower case
    mutable int m_files = 0;
};

} // namespace tw::test
