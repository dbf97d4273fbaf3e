#pragma once

#include "api/ApiCall.h"
#include "api/ApiResult.h"
#include "api/VapiAssistant.h"
#include "api/VapiCall.h"
#include "api/VapiCallRequest.h"
#include "api/VapiCredential.h"
#include "api/VapiPhoneNumber.h"
#include "api/VapiPhoneNumberPatch.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace tw {

class HttpTransport;

// Typed client of the Vapi REST API (api-contract.md section B). Lists always come back
// complete: Vapi's plain-array lists stop at `limit` items, so the client pages on
// createdAt until no new item appears, instead of silently stopping at 100.
class VapiClient : public QObject
{
    Q_OBJECT

public:
    explicit VapiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const;
    void setApiKey(const QString &key);
    HttpTransport *transport() const { return m_transport; }
    // Items asked for per page (Vapi allows 0-1000).
    void setPageLimit(int limit) { m_pageLimit = std::clamp(limit, 1, 1000); }
    int pageLimit() const { return m_pageLimit; }

    // A cheap authenticated read: 401 means the key is wrong.
    ApiCall *verifyKey(QObject *context, ApiCallback<ApiDone> done);

    // Only byo-sip-trunk credentials (the list holds every provider).
    ApiCall *listSipTrunkCredentials(QObject *context, ApiCallback<QList<VapiCredential>> done);
    ApiCall *getCredential(const QString &id, QObject *context, ApiCallback<VapiCredential> done);
    ApiCall *createCredential(const VapiCredential &credential, QObject *context, ApiCallback<VapiCredential> done);
    // PATCH with the full gateway list: read the credential first and edit that.
    ApiCall *updateCredential(const VapiCredential &credential, QObject *context, ApiCallback<VapiCredential> done);
    ApiCall *deleteCredential(const QString &id, QObject *context, ApiCallback<VapiCredential> done);

    // Every phone number of every provider, across all pages.
    ApiCall *listPhoneNumbers(QObject *context, ApiCallback<QList<VapiPhoneNumber>> done);
    ApiCall *getPhoneNumber(const QString &id, QObject *context, ApiCallback<VapiPhoneNumber> done);
    ApiCall *createPhoneNumber(const VapiPhoneNumber &number, QObject *context, ApiCallback<VapiPhoneNumber> done);
    ApiCall *updatePhoneNumber(const QString &id, const VapiPhoneNumberPatch &patch, QObject *context,
                               ApiCallback<VapiPhoneNumber> done);
    ApiCall *deletePhoneNumber(const QString &id, QObject *context, ApiCallback<VapiPhoneNumber> done);

    ApiCall *listAssistants(QObject *context, ApiCallback<QList<VapiAssistant>> done);

    ApiCall *createCall(const VapiCallRequest &call, QObject *context, ApiCallback<VapiCall> done);
    ApiCall *getCall(const QString &id, QObject *context, ApiCallback<VapiCall> done);

private:
    using PageCallback = std::function<void(const ApiResult<QList<QJsonObject>> &)>;
    struct Paging;
    ApiCall *listAll(const QString &path, QObject *context, PageCallback done);
    void fetchPage(const std::shared_ptr<Paging> &paging);

    HttpTransport *m_transport;
    int m_pageLimit = 1000;
};

} // namespace tw
