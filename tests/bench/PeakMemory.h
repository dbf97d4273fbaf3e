#pragma once

#include <QByteArray>
#include <QFile>

namespace tw::bench {

// The process's peak resident memory in kB (VmHWM of /proc/self/status); -1 when unknown.
inline long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

} // namespace tw::bench
