#pragma once

#include "api/VapiAssistant.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tw {

class AssistantPicker;
class MessageBanner;

// Numbers to add to a domain, or the assistant for numbers it has: the admin's choice, checked
// (E.164 through libphonenumber) before the dashboard plans anything. Opened with open().
class NumberChangeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { AddNumbers, ChangeAssistant };
    Q_ENUM(Purpose)

    // `numbers`: ChangeAssistant: the numbers whose assistant changes; `assistantId`: preselected.
    NumberChangeDialog(Purpose purpose, const QString &domain, const QList<VapiAssistant> &assistants,
                       const QStringList &numbers, const QString &assistantId, const QString &defaultRegion,
                       QWidget *parent = nullptr);

    QStringList numbers() const { return m_numbers; } // E.164, once accepted
    QString assistantId() const;
    QPlainTextEdit *numbersEdit() const { return m_input; }
    AssistantPicker *assistantPicker() const { return m_assistant; }
    QPushButton *okButton() const { return m_ok; }
    MessageBanner *banner() const { return m_banner; }

    void accept() override; // checks the numbers first

private:
    Purpose m_purpose;
    QString m_region;
    QStringList m_numbers;
    MessageBanner *m_banner;
    QPlainTextEdit *m_input;
    AssistantPicker *m_assistant;
    QPushButton *m_ok;
};

} // namespace tw
