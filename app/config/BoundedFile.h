#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tw {

// Reads a whole file only up to a limit far above any real one, so a wrong file (a disk image
// picked by mistake, /dev/zero, an endless pipe) is refused at once instead of filling memory.
// The limit is checked on the bytes read, not the size the file claims: pipes claim 0.
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(tw::BoundedFile)

public:
    enum class Outcome { Read, Missing, Unreadable, TooLarge };

    static constexpr qint64 DefaultLimit = 16 * 1024 * 1024;

    explicit BoundedFile(QString path, qint64 limit = DefaultLimit);

    Outcome read();
    const QByteArray &data() const { return m_data; }
    QString path() const { return m_path; }
    qint64 limit() const { return m_limit; }
    // Why it was not read, e.g. "Permission denied" or "larger than 16 MB".
    QString reason() const { return m_reason; }

    static QString sizeText(qint64 bytes); // "16 MB", "512 KB"

private:
    QString m_path;
    qint64 m_limit;
    QByteArray m_data;
    QString m_reason;
};

} // namespace tw
