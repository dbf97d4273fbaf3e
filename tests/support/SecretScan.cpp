#include "support/SecretScan.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QUrl>

namespace tw::test {

SecretScan::SecretScan(const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        for (const QByteArray &form : {secret.toUtf8(), QUrl::toPercentEncoding(secret)}) {
            m_needles << form.left(8).toLower() << form.right(8).toLower();
        }
    }
}

QStringList SecretScan::findIn(const QByteArray &data, const QString &where) const
{
    QStringList hits;
    const QByteArray lower = data.toLower();
    for (const QByteArray &needle : m_needles)
        if (lower.contains(needle))
            hits << QStringLiteral("%1: %2").arg(where, QString::fromUtf8(needle));
    return hits;
}

QStringList SecretScan::findInTree(const QString &directory) const
{
    QStringList hits;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            hits << QStringLiteral("%1: cannot be read").arg(path);
            continue;
        }
        ++m_files;
        hits << findIn(f.readAll(), path);
        if (path.endsWith(QLatin1String(".pdf"))) {
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
            if (!text.waitForFinished(30000) || text.exitCode() != 0)
                hits << QStringLiteral("%1: pdftotext could not read it").arg(path);
            hits << findIn(text.readAllStandardOutput(), path + QStringLiteral(" (text)"));
        }
    }
    return hits;
}

} // namespace tw::test
