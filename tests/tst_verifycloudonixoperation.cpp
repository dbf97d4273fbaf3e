// Verifying a Cloudonix domain and key through the core's operation, against the sandbox.
#include "operations/VerifyCloudonixOperation.h"
#include "support/OperationResult.h"
#include "support/ProvisioningFixture.h"

#include <QTest>

using namespace tw;
using namespace tw::test;

class TestVerifyCloudonixOperation : public QObject
{
    Q_OBJECT

private slots:
    void customerKeyShowsTheDomain();
    void domainKeyIsEnoughButScoped();
    void refusalsKeepTheirKind_data();
    void refusalsKeepTheirKind();

private:
    std::optional<CloudonixAccountCheck> verify(ProvisioningFixture &f, const QString &domain, const QString &key);
};

std::optional<CloudonixAccountCheck> TestVerifyCloudonixOperation::verify(ProvisioningFixture &f, const QString &domain,
                                                                          const QString &key)
{
    auto *op = new VerifyCloudonixOperation(&f.core(), domain, key, this);
    const auto check = runOperation(op, &VerifyCloudonixOperation::finished);
    delete op;
    return check;
}

void TestVerifyCloudonixOperation::customerKeyShowsTheDomain()
{
    ProvisioningFixture f;
    const auto check = verify(f, QStringLiteral(" Demo.Cloudonix.net "), f.sandbox().scenario().cloudonixCustomerKey());
    QVERIFY(check);
    QVERIFY2(check->ok(), qPrintable(check->error ? check->error->details() : QString()));
    QCOMPARE(check->domainName, QStringLiteral("demo.cloudonix.net"));
    QCOMPARE(check->domain.inboundSipHost(), QStringLiteral("6f1c2a3b-4d5e-4f60-8172-8394a5b6c7d8.sip.cloudonix.net"));
    QCOMPARE(check->domain.aliases.size(), 2);
    QVERIFY(!check->domain.border.effectiveAllowedBorder());
    QVERIFY(check->customer.has_value());
    QCOMPARE(check->customer->name, QStringLiteral("Sandbox Customer"));
    QVERIFY(!check->isDomainScopedKey());
    QCOMPARE(f.writes(), 0);
}

void TestVerifyCloudonixOperation::domainKeyIsEnoughButScoped()
{
    ProvisioningFixture f;
    const auto check
        = verify(f, QStringLiteral("demo.cloudonix.net"), QStringLiteral("XIsandboxdomainkeydemo000000000000"));
    QVERIFY(check);
    QVERIFY2(check->ok(), qPrintable(check->error ? check->error->details() : QString()));
    QVERIFY(check->isDomainScopedKey());
    QVERIFY(!check->domain.inboundSipHost().isEmpty());
}

void TestVerifyCloudonixOperation::refusalsKeepTheirKind_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("key");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("wrong key") << "demo.cloudonix.net"
                               << "XIwrongkey00000000000000000000000" << ApiError::Kind::Unauthorized;
    QTest::newRow("unknown domain") << "nope.cloudonix.net"
                                    << "XIsandboxcustomerkey00000000000000" << ApiError::Kind::NotFound;
    QTest::newRow("another domain's key") << "other.cloudonix.net"
                                          << "XIsandboxdomainkeydemo000000000000" << ApiError::Kind::Forbidden;
}

void TestVerifyCloudonixOperation::refusalsKeepTheirKind()
{
    QFETCH(QString, domain);
    QFETCH(QString, key);
    QFETCH(ApiError::Kind, kind);
    ProvisioningFixture f;
    const auto check = verify(f, domain, key);
    QVERIFY(check);
    QVERIFY(!check->ok());
    QCOMPARE(check->error->kind(), kind);
    QVERIFY(check->error->userMessage().contains(QLatin1String("Cloudonix")));
    QVERIFY(!check->error->userMessage().contains(key));
}

QTEST_GUILESS_MAIN(TestVerifyCloudonixOperation)
#include "tst_verifycloudonixoperation.moc"
