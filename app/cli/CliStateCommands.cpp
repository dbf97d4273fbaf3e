#include "cli/CliStateCommands.h"

#include "cli/CliOutput.h"
#include "config/BoundedFile.h"
#include "domain/Excerpt.h"
#include "domain/JsonDuplicateKeys.h"
#include "operations/PlanOperation.h"
#include "operations/VerifyVapiOperation.h"

#include <QFile>
#include <QJsonDocument>

namespace tw {

void CliStateCommands::plan()
{
    planFile(false);
}

void CliStateCommands::apply()
{
    planFile(true);
}

void CliStateCommands::planFile(bool apply)
{
    const QString path = m_args.value(QStringLiteral("file"));
    if (path.isEmpty())
        return m_out->fail(
            CliOutput::Usage,
            tr("%1 needs --file STATE.json.").arg(apply ? QStringLiteral("apply") : QStringLiteral("plan")));
    // 16 MB is far above any real state (10,000 numbers are about 1 MB).
    BoundedFile file(path);
    switch (file.read()) {
    case BoundedFile::Outcome::Read:
        break;
    case BoundedFile::Outcome::TooLarge:
        return m_out->fail(CliOutput::Usage,
                           tr("The desired state file %1 is larger than 16 MB, far more than any real "
                              "state (10,000 numbers take about 1 MB); check that it is the right file.")
                               .arg(path));
    case BoundedFile::Outcome::Missing:
    case BoundedFile::Outcome::Unreadable:
        return m_out->fail(CliOutput::Usage,
                           tr("The desired state file %1 cannot be read (%2).").arg(path, file.reason()));
    }
    const QByteArray &bytes = file.data();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject())
        return m_out->fail(CliOutput::Usage,
                           tr("The desired state file %1 is not a JSON object (%2 at offset %3).")
                               .arg(path, parseError.errorString())
                               .arg(parseError.offset));
    if (const QString twice = JsonDuplicateKeys::first(bytes); !twice.isEmpty())
        return m_out->fail(
            CliOutput::Usage,
            tr("The desired state file %1 gives \"%2\" twice; keep the one you mean.").arg(path, Excerpt::of(twice)));
    QList<FieldError> errors;
    DesiredState desired = DesiredState::fromJson(doc.object(), &errors);
    if (m_args.has(QStringLiteral("trunk")))
        desired.trunk.id = m_args.value(QStringLiteral("trunk")).trimmed();
    if (!errors.isEmpty())
        return m_out->failAll(CliOutput::Usage, FieldError::messages(errors), QStringLiteral("validation"));
    DesiredState checked = desired;
    if (const QList<FieldError> problems = checked.validate(numberRegion()); !problems.isEmpty()) // before any request
        return m_out->failAll(CliOutput::Usage, FieldError::messages(problems), QStringLiteral("validation"));
    withBothKeys(desired.domain, [this, desired, apply] {
        // Both keys are verified before anything is written.
        run(new VerifyVapiOperation(m_core, m_keys.vapiKey, region(), this), &VerifyVapiOperation::finished,
            [this, desired, apply](const VapiAccountCheck &check) {
                if (!check.ok())
                    return m_out->failApi(*check.error);
                CliCommand::plan(
                    PlanOperation::forState(m_core, m_keys, desired, this), [this, apply](const PlanOutcome &planned) {
                        if (!apply) {
                            if (!planned.ok() || !planned.plan.canApply()) {
                                if (planned.ok())
                                    m_out->print(planned.plan.toText());
                                return m_out->failPlan(planned);
                            }
                            if (m_out->isJson())
                                m_out->printJson(QJsonObject {{QStringLiteral("plan"), planned.plan.toJson()}});
                            m_out->print(planned.plan.toText());
                            return m_out->done(CliOutput::Success);
                        }
                        runPlanned(planned, true, [this, planned](const ApplyResult &result) {
                            if (m_out->isJson())
                                m_out->printJson(QJsonObject {{QStringLiteral("plan"), planned.plan.toJson()},
                                                              {QStringLiteral("result"), result.toJson()}});
                            if (planned.plan.writeCount() == 0)
                                m_out->print(planned.plan.toText());
                            m_out->print(result.message());
                            m_out->done(CliOutput::Success);
                        });
                    });
            });
    });
}

void CliStateCommands::teardown()
{
    const QString domain = domainOption();
    if (domain.isEmpty())
        return m_out->fail(CliOutput::Usage, tr("teardown needs --domain."));
    withBothKeys(domain, [this, domain] {
        CliCommand::plan(
            PlanOperation::forTeardown(m_core, m_keys, domain, m_args.isSet(QStringLiteral("restore-cloudonix")), this),
            [this](const PlanOutcome &planned) {
                runPlanned(planned, true, [this, planned](const ApplyResult &result) {
                    if (m_out->isJson())
                        m_out->printJson(QJsonObject {{QStringLiteral("plan"), planned.plan.toJson()},
                                                      {QStringLiteral("result"), result.toJson()}});
                    m_out->print(result.message());
                    m_out->done(CliOutput::Success);
                });
            });
    });
}

} // namespace tw
