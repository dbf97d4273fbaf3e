#include "dashboard/NumberChangeDialog.h"

#include "common/AssistantPicker.h"
#include "common/FormRows.h"
#include "common/MessageBanner.h"
#include "domain/PhoneNumberValidator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace tw {

NumberChangeDialog::NumberChangeDialog(Purpose purpose, const QString &domain, const QList<VapiAssistant> &assistants,
                                       const QStringList &numbers, const QString &assistantId,
                                       const QString &defaultRegion, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_region(defaultRegion)
    , m_numbers(numbers)
    , m_banner(new MessageBanner(this))
    , m_input(new QPlainTextEdit(this))
    , m_assistant(new AssistantPicker(this))
{
    const bool adding = purpose == Purpose::AddNumbers;
    setWindowTitle(adding ? tr("Add numbers to %1").arg(domain) : tr("Change the assistant"));
    auto *form = new QFormLayout;
    if (adding) {
        m_input->setTabChangesFocus(true);
        m_input->setPlaceholderText(tr("+1 212 777 3456\n+44 20 7123 4567"));
        m_input->setMinimumHeight(m_input->fontMetrics().lineSpacing() * 5 + 12);
        FormRows::add(form, tr("&Numbers:"), m_input);
        FormRows::hint(form,
                       tr("One per line, in international format or as dialled in %1.")
                           .arg(defaultRegion.isEmpty() ? tr("the default country") : defaultRegion));
    } else {
        m_input->hide();
        constexpr int shown = 6;
        QString list = numbers.mid(0, shown).join(QLatin1Char('\n'));
        if (numbers.size() > shown)
            list += QLatin1Char('\n') + tr("and %n more", nullptr, int(numbers.size() - shown));
        auto *which = new QLabel(list, this);
        which->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("%n number(s):", nullptr, int(numbers.size())), which);
    }
    m_assistant->setAssistants(assistants, assistantId);
    FormRows::add(form, tr("&Assistant:"), m_assistant);
    FormRows::hint(form, tr("Vapi answers calls to these numbers with this assistant."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // The plan comes next: nothing changes before the admin sees and confirms it.
    m_ok = buttons->addButton(tr("&Review the changes…"), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    FormRows::name(m_ok, m_ok->text());
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString NumberChangeDialog::assistantId() const
{
    return m_assistant->assistantId();
}

void NumberChangeDialog::accept()
{
    if (m_purpose == Purpose::ChangeAssistant)
        return QDialog::accept();
    QStringList numbers;
    QStringList problems;
    QSet<QString> seen;
    const QStringList lines = m_input->toPlainText().split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const PhoneNumberValidator::Result r = PhoneNumberValidator::normalize(line, m_region);
        if (!r.valid)
            problems << tr("Line %1: %2").arg(i + 1).arg(r.error);
        else if (!seen.contains(r.e164))
            numbers << r.e164;
        seen.insert(r.e164);
    }
    if (numbers.isEmpty() && problems.isEmpty())
        problems << tr("Type at least one number.");
    if (!problems.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Error,
                              problems.size() == 1
                                  ? problems.first()
                                  : tr("%n line(s) are not numbers Vapi can take.", nullptr, int(problems.size())),
                              problems.join(QLatin1Char('\n')));
        return;
    }
    m_numbers = numbers;
    QDialog::accept();
}

} // namespace tw
