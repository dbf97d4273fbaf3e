#pragma once

#include <QListWidget>

namespace tw {

// The wizard's steps on the left: where the admin is (bold), what is done (a check), what is
// left. Not a control: it only shows.
class StepList : public QListWidget
{
    Q_OBJECT

public:
    explicit StepList(const QStringList &steps, QWidget *parent = nullptr);

    void setCurrent(int index);
    int current() const { return m_current; }

protected:
    void changeEvent(QEvent *event) override;

private:
    int m_current = -1;
};

} // namespace tw
