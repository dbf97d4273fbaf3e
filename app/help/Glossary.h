#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

namespace tw {

// The telecom words an admin meets in Trunk Wizard, each explained in plain language: the
// wizard's help, its fields' "What's this?", and `trunkwizard-cli glossary` read them here.
class Glossary
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(tw::Glossary)

public:
    enum class Term {
        SipTrunk,
        Gateway,
        InboundSipHost,
        OptionsPing,
        LeadingPlus,
        E164,
        BorderToBorder,
        RedirectToBorder,
        Dnid,
        CallRouting,
        CarrierTrunk,
        Assistant,
    };
    Q_ENUM(Term)

    static QList<Term> all();
    static QString title(Term term);
    static QString explanation(Term term); // plain text, a paragraph
    // The explanation as rich text for the app; leading plus and E.164 add the guide's table.
    static QString html(Term term);
    // "sip-trunk", "leading-plus"...: the CLI's names.
    static QString key(Term term);
    static bool fromKey(const QString &key, Term *term);
};

} // namespace tw
