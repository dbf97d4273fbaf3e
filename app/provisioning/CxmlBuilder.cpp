#include "provisioning/CxmlBuilder.h"

namespace tw {

QString CxmlBuilder::dialVapi(const QString &e164, const QString &callerId)
{
    const QString dialAttributes
        = callerId.isEmpty() ? QString() : QStringLiteral(" callerId=\"%1\"").arg(callerId.toHtmlEscaped());
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<Response>\n"
                          "  <Dial%1>\n"
                          "    <Service provider=\"vapi\">%2</Service>\n"
                          "  </Dial>\n"
                          "</Response>\n")
        .arg(dialAttributes, e164.toHtmlEscaped());
}

} // namespace tw
