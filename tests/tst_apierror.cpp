#include "api/ApiError.h"

#include <QMetaEnum>
#include <QTest>

using tw::ApiError;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void everyKindNamesTheSystemInOneSentence();
    void statusMapping();
    void details();
};

void TestApiError::everyKindNamesTheSystemInOneSentence()
{
    const QMetaEnum kinds = QMetaEnum::fromType<ApiError::Kind>();
    for (ApiError::System system : {ApiError::System::Cloudonix, ApiError::System::Vapi}) {
        for (int i = 0; i < kinds.keyCount(); ++i) {
            ApiError error(system, ApiError::Kind(kinds.value(i)), QStringLiteral("GET"), QStringLiteral("/x"));
            error.setHttpStatus(503);
            const QString text = error.userMessage();
            QVERIFY2(text.contains(error.systemName()), qPrintable(text));
            QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1Char('\n')), qPrintable(text));
        }
    }
}

void TestApiError::statusMapping()
{
    QCOMPARE(ApiError::kindForStatus(400), ApiError::Kind::Validation);
    QCOMPARE(ApiError::kindForStatus(401), ApiError::Kind::Unauthorized);
    QCOMPARE(ApiError::kindForStatus(403), ApiError::Kind::Forbidden);
    QCOMPARE(ApiError::kindForStatus(404), ApiError::Kind::NotFound);
    QCOMPARE(ApiError::kindForStatus(409), ApiError::Kind::Conflict);
    QCOMPARE(ApiError::kindForStatus(422), ApiError::Kind::Validation);
    QCOMPARE(ApiError::kindForStatus(429), ApiError::Kind::RateLimited);
    QCOMPARE(ApiError::kindForStatus(500), ApiError::Kind::Server);
    QCOMPARE(ApiError::kindForStatus(418), ApiError::Kind::BadResponse);
}

void TestApiError::details()
{
    ApiError error(ApiError::System::Vapi, ApiError::Kind::Validation, QStringLiteral("POST"),
                   QStringLiteral("/credential"));
    error.setHttpStatus(400);
    error.setServerMessages({QStringLiteral("a"), QStringLiteral("b")});
    error.setAttempts(2);
    const QString details = error.details();
    QVERIFY(details.contains(QLatin1String("POST /credential")));
    QVERIFY(details.contains(QLatin1String("HTTP status: 400")));
    QVERIFY(details.contains(QLatin1String("a; b")));
    QVERIFY(details.contains(QLatin1String("Tries: 2")));
    QVERIFY(error.userMessage().contains(QLatin1String("a; b")));
    QVERIFY(!error.isTransient());
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
