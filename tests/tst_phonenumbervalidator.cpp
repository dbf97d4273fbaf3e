#include "domain/PhoneNumberValidator.h"

#include <QTest>

using tw::PhoneNumberValidator;

class TestPhoneNumberValidator : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void unknownRegionIsRejected();
};

void TestPhoneNumberValidator::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("errorPart"); // a word the reason must contain

    // Accepted and normalised.
    QTest::newRow("us plain") << "+12127773456"
                              << "" << true << "+12127773456"
                              << "";
    QTest::newRow("us formatted") << "+1 (212) 777-3456"
                                  << "" << true << "+12127773456"
                                  << "";
    QTest::newRow("us dots") << "+1.212.777.3456"
                             << "" << true << "+12127773456"
                             << "";
    QTest::newRow("us national with region") << "(212) 777-3456"
                                             << "US" << true << "+12127773456"
                                             << "";
    QTest::newRow("us 1-prefixed national") << "1 212 777 3456"
                                            << "US" << true << "+12127773456"
                                            << "";
    QTest::newRow("us idd from us") << "011 44 20 7123 4567"
                                    << "US" << true << "+442071234567"
                                    << "";
    QTest::newRow("gb 00 prefix") << "00442071234567"
                                  << "" << true << "+442071234567"
                                  << "";
    QTest::newRow("gb plus spaces") << "+44 20 7123 4567"
                                    << "" << true << "+442071234567"
                                    << "";
    QTest::newRow("gb national") << "020 7123 4567"
                                 << "GB" << true << "+442071234567"
                                 << "";
    QTest::newRow("gb mobile") << "07400 123456"
                               << "gb" << true << "+447400123456"
                               << "";
    QTest::newRow("de berlin") << "+49 30 901820"
                               << "" << true << "+4930901820"
                               << "";
    QTest::newRow("de national") << "030 901820"
                                 << "DE" << true << "+4930901820"
                                 << "";
    QTest::newRow("fr mobile") << "+33 6 12 34 56 78"
                               << "" << true << "+33612345678"
                               << "";
    QTest::newRow("fr national") << "06 12 34 56 78"
                                 << "FR" << true << "+33612345678"
                                 << "";
    QTest::newRow("il mobile") << "+972 54-765-4321"
                               << "" << true << "+972547654321"
                               << "";
    QTest::newRow("il national") << "054-765-4321"
                                 << "IL" << true << "+972547654321"
                                 << "";
    QTest::newRow("in mobile") << "+91 98765 43210"
                               << "" << true << "+919876543210"
                               << "";
    QTest::newRow("au sydney") << "+61 2 9876 5432"
                               << "" << true << "+61298765432"
                               << "";
    QTest::newRow("br sao paulo mobile") << "+55 11 91234-5678"
                                         << "" << true << "+5511912345678"
                                         << "";
    QTest::newRow("jp tokyo") << "+81 3-1234-5678"
                              << "" << true << "+81312345678"
                              << "";
    QTest::newRow("nl 00 prefix") << "0031 20 123 4567"
                                  << "" << true << "+31201234567"
                                  << "";
    QTest::newRow("whitespace around") << "  +12127773456  "
                                       << "" << true << "+12127773456"
                                       << "";

    // Rejected, with the reason.
    QTest::newRow("empty") << ""
                           << "" << false << ""
                           << "empty";
    QTest::newRow("spaces only") << "   "
                                 << "" << false << ""
                                 << "empty";
    QTest::newRow("national without region") << "(212) 777-3456"
                                             << "" << false << ""
                                             << "country code";
    QTest::newRow("too short") << "+1212"
                               << "" << false << ""
                               << "digits";
    QTest::newRow("too long") << "+1212777345678901"
                              << "" << false << ""
                              << "too";
    QTest::newRow("letters") << "+1-800-FLOWERS"
                             << "" << false << ""
                             << "letters";
    QTest::newRow("unknown country code") << "+999 1234 5678"
                                          << "" << false << ""
                                          << "unknown country code";
    QTest::newRow("unknown country code, long") << "+999999999999999999"
                                                << "" << false << ""
                                                << "unknown country code";
    QTest::newRow("exchange starting with 1") << "+1 212 123 4567"
                                              << "" << false << ""
                                              << "numbering plan";
    QTest::newRow("not a number") << "hello"
                                  << "" << false << ""
                                  << "letters";
    QTest::newRow("punctuation only") << "+-()"
                                      << "" << false << ""
                                      << "not a phone number";
    QTest::newRow("extension") << "+1 212 777 3456 ext. 12"
                               << "" << false << ""
                               << "";
    QTest::newRow("gb too short national") << "020 7123"
                                           << "GB" << false << ""
                                           << "";
}

void TestPhoneNumberValidator::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(bool, valid);
    QFETCH(QString, e164);
    QFETCH(QString, errorPart);

    const auto result = PhoneNumberValidator::normalize(input, region);
    QCOMPARE(result.valid, valid);
    QCOMPARE(result.e164, e164);
    if (valid) {
        QVERIFY(result.error.isEmpty());
        QVERIFY(!result.regionCode.isEmpty());
    } else {
        QVERIFY2(!result.error.isEmpty(), "a rejected number must say why");
        if (!errorPart.isEmpty())
            QVERIFY2(result.error.contains(errorPart, Qt::CaseInsensitive), qPrintable(result.error));
    }
}

void TestPhoneNumberValidator::unknownRegionIsRejected()
{
    const auto result = PhoneNumberValidator::normalize(QStringLiteral("020 7123 4567"), QStringLiteral("XX"));
    QVERIFY(!result.valid);
    QVERIFY(result.error.contains(QLatin1String("XX")));
    QCOMPARE(PhoneNumberValidator::normalize(QStringLiteral("+442071234567")).regionCode, QStringLiteral("GB"));
}

QTEST_GUILESS_MAIN(TestPhoneNumberValidator)
#include "tst_phonenumbervalidator.moc"
