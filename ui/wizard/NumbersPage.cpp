#include "wizard/NumbersPage.h"

#include "common/AssistantPicker.h"
#include "common/FormRows.h"
#include "common/GlossaryDialog.h"
#include "common/MessageBanner.h"
#include "config/BoundedFile.h"
#include "core/CoreContext.h"
#include "wizard/NumberDelegate.h"
#include "wizard/NumberTableModel.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardSession.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tw {

NumbersPage::NumbersPage(WizardSession *session, QWidget *parent)
    : WizardPageBase(session, tr("Choose the numbers"),
                     tr("Each number is registered on the trunk in Vapi and answered by its assistant."), parent)
    , m_model(new NumberTableModel(this))
    , m_table(new QTableView(this))
    , m_input(new QPlainTextEdit(this))
    , m_add(new QPushButton(tr("A&dd numbers"), this))
    , m_import(new QPushButton(tr("&Import CSV…"), this))
    , m_remove(new QPushButton(tr("Re&move selected"), this))
    , m_region(new QComboBox(this))
    , m_assistant(new AssistantPicker(this))
    , m_summary(new QLabel(this))
{
    auto *form = new QFormLayout;
    m_input->setTabChangesFocus(true);
    m_input->setPlaceholderText(tr("+1 212 777 3456\n+44 20 7123 4567\n(one per line; paste as many as you like)"));
    m_input->setMaximumHeight(m_input->fontMetrics().lineSpacing() * 4 + 12);
    FormRows::add(form, tr("Numbers &to add:"), m_input);
    for (const QString &code : {QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("DE"), QStringLiteral("FR"),
                                QStringLiteral("IL"), QStringLiteral("AU"), QStringLiteral("CA")})
        m_region->addItem(
            QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(QLocale::codeToTerritory(code)), code), code);
    m_region->insertItem(0, tr("None: international format only"), QString());
    FormRows::add(form, tr("Default &country:"), m_region);
    FormRows::add(form, tr("&Assistant for new numbers:"), m_assistant);
    GlossaryDialog::explain(m_input, Glossary::Term::E164);
    GlossaryDialog::explain(m_assistant, Glossary::Term::Assistant);
    body()->addLayout(form);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_import, m_remove}) {
        FormRows::name(b, b->text());
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    body()->addLayout(buttons);

    m_table->setModel(m_model);
    m_table->setItemDelegate(new NumberDelegate(m_model, m_table));
    m_table->setAccessibleName(tr("Numbers"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NumberTableModel::NumberColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NumberTableModel::StatusColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NumberTableModel::AssistantColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NumberTableModel::ModeColumn, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    body()->addWidget(m_table, 1);
    m_summary->setWordWrap(true);
    body()->addWidget(m_summary);

    connect(m_add, &QPushButton::clicked, this, &NumbersPage::addTyped);
    connect(m_import, &QPushButton::clicked, this, &NumbersPage::importCsv);
    connect(m_remove, &QPushButton::clicked, this, &NumbersPage::removeSelected);
    connect(m_region, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setDefaultRegion(m_region->currentData().toString()); });
    connect(m_assistant, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setDefaultAssistant(m_assistant->assistantId()); });
    connect(m_model, &NumberTableModel::problemsChanged, this, &NumbersPage::updateSummary);
    connect(m_model, &NumberTableModel::checkingChanged, this, &NumbersPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NumbersPage::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NumbersPage::updateSummary);
}

void NumbersPage::initializePage()
{
    const QList<VapiAssistant> assistants = session()->vapi ? session()->vapi->assistants : QList<VapiAssistant>();
    m_model->setAssistants(assistants);
    m_assistant->setAssistants(assistants);
    const QString region = session()->core()->settings().defaultNumberRegion;
    if (!m_loaded) {
        m_region->setCurrentIndex(std::max(0, m_region->findData(region.toUpper())));
        m_model->setDefaultRegion(m_region->currentData().toString());
        m_model->setNumbers(session()->desired.numbers); // the stored intent's, when there is one
        m_loaded = true;
    }
    updateSummary();
}

void NumbersPage::addTyped()
{
    const QString text = m_input->toPlainText();
    if (text.trimmed().isEmpty())
        return;
    m_model->appendLines(text);
    m_input->clear();
    m_table->scrollToBottom();
}

void NumbersPage::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import numbers"), QString(),
                                                      tr("Numbers (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    BoundedFile file(path);
    if (file.read() != BoundedFile::Outcome::Read)
        return banner()->showMessage(MessageBanner::Level::Error,
                                     tr("%1 could not be read (%2); choose a CSV or text file with one number per "
                                        "line. Nothing was added.")
                                         .arg(path, file.reason()));
    m_model->appendLines(QString::fromUtf8(file.data()));
}

void NumbersPage::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    m_model->removeRowsAt(rows);
}

void NumbersPage::updateSummary()
{
    const int invalid = m_model->invalidCount();
    const int duplicates = m_model->duplicateCount();
    QStringList parts;
    parts << tr("%n number(s)", nullptr, m_model->rowCount());
    if (m_model->isChecking())
        parts << tr("checking…");
    if (invalid > 0)
        parts << tr("⚠ %n cannot be used (see Check); they are left out", nullptr, invalid);
    if (duplicates > 0)
        parts << tr("%n listed twice (added once)", nullptr, duplicates);
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_remove->setEnabled(m_model->rowCount() > 0);
    emit completeChanged();
}

bool NumbersPage::isComplete() const
{
    return !m_model->isChecking();
}

bool NumbersPage::validatePage()
{
    session()->desired.numbers = m_model->desiredNumbers();
    return true;
}

int NumbersPage::nextId() const
{
    return int(SetupWizard::PageId::Review);
}

} // namespace tw
