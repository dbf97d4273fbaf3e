#include "api/EndpointPolicy.h"

#include "domain/Excerpt.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace tw {

QUrl EndpointPolicy::defaultVapiUrl(VapiRegion region)
{
    return QUrl(region == VapiRegion::Eu ? QStringLiteral("https://api.eu.vapi.ai")
                                         : QStringLiteral("https://api.vapi.ai"));
}

QString EndpointPolicy::vapiSipHost(VapiRegion region)
{
    return region == VapiRegion::Eu ? QStringLiteral("sip.eu.vapi.ai") : QStringLiteral("sip.vapi.ai");
}

QUrl EndpointPolicy::cloudonixUrl(const QString &setting)
{
    const QString env = qEnvironmentVariable("TRUNKWIZARD_CLOUDONIX_URL").trimmed();
    if (!env.isEmpty())
        return QUrl(env);
    if (!setting.trimmed().isEmpty())
        return QUrl(setting.trimmed());
    return defaultCloudonixUrl();
}

QUrl EndpointPolicy::vapiUrl(VapiRegion region, const QString &setting)
{
    const QString env = qEnvironmentVariable("TRUNKWIZARD_VAPI_URL").trimmed();
    if (!env.isEmpty())
        return QUrl(env);
    if (!setting.trimmed().isEmpty())
        return QUrl(setting.trimmed());
    return defaultVapiUrl(region);
}

bool EndpointPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString EndpointPolicy::checkBaseUrl(const QUrl &url)
{
    // Never echo user info: it may hold a password.
    QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    if (shown.isEmpty() && !url.isValid()) {
        // An invalid QUrl keeps the text it was given only in its error ("source was …").
        static const QRegularExpression source(QStringLiteral("source was \"(.*)\"; "));
        shown = source.match(url.errorString()).captured(1);
    }
    // Whatever came before an "@" may be a password, also where Qt saw no user info.
    static const QRegularExpression userInfo(QStringLiteral("(^|//)[^/@]*@"));
    shown = Excerpt::of(shown.replace(userInfo, QStringLiteral("\\1")));
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a whole web address; write it starting with https:// (plain http:// only for "
                  "127.0.0.1, ::1 and localhost), for example https://api.vapi.ai.")
            .arg(shown);
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return tr("\"%1\" must be a plain base address, without user, query or fragment.").arg(shown);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    if (scheme == QLatin1String("http"))
        return tr("\"%1\" uses plain http; API keys are only sent over https (plain http is allowed only for "
                  "127.0.0.1, ::1 and localhost).")
            .arg(shown);
    return tr("\"%1\" must start with https://.").arg(shown);
}

QString EndpointPolicy::regionName(VapiRegion region)
{
    return region == VapiRegion::Eu ? QStringLiteral("eu") : QStringLiteral("us");
}

bool EndpointPolicy::parseRegion(const QString &text, VapiRegion *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("us") || t.isEmpty()) {
        *out = VapiRegion::Us;
        return true;
    }
    if (t == QLatin1String("eu")) {
        *out = VapiRegion::Eu;
        return true;
    }
    return false;
}

} // namespace tw
