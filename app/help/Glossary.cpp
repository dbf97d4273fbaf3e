#include "help/Glossary.h"

#include <QMetaEnum>

namespace tw {

QList<Glossary::Term> Glossary::all()
{
    QList<Term> terms;
    const QMetaEnum e = QMetaEnum::fromType<Term>();
    for (int i = 0; i < e.keyCount(); ++i)
        terms << Term(e.value(i));
    return terms;
}

QString Glossary::title(Term term)
{
    switch (term) {
    case Term::SipTrunk:
        return tr("SIP trunk");
    case Term::Gateway:
        return tr("Gateway");
    case Term::InboundSipHost:
        return tr("Inbound SIP host");
    case Term::OptionsPing:
        return tr("Options ping");
    case Term::LeadingPlus:
        return tr("Leading plus");
    case Term::E164:
        return tr("E.164 number");
    case Term::BorderToBorder:
        return tr("Border-to-border calls");
    case Term::RedirectToBorder:
        return tr("Redirect unknown destination to border");
    case Term::Dnid:
        return tr("DNID");
    case Term::CallRouting:
        return tr("Call routing (CXML)");
    case Term::CarrierTrunk:
        return tr("Carrier trunk");
    case Term::Assistant:
        return tr("Assistant");
    }
    return {};
}

QString Glossary::explanation(Term term)
{
    switch (term) {
    case Term::SipTrunk:
        return tr("A SIP trunk is a phone line between two systems over the internet. Here it joins your "
                  "Cloudonix domain and Vapi: calls to your numbers reach a Vapi assistant through it, and the "
                  "assistant's calls go out through Cloudonix. In Vapi it is a \"BYO SIP trunk\" credential; keep "
                  "one trunk per Cloudonix domain.");
    case Term::Gateway:
        return tr("A gateway is an address a trunk exchanges calls with: a host name (FQDN) or an IP address. "
                  "Vapi sends its outbound calls to the gateway named by your domain's inbound SIP host, and "
                  "accepts inbound calls only from gateways given as IP addresses, so the trunk has one outbound "
                  "host gateway and Cloudonix's addresses as inbound gateways.");
    case Term::InboundSipHost:
        return tr("The address Cloudonix gives each domain for the calls it receives, such as "
                  "dd7a2a82-2457-3578-a63b-bd132950c857.sip.cloudonix.net. Trunk Wizard reads it from Cloudonix; "
                  "in Vapi it is the trunk's \"Gateway IP address / FQDN\".");
    case Term::OptionsPing:
        return tr("With \"Enable options ping\" on, Vapi sends a small SIP OPTIONS message to the gateway every few "
                  "seconds to check that it answers, which also keeps the connection alive. Cloudonix answers "
                  "these messages. \"Check SIP\" in Trunk Wizard sends the same message.");
    case Term::LeadingPlus:
        return tr("With \"Enable leading plus for outbound calls\" on, Vapi puts a + before the numbers it dials, so "
                  "they reach Cloudonix in E.164 format: 12127773456 goes out as +12127773456. Cloudonix "
                  "recommends it, so that every number it routes is unique.");
    case Term::E164:
        return tr("E.164 is the international format of a phone number: a +, the country code, then the "
                  "subscriber number without its leading 0, at most 15 digits and no spaces. +12127773456 is a "
                  "New York number, +442071234567 a London one. Trunk Wizard keeps every number in this format.");
    case Term::BorderToBorder:
        return tr("\"Allow border-to-border calls\" is a setting of a Cloudonix domain. It lets a call that came in "
                  "from outside the domain (here from Vapi) go out again to another outside party, such as your "
                  "carrier. Without it, Cloudonix refuses the assistant's outbound calls.");
    case Term::RedirectToBorder:
        return tr("\"Redirect unknown destination to border\" is a setting of a Cloudonix domain: a call to a "
                  "number that is not one of the domain's own goes out to the border (your carriers) instead of "
                  "being refused. The assistant's calls to your customers need it.");
    case Term::Dnid:
        return tr("The DNID (dialed number identification) is the number a caller dialed. In Cloudonix a DNID "
                  "entry says which application answers the calls to that number; Trunk Wizard adds one for each "
                  "of your numbers, so that their calls go to Vapi.");
    case Term::CallRouting:
        return tr("A Cloudonix application, written in CXML (Cloudonix's call-control XML), decides what happens to "
                  "a call. Trunk Wizard's application passes calls to Vapi with <Dial><Service "
                  "provider=\"vapi\">, and the DNIDs send your numbers' calls to it.");
    case Term::CarrierTrunk:
        return tr("A carrier trunk connects your Cloudonix domain to a telephone carrier (such as Telnyx or "
                  "Twilio), which carries calls to and from the public phone network. Without one, the "
                  "assistant's outbound calls have nowhere to go after Cloudonix.");
    case Term::Assistant:
        return tr("A Vapi assistant is the voice AI agent that answers and places calls. Each phone number on the "
                  "trunk is attached to one assistant, which answers the calls to that number.");
    }
    return {};
}

QString Glossary::html(Term term)
{
    QString text = QStringLiteral("<p>%1</p>").arg(explanation(term).toHtmlEscaped());
    if (term == Term::LeadingPlus || term == Term::E164) {
        // The guide's table: the same numbers in local and in E.164 format.
        text += QStringLiteral(
                    "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                    "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>"
                    "<tr><td>+12127773456</td><td>+1</td><td>US</td><td>12127773456</td><td>2127773456</td></tr>"
                    "<tr><td>+442071234567</td><td>+44</td><td>GB</td><td>442071234567</td>"
                    "<td>02071234567</td></tr></table>")
                    .arg(tr("E.164 format"), tr("Country code"), tr("Country"), tr("Local number"),
                         tr("Subscriber number"));
    }
    return text;
}

QString Glossary::key(Term term)
{
    // SipTrunk -> sip-trunk, E164 -> e164
    const QString name = QString::fromLatin1(QMetaEnum::fromType<Term>().valueToKey(int(term)));
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (i > 0 && name.at(i).isUpper())
            out += QLatin1Char('-');
        out += name.at(i).toLower();
    }
    return out;
}

bool Glossary::fromKey(const QString &key, Term *term)
{
    for (Term t : all())
        if (Glossary::key(t) == key.trimmed().toLower()) {
            *term = t;
            return true;
        }
    return false;
}

} // namespace tw
