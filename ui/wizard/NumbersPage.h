#pragma once

#include "wizard/WizardPageBase.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace tw {

class AssistantPicker;

class NumberTableModel;

// The numbers to route to Vapi: typed or pasted one per line, or imported from a CSV file;
// each checked with libphonenumber (a reason per row when unusable), with its assistant and mode.
class NumbersPage : public WizardPageBase
{
    Q_OBJECT

public:
    explicit NumbersPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    NumberTableModel *model() const { return m_model; }
    QPlainTextEdit *input() const { return m_input; }
    QPushButton *addButton() const { return m_add; }

private:
    void addTyped();
    void importCsv();
    void removeSelected();
    void updateSummary();

    NumberTableModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_input;
    QPushButton *m_add;
    QPushButton *m_import;
    QPushButton *m_remove;
    QComboBox *m_region;
    AssistantPicker *m_assistant;
    QLabel *m_summary;
    bool m_loaded = false;
};

} // namespace tw
