#include "common/SummaryCard.h"

#include <QFormLayout>
#include <QLabel>

namespace tw {

SummaryCard::SummaryCard(QWidget *parent)
    : QFrame(parent)
    , m_form(new QFormLayout(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Summary"));
    hide();
}

void SummaryCard::clear()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    hide();
}

void SummaryCard::addRow(const QString &label, const QString &value)
{
    auto *v = new QLabel(value, this);
    v->setWordWrap(true);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A screen reader reads the value with its title, not the title alone (WCAG 1.3.1).
    v->setAccessibleName(QStringLiteral("%1: %2").arg(label, value));
    v->setProperty("summaryLabel", label);
    m_form->addRow(label + QLatin1Char(':'), v);
    show();
}

QString SummaryCard::valueOf(const QString &label) const
{
    for (int i = 0; i < m_form->rowCount(); ++i)
        if (auto *v = qobject_cast<QLabel *>(m_form->itemAt(i, QFormLayout::FieldRole)->widget()))
            if (v->property("summaryLabel").toString() == label)
                return v->text();
    return {};
}

} // namespace tw
