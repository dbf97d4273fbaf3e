#pragma once

#include <QFrame>

class QFormLayout;

namespace tw {

// A small framed summary of what a check found ("Inbound SIP host: …"), label and value rows.
class SummaryCard : public QFrame
{
    Q_OBJECT

public:
    explicit SummaryCard(QWidget *parent = nullptr);

    void clear();
    void addRow(const QString &label, const QString &value);
    QString valueOf(const QString &label) const;

private:
    QFormLayout *m_form;
};

} // namespace tw
