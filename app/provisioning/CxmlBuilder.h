#pragma once

#include <QString>

namespace tw {

// The CXML a Cloudonix voice application serves to send an inbound call to Vapi:
// <Response><Dial><Service provider="vapi">+12125551234</Service></Dial></Response>.
class CxmlBuilder
{
public:
    static QString dialVapi(const QString &e164, const QString &callerId = {});
};

} // namespace tw
