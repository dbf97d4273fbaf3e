#include "common/GlossaryDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tw {

GlossaryDialog::GlossaryDialog(QWidget *parent)
    : QDialog(parent)
    , m_terms(new QListWidget(this))
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("Glossary"));
    setObjectName(QStringLiteral("glossary"));
    m_terms->setAccessibleName(tr("Terms"));
    m_text->setAccessibleName(tr("Explanation"));
    m_text->setOpenLinks(false);
    for (Glossary::Term term : Glossary::all()) {
        auto *item = new QListWidgetItem(Glossary::title(term), m_terms);
        item->setData(Qt::UserRole, int(term));
    }
    m_terms->setMaximumWidth(m_terms->sizeHintForColumn(0) + 32);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_terms);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_terms, &QListWidget::currentRowChanged, this, [this](int index) {
        if (index < 0)
            return;
        const auto term = Glossary::Term(m_terms->item(index)->data(Qt::UserRole).toInt());
        m_text->setHtml(
            QStringLiteral("<h3>%1</h3>%2").arg(Glossary::title(term).toHtmlEscaped(), Glossary::html(term)));
    });
    m_terms->setCurrentRow(0);
    resize(720, 380);
}

GlossaryDialog *GlossaryDialog::showFor(QWidget *window, Glossary::Term term)
{
    QWidget *top = window ? window->window() : nullptr;
    auto *dialog = top ? top->findChild<GlossaryDialog *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog)
        dialog = new GlossaryDialog(top);
    dialog->showTerm(term);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void GlossaryDialog::explain(QWidget *field, Glossary::Term term)
{
    field->setWhatsThis(Glossary::html(term));
    if (field->toolTip().isEmpty())
        field->setToolTip(Glossary::explanation(term));
}

void GlossaryDialog::showTerm(Glossary::Term term)
{
    for (int row = 0; row < m_terms->count(); ++row)
        if (m_terms->item(row)->data(Qt::UserRole).toInt() == int(term))
            m_terms->setCurrentRow(row);
}

Glossary::Term GlossaryDialog::currentTerm() const
{
    const QListWidgetItem *item = m_terms->currentItem();
    return item ? Glossary::Term(item->data(Qt::UserRole).toInt()) : Glossary::Term::SipTrunk;
}

} // namespace tw
