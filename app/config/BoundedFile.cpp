#include "config/BoundedFile.h"

#include <QFile>
#include <QFileInfo>

namespace tw {

BoundedFile::BoundedFile(QString path, qint64 limit)
    : m_path(std::move(path))
    , m_limit(limit)
{ }

QString BoundedFile::sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return tr("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'g', 3);
    return tr("%1 KB").arg(double(bytes) / 1024, 0, 'g', 3);
}

BoundedFile::Outcome BoundedFile::read()
{
    m_data.clear();
    m_reason.clear();
    QFile file(m_path);
    if (!file.exists()) {
        m_reason = tr("it does not exist");
        return Outcome::Missing;
    }
    if (QFileInfo(m_path).isDir() || !file.open(QIODevice::ReadOnly)) {
        m_reason = QFileInfo(m_path).isDir() ? tr("it is a folder") : file.errorString();
        return Outcome::Unreadable;
    }
    const bool tooLarge = file.size() > m_limit; // a regular file says its size: no need to read it
    if (!tooLarge) {
        m_data = file.read(m_limit + 1); // one byte more tells a file at the limit from a larger one
        if (m_data.size() <= m_limit && file.error() != QFileDevice::NoError) {
            m_reason = file.errorString();
            m_data.clear();
            return Outcome::Unreadable;
        }
    }
    if (tooLarge || m_data.size() > m_limit) {
        m_data.clear();
        m_reason = tr("larger than %1").arg(sizeText(m_limit));
        return Outcome::TooLarge;
    }
    return Outcome::Read;
}

} // namespace tw
