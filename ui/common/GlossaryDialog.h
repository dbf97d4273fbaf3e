#pragma once

#include "help/Glossary.h"

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace tw {

// The glossary: each telecom term the admin meets, explained in plain language, the term on
// the left and its explanation on the right. One per window, never modal: it stays open beside
// the wizard or the dashboard while the admin works.
class GlossaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GlossaryDialog(QWidget *parent = nullptr);

    // Shows the window's glossary (made on first use) at `term`.
    static GlossaryDialog *showFor(QWidget *window, Glossary::Term term);
    // Gives a field the term's explanation as its "What's this?" help (Shift+F1) and, when it
    // has none, as its tooltip.
    static void explain(QWidget *field, Glossary::Term term);

    void showTerm(Glossary::Term term);
    Glossary::Term currentTerm() const;
    QListWidget *terms() const { return m_terms; }
    QTextBrowser *text() const { return m_text; }

private:
    QListWidget *m_terms;
    QTextBrowser *m_text;
};

} // namespace tw
