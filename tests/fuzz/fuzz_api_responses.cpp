// Every Cloudonix and Vapi answer decoder on any JSON: each object (and each item of a list)
// is read as every type the clients decode, the way ResponseDecoder reads it.
#include "api/CloudonixApplication.h"
#include "api/CloudonixCustomer.h"
#include "api/CloudonixDnid.h"
#include "api/CloudonixDomain.h"
#include "api/CloudonixTrunk.h"
#include "api/VapiAssistant.h"
#include "api/VapiCall.h"
#include "api/VapiCredential.h"
#include "api/VapiPhoneNumber.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

namespace {

void decodeAll(const QJsonObject &o)
{
    using tw::JsonReader;
    {
        const JsonReader r(o);
        const tw::CloudonixDomain d = tw::CloudonixDomain::fromJson(r);
        (void)d.inboundSipHost();
    }
    (void)tw::CloudonixCustomer::fromJson(JsonReader(o));
    (void)tw::CloudonixApplication::fromJson(JsonReader(o));
    (void)tw::CloudonixDnid::fromJson(JsonReader(o));
    (void)tw::CloudonixTrunk::fromJson(JsonReader(o));
    (void)tw::VapiAssistant::fromJson(JsonReader(o)).displayName();
    (void)tw::VapiCall::fromJson(JsonReader(o));
    const tw::VapiCredential c = tw::VapiCredential::fromJson(JsonReader(o));
    (void)c.toWriteJson(); // what an update would send back
    (void)tw::VapiPhoneNumber::fromJson(JsonReader(o));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (doc.isObject())
        decodeAll(doc.object());
    for (const QJsonValue &v : doc.array())
        decodeAll(v.toObject());
    return 0;
}
