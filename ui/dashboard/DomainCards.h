#pragma once

#include <QWidget>

namespace tw {

class SummaryCard;
struct DomainStatus;

// A domain's two sides as the dashboard shows them: the Cloudonix card (inbound SIP host, the
// two domain settings, outbound trunks) and the Vapi card (trunk, gateways, leading plus).
class DomainCards : public QWidget
{
    Q_OBJECT

public:
    explicit DomainCards(QWidget *parent = nullptr);

    // live: the settings, trunks and gateways come from a read; else only what is stored.
    void showStatus(const DomainStatus &status, bool live);
    void clear();

private:
    SummaryCard *m_cloudonix;
    SummaryCard *m_vapi;
};

} // namespace tw
