#pragma once

#include <QIODevice>

namespace tw {

// A request body that can be read once and never rewound. QNetworkAccessManager silently
// re-sends a request whose connection dropped before any answer; for a POST that could
// create a resource twice. With this sequential, unbuffered body the re-send fails with
// ContentReSendError instead, and the engine decides what to do.
class OneShotUploadDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotUploadDevice(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace tw
