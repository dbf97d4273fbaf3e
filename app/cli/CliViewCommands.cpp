#include "cli/CliViewCommands.h"

#include "cli/CliDomainView.h"
#include "cli/CliOutput.h"
#include "config/ConfigStore.h"
#include "core/CoreContext.h"
#include "help/Glossary.h"
#include "operations/DomainStatusOperation.h"
#include "operations/ReportOperation.h"
#include "reports/ReportRenderer.h"
#include "reports/pdf/PdfReportWriter.h"

#include <QFile>
#include <QSaveFile>

namespace tw {

void CliViewCommands::display()
{
    const AppConfig config = m_core->store()->load().config;
    const QString only = domainOption();
    QStringList domains;
    for (const DomainRecord &d : config.domains)
        if (only.isEmpty() || d.domain == only)
            domains << d.domain;
    if (!only.isEmpty() && domains.isEmpty())
        return m_out->fail(CliOutput::Failure,
                           tr("%1 is not configured; run trunkwizard-cli configure first.").arg(only));
    if (m_args.isSet(QStringLiteral("remote")))
        return showRemote(domains);
    QJsonArray list;
    for (const DomainRecord &d : config.domains) {
        if (!domains.contains(d.domain))
            continue;
        list.append(DomainStatus::from(d, nullptr).toJson());
        for (const QString &line : CliDomainView::localText(d))
            m_out->print(line);
    }
    if (domains.isEmpty())
        m_out->print(tr("No domain is configured yet."));
    if (m_out->isJson())
        m_out->printJson(QJsonObject {{QStringLiteral("domains"), list}});
    m_out->done(CliOutput::Success);
}

void CliViewCommands::report()
{
    const QString domain = domainOption();
    const bool all = m_args.isSet(QStringLiteral("all"));
    ReportRenderer::Format format = ReportRenderer::Format::Json;
    const QString output = m_args.value(QStringLiteral("output"));
    const QString formatName
        = m_args.has(QStringLiteral("format")) ? m_args.value(QStringLiteral("format")) : QStringLiteral("json");
    const bool pdf = formatName.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    if (domain.isEmpty() == !all || output.isEmpty() || (!pdf && !ReportRenderer::parseFormat(formatName, &format))
        || (pdf && output == QLatin1String("-")))
        return m_out->fail(CliOutput::Usage,
                           tr("report needs --domain D or --all, --format "
                              "json|html|pdf|csv|md and --output FILE (- for standard "
                              "output, except for pdf)."));
    if (!domain.isEmpty() && !isConfigured(domain))
        return m_out->fail(CliOutput::Failure, tr("%1 is not configured.").arg(domain));
    auto *op = new ReportOperation(m_core, domain, this);
    const QString cloudonixKey = qEnvironmentVariable("TRUNKWIZARD_CLOUDONIX_KEY").trimmed();
    const QString vapiKey = qEnvironmentVariable("TRUNKWIZARD_VAPI_KEY").trimmed();
    if (!cloudonixKey.isEmpty() && !vapiKey.isEmpty())
        op->setKeys(AccountKeys {cloudonixKey, vapiKey, region()});
    run(op, &ReportOperation::finished, [this, format, output, pdf](const Report &report) {
        if (pdf) {
            if (const QString error = PdfReportWriter::write(report, output); !error.isEmpty())
                return m_out->fail(CliOutput::Failure, error);
            m_out->note(tr("Report %1 written to %2.").arg(report.id, output));
            return m_out->done(CliOutput::Success);
        }
        const QByteArray data = ReportRenderer::render(report, format);
        if (output == QLatin1String("-")) {
            m_out->printRaw(data);
            return m_out->done(CliOutput::Success);
        }
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            return m_out->fail(CliOutput::Failure,
                               tr("The report could not be written to %1 (%2).").arg(output, file.errorString()));
        QFile::setPermissions(output, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_out->note(
            tr("Report %1 written to %2 (%n domain(s)).", nullptr, int(report.domains.size())).arg(report.id, output));
        m_out->done(CliOutput::Success);
    });
}

void CliViewCommands::status()
{
    const QString domain = domainOption();
    if (domain.isEmpty())
        return m_out->fail(CliOutput::Usage, tr("status needs --domain."));
    if (!isConfigured(domain))
        return m_out->fail(CliOutput::Failure,
                           tr("%1 is not configured; run trunkwizard-cli configure first.").arg(domain));
    showRemote({domain});
}

void CliViewCommands::showRemote(const QStringList &domains, int index)
{
    if (index >= domains.size()) {
        if (m_out->isJson())
            m_out->printJson(QJsonObject {{QStringLiteral("domains"), m_shown}});
        return m_out->done(CliOutput::Success);
    }
    const QString domain = domains.at(index);
    withBothKeys(domain, [this, domains, index, domain] {
        run(new DomainStatusOperation(m_core, m_keys, domain, this), &DomainStatusOperation::finished,
            [this, domains, index](const DomainStatus &status) {
                if (status.error)
                    return m_out->failApi(*status.error);
                if (!status.problems.isEmpty())
                    return m_out->failAll(CliOutput::Failure, status.problems, QStringLiteral("config"));
                m_shown.append(status.toJson());
                for (const QString &line : CliDomainView::remoteText(status))
                    m_out->print(line);
                showRemote(domains, index + 1);
            });
    });
}

void CliViewCommands::glossary()
{
    QList<Glossary::Term> terms = Glossary::all();
    if (m_args.has(QStringLiteral("term"))) {
        Glossary::Term term;
        if (!Glossary::fromKey(m_args.value(QStringLiteral("term")), &term)) {
            QStringList keys;
            for (Glossary::Term t : terms)
                keys << Glossary::key(t);
            return m_out->fail(CliOutput::Usage,
                               tr("There is no term %1; the glossary has %2.")
                                   .arg(m_args.value(QStringLiteral("term")), keys.join(QStringLiteral(", "))));
        }
        terms = {term};
    }
    QJsonArray list;
    for (Glossary::Term term : std::as_const(terms)) {
        list.append(QJsonObject {{QStringLiteral("key"), Glossary::key(term)},
                                 {QStringLiteral("title"), Glossary::title(term)},
                                 {QStringLiteral("explanation"), Glossary::explanation(term)}});
        m_out->print(QStringLiteral("%1 (%2)").arg(Glossary::title(term), Glossary::key(term)));
        // Wrapped at 78 columns, indented, as a man page would show it.
        QString line = QStringLiteral("   ");
        for (const QString &word : Glossary::explanation(term).split(QLatin1Char(' '))) {
            if (line.size() + word.size() > 78 && line.size() > 3) {
                m_out->print(line);
                line = QStringLiteral("   ");
            }
            line += QLatin1Char(' ') + word;
        }
        m_out->print(line);
        m_out->print(QString());
    }
    if (m_out->isJson())
        m_out->printJson(QJsonObject {{QStringLiteral("terms"), list}});
    m_out->done(CliOutput::Success);
}

} // namespace tw
