#pragma once

#include "api/VapiAssistant.h"
#include "domain/DesiredNumber.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace tw {

// The numbers the admin wants, as typed, each checked with libphonenumber: E.164 when it is a
// usable number, else the reason in words. Many lines are checked a slice at a time, so 5,000
// pasted lines never freeze the window.
class NumberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, StatusColumn, AssistantColumn, ModeColumn, ColumnCount };
    static constexpr int SliceSize = 250; // lines checked per event-loop turn

    explicit NumberTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void setAssistants(const QList<VapiAssistant> &assistants) { m_assistants = assistants; }
    const QList<VapiAssistant> &assistants() const { return m_assistants; }
    void setDefaultRegion(const QString &region); // re-checks every row
    void setDefaultAssistant(const QString &assistantId) { m_defaultAssistant = assistantId; }

    void append(const QList<DesiredNumber> &numbers); // checked in slices
    void appendLines(const QString &text); // one number per line (or a number,assistant,mode CSV)
    void removeRowsAt(QList<int> rows);
    void setNumbers(const QList<DesiredNumber> &numbers);

    bool isChecking() const { return m_next < m_rows.size(); }
    int invalidCount() const;
    int duplicateCount() const;
    // The valid numbers, once each, in E.164.
    QList<DesiredNumber> desiredNumbers() const;

signals:
    void checkingChanged(bool checking);
    void problemsChanged();

private:
    struct Row
    {
        QString input;
        QString e164;
        QString international; // shown; e164 is what is stored
        QString problem; // empty: valid
        QString assistantId;
        DesiredNumber::Mode mode = DesiredNumber::Mode::Trunk;
        bool checked = false;
    };
    void checkSlice();
    void check(Row &row) const;
    QString assistantName(const QString &id) const;

    QList<Row> m_rows;
    qsizetype m_next = 0; // the first row not yet checked
    QString m_region;
    QString m_defaultAssistant;
    QList<VapiAssistant> m_assistants;
    QTimer m_slicer;
};

} // namespace tw
