#include "support/ui/GuidedTour.h"

#include "common/GlossaryDialog.h"
#include "common/MessageBanner.h"
#include "common/SecretLineEdit.h"
#include "core/CoreContext.h"
#include "dashboard/DashboardView.h"
#include "dashboard/DomainListModel.h"
#include "dashboard/HealthPanel.h"
#include "dashboard/ReportPreviewDialog.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/SettingsDialog.h"
#include "sandbox/SandboxSession.h"
#include "wizard/ApplyPage.h"
#include "wizard/CloudonixAccountPage.h"
#include "wizard/FinishPage.h"
#include "wizard/NumberTableModel.h"
#include "wizard/NumbersPage.h"
#include "wizard/SetupWizard.h"
#include "wizard/SipCheckRow.h"
#include "wizard/TrunkPage.h"
#include "wizard/VapiAccountPage.h"

#include <QApplication>
#include <QDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <cstdio>

namespace tw::test {

namespace {
bool waitFor(const std::function<bool()> &condition, const char *what)
{
    if (QTest::qWaitFor(condition, 20000))
        return true;
    std::fprintf(stderr, "timed out waiting for %s\n", what);
    return false;
}

} // namespace

bool GuidedTour::run(const Stop &stop)
{
    SandboxSession sandbox;
    if (!sandbox.start())
        return false;
    CoreContext::Setup setup;
    sandbox.applyTo(&setup);
    CoreContext core(setup);
    MainWindow window(core.store(), &core);
    window.setSandboxMode(sandbox.server()->baseUrl());
    const SandboxScenario &scenario = sandbox.server()->scenario();
    window.setSandboxDemo(scenario.firstDomain(), scenario.cloudonixCustomerKey(), scenario.vapiKey());
    window.showStart();
    window.resize(1000, 720);
    window.show();
    SetupWizard *wizard = window.wizard();
    auto shot = [&](const QString &name) { return stop(name, &window); };
    auto next = [&] { wizard->next(); };
    bool ok = shot(QStringLiteral("wizard-1-welcome"));

    next();
    auto *cloudonix = qobject_cast<CloudonixAccountPage *>(wizard->currentPage());
    cloudonix->verifyButton()->click();
    ok &= waitFor([&] { return cloudonix->isComplete(); }, "the Cloudonix verify");
    ok &= shot(QStringLiteral("wizard-2-cloudonix"));

    next();
    auto *vapi = qobject_cast<VapiAccountPage *>(wizard->currentPage());
    vapi->verifyButton()->click();
    ok &= waitFor([&] { return vapi->isComplete(); }, "the Vapi verify");
    ok &= shot(QStringLiteral("wizard-3-vapi"));

    next();
    if (auto *advanced = wizard->currentPage()->findChild<QToolButton *>())
        advanced->click();
    if (auto *trunk = qobject_cast<TrunkPage *>(wizard->currentPage()))
        ok &= waitFor([&] { return !trunk->sipCheck()->isChecking(); }, "the SIP check of the gateway");
    ok &= shot(QStringLiteral("wizard-4-trunk"));
    // Help on this page: the glossary opens at "Gateway" and stays beside the wizard.
    wizard->button(QWizard::HelpButton)->click();
    if (auto *glossary = window.findChild<GlossaryDialog *>()) {
        ok &= waitFor([&] { return glossary->isVisible(); }, "the glossary");
        ok &= stop(QStringLiteral("glossary"), glossary);
        glossary->close();
    } else {
        ok = false;
    }

    next();
    ok &= shot(QStringLiteral("wizard-5-routing"));

    next();
    auto *numbers = qobject_cast<NumbersPage *>(wizard->currentPage());
    numbers->input()->setPlainText(QStringLiteral("+1 212 777 3456\n+44 20 7123 4567\n(212) 777-3457\n12345\n"));
    numbers->addButton()->click();
    ok &= waitFor([&] { return !numbers->model()->isChecking(); }, "the number checks");
    ok &= shot(QStringLiteral("wizard-6-numbers"));

    next();
    ok &= waitFor([&] { return wizard->currentPage()->isComplete(); }, "the plan");
    ok &= shot(QStringLiteral("wizard-7-review"));

    next(); // Apply (the commit page)
    auto *apply = qobject_cast<ApplyPage *>(wizard->currentPage());
    ok &= waitFor([&] { return apply->isComplete(); }, "the run");
    ok &= shot(QStringLiteral("wizard-8-apply"));

    next();
    auto *finish = qobject_cast<FinishPage *>(wizard->currentPage());
    finish->toEdit()->setText(QStringLiteral("+1 212 555 0100"));
    finish->callButton()->click();
    ok &= waitFor([&] { return finish->callButton()->isEnabled() && finish->banner()->isVisible(); }, "the test call");
    ok &= shot(QStringLiteral("wizard-9-finish"));

    window.showDomains(); // the dashboard reads every domain at once
    ok &= waitFor([&] { return !window.dashboard()->isRefreshing(); }, "the dashboard's refresh");
    ok &= shot(QStringLiteral("main-window-dashboard"));
    // The same dashboard on a small and a large screen: nothing cut, nothing lost.
    for (const QSize size : {QSize(1024, 768), QSize(1920, 1080)}) {
        window.resize(size);
        for (int pass = 0; pass < 3; ++pass) { // the layouts of layouts settle (scroll area, cards)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
        ok &= shot(QStringLiteral("main-window-dashboard-%1x%2").arg(size.width()).arg(size.height()));
    }
    window.resize(1000, 720);
    window.dashboard()->reportButton()->click();
    ReportPreviewDialog *preview = nullptr;
    ok &= waitFor([&] { return (preview = window.findChild<ReportPreviewDialog *>()) && preview->isReady(); },
                  "the report");
    if (preview) {
        ok &= stop(QStringLiteral("report-preview"), preview);
        preview->close();
    }
    // Someone changes two things in the consoles: the dashboard names each, with Fix and Accept.
    QNetworkAccessManager http;
    int changed = 0;
    auto send = [&](const QString &url, const QByteArray &key, const QJsonObject &body) {
        QNetworkRequest request {QUrl(url)};
        request.setRawHeader("Authorization", "Bearer " + key);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = http.sendCustomRequest(request, "PATCH", QJsonDocument(body).toJson());
        QObject::connect(reply, &QNetworkReply::finished, reply, [&changed, reply] {
            changed += reply->error() == QNetworkReply::NoError ? 1 : 100;
            reply->deleteLater();
        });
    };
    const QString domain = scenario.firstDomain();
    send(sandbox.server()->cloudonixUrl() + QStringLiteral("/customers/self/domains/") + domain,
         scenario.cloudonixCustomerKey().toUtf8(),
         QJsonObject {{QStringLiteral("profile"), QJsonObject {{QStringLiteral("allowed-border"), false}}}});
    const DomainStatus *status = window.dashboard()->domains()->status(domain);
    if (status && !status->numbers.isEmpty())
        send(sandbox.server()->vapiUrl() + QStringLiteral("/phone-number/") + status->numbers.first().id,
             scenario.vapiKey().toUtf8(),
             QJsonObject {{QStringLiteral("provider"), QStringLiteral("byo-phone-number")},
                          {QStringLiteral("assistantId"), QStringLiteral("a2222222-2222-4222-8222-222222222222")}});
    ok &= waitFor([&] { return changed >= 2; }, "the changes behind the app's back") && changed == 2;
    window.dashboard()->refresh();
    ok &= waitFor([&] { return !window.dashboard()->isRefreshing(); }, "the dashboard's second refresh");
    ok &= shot(QStringLiteral("main-window-drift"));
    // The health checks: the troubleshooter (which checks SIP too) over the same changes.
    HealthPanel *health = window.dashboard()->health();
    health->troubleshootButton()->click();
    ok &= waitFor([&] { return !health->isRunning() && health->banner()->isVisible(); }, "the troubleshooter");
    if (auto *scroll = window.dashboard()->findChild<QScrollArea *>()) {
        QCoreApplication::processEvents();
        scroll->ensureWidgetVisible(health, 0, 0);
    }
    ok &= shot(QStringLiteral("main-window-health"));
    window.dashboard()->addNumbersButton()->click();
    if (QDialog *add = window.dashboard()->pendingDialog()) {
        if (auto *edit = add->findChild<QPlainTextEdit *>())
            edit->setPlainText(QStringLiteral("+1 212 777 3460\n+1 212 777 3461"));
        ok &= stop(QStringLiteral("dashboard-add-numbers"), add);
        add->close();
    }
    if (auto *tabs = window.findChild<QTabWidget *>()) {
        tabs->setCurrentIndex(1); // every request made on the way
        ok &= shot(QStringLiteral("main-window-activity"));
    }
    window.settingsButton()->click();
    if (auto *settings = window.findChild<SettingsDialog *>()) {
        QCoreApplication::processEvents();
        ok &= stop(QStringLiteral("settings"), settings);
        settings->close();
    }
    return ok;
}

} // namespace tw::test
