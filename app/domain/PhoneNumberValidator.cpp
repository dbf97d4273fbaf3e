#include "domain/PhoneNumberValidator.h"

#include "domain/Excerpt.h"

#include <phonenumbers/phonenumberutil.h>

#include <set>

namespace tw {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

bool PhoneNumberValidator::isKnownRegion(const QString &regionCode)
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    return regions.count(regionCode.toUpper().toStdString()) > 0;
}

PhoneNumberValidator::Result PhoneNumberValidator::normalize(const QString &input, const QString &defaultRegion)
{
    Result result;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        result.error = tr("The phone number is empty.");
        return result;
    }
    for (const QChar c : text) {
        if (c.isLetter()) {
            result.error = tr("\"%1\" contains letters; enter the number with digits only, for example +12127773456.")
                               .arg(Excerpt::of(text));
            return result;
        }
    }
    const QString region = defaultRegion.trimmed().toUpper();
    if (!region.isEmpty() && !isKnownRegion(region)) {
        result.error = tr("\"%1\" is not a known country code; use a two-letter code such as US or GB.")
                           .arg(Excerpt::of(region));
        return result;
    }

    // Without a home region, "00" is the international prefix almost everywhere; libphonenumber
    // only knows that when it has a region, so make it explicit.
    QString candidate = text;
    if (region.isEmpty() && candidate.startsWith(QLatin1String("00")))
        candidate = QLatin1Char('+') + candidate.mid(2);

    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto parseError
        = util->Parse(candidate.toStdString(), region.isEmpty() ? std::string("ZZ") : region.toStdString(), &number);
    switch (parseError) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        // With a "+" the country code is there, just unknown; without one it is missing.
        result.error = region.isEmpty() && !candidate.startsWith(QLatin1Char('+'))
            ? tr("\"%1\" has no country code; write it in international form starting with + (for example "
                 "+12127773456) or choose the country.")
                  .arg(Excerpt::of(text))
            : tr("\"%1\" starts with an unknown country code.").arg(Excerpt::of(text));
        return result;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        result.error = tr("\"%1\" is too short to be a phone number.").arg(Excerpt::of(text));
        return result;
    case PhoneNumberUtil::TOO_LONG_NSN:
        result.error = tr("\"%1\" is too long to be a phone number.").arg(Excerpt::of(text));
        return result;
    default:
        result.error = tr("\"%1\" is not a phone number.").arg(Excerpt::of(text));
        return result;
    }
    if (number.has_extension()) {
        result.error = tr("\"%1\" has an extension; Vapi numbers cannot carry one.").arg(Excerpt::of(text));
        return result;
    }

    std::string regionOfNumber;
    util->GetRegionCodeForNumber(number, &regionOfNumber);
    if (!util->IsValidNumber(number)) {
        switch (util->IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::TOO_SHORT:
            result.error = tr("\"%1\" has too few digits for its country.").arg(Excerpt::of(text));
            break;
        case PhoneNumberUtil::TOO_LONG:
            result.error = tr("\"%1\" has too many digits for its country.").arg(Excerpt::of(text));
            break;
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            result.error = tr("\"%1\" starts with an unknown country code.").arg(Excerpt::of(text));
            break;
        default:
            result.error = tr("\"%1\" is not a number in use in its country's numbering plan; check the digits.")
                               .arg(Excerpt::of(text));
            break;
        }
        return result;
    }

    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    std::string international;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &international);
    result.valid = true;
    result.e164 = fromStd(e164);
    result.international = fromStd(international);
    result.regionCode = regionOfNumber == "001" || regionOfNumber.empty() ? QString::number(number.country_code())
                                                                          : fromStd(regionOfNumber);
    return result;
}

} // namespace tw
