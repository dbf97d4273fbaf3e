#include "provisioning/ProvisioningEngine.h"

#include "api/CloudonixClient.h"
#include "api/RateLimiter.h"
#include "api/VapiClient.h"
#include "config/ConfigStore.h"
#include "provisioning/Planner.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

namespace tw {

Q_LOGGING_CATEGORY(lcEngine, "tw.engine", QtInfoMsg)

namespace {
constexpr int JournalLimit = 1000; // oldest entries go first: the journal must not grow forever
using Resource = PlanAction::Resource;
using Kind = PlanAction::Kind;
} // namespace

ProvisioningEngine::ProvisioningEngine(CloudonixClient *cloudonix, VapiClient *vapi, ConfigStore *store,
                                       QObject *parent)
    : QObject(parent)
    , m_cloudonix(cloudonix)
    , m_vapi(vapi)
    , m_store(store)
{ }

DomainRecord &ProvisioningEngine::record()
{
    return m_config.domainOrNew(m_plan.domain);
}

void ProvisioningEngine::apply(const Plan &plan, const AppConfig &config, const Options &options)
{
    Q_ASSERT(!m_running);
    m_plan = plan;
    m_config = config;
    m_options = options;
    m_options.concurrency = std::max(1, options.concurrency);
    m_result = {};
    m_unsaved.clear();
    m_created.clear();
    m_steps.clear();
    m_next = m_inFlight = m_done = 0;
    m_currentGroup = -1;
    m_stopping = false;
    m_running = true;
    m_vapiMs = 0;
    m_vapiDone = 0;
    m_clock.start();
    m_runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_trunkId.clear();
    for (const PlanAction &a : plan.actions) {
        if (a.resource == Resource::Trunk && !a.existingId.isEmpty())
            m_trunkId = a.existingId;
        if (a.isWrite())
            m_steps << a;
    }

    m_begun = false;
    if (!plan.canApply()) {
        m_result.failedStep = plan.errors.join(QStringLiteral("; "));
        QTimer::singleShot(0, this, [this] { finish(); });
        return;
    }
    // What already exists as wanted becomes this tool's to manage (teardown, drift, removal).
    bool adopted = false;
    for (const PlanAction &a : plan.actions)
        if (a.kind == Kind::Unchanged)
            adopted |= adopt(a);
    if (m_steps.isEmpty()) { // nothing to change remotely, and no journal entry
        if (adopted)
            save();
        m_result.ok = true;
        QTimer::singleShot(0, this, [this] { finish(); });
        return;
    }
    m_begun = true;
    if (!plan.inboundSipHost.isEmpty())
        record().inboundSipHost = plan.inboundSipHost;
    journal(QStringLiteral("trunkwizard"), QStringLiteral("begin"), QStringLiteral("run"), m_runId, {},
            QStringLiteral("%1 change(s) planned").arg(m_steps.size()));
    save();
    emit progressChanged(0, int(m_steps.size()), etaMs());
    QTimer::singleShot(0, this, [this] { launchMore(); });
}

void ProvisioningEngine::cancel()
{
    if (!m_running || m_stopping)
        return;
    // Requests in flight are let finish: aborting a POST could leave something created that
    // this run would not know of, and so could not remove.
    m_result.cancelled = true;
    m_stopping = true;
    if (m_inFlight == 0)
        startRollback();
}

int ProvisioningEngine::groupOf(int index) const
{
    // Steps of one group may run together: number writes, number removals, DNID bindings.
    const PlanAction &a = m_steps.at(index);
    if (a.resource == Resource::PhoneNumber)
        return a.kind == Kind::Delete ? 3 : 2;
    if (a.resource == Resource::Dnid)
        return 5;
    return 100 + index; // everything else alone, in order
}

StepReport ProvisioningEngine::report(int index, const std::optional<ApiError> &error) const
{
    const PlanAction &a = m_steps.at(index);
    return StepReport {index + 1, int(m_steps.size()), a.resource, a.kind, a.key, a.summary, error};
}

void ProvisioningEngine::launchMore()
{
    if (m_stopping)
        return;
    while (m_next < m_steps.size() && m_inFlight < m_options.concurrency) {
        const int group = groupOf(m_next);
        if (m_inFlight > 0 && group != m_currentGroup)
            break; // the next group starts when this one is done
        m_currentGroup = group;
        run(m_next++);
    }
    if (m_next >= m_steps.size() && m_inFlight == 0) {
        m_result.ok = true;
        finish();
    }
}

void ProvisioningEngine::run(int index)
{
    PlanAction &a = m_steps[index];
    ++m_inFlight;
    emit stepStarted(report(index));
    qCInfo(lcEngine).noquote() << "step" << index + 1 << a.summary;
    const QString domain = m_plan.domain;
    auto onError = [this, index](const ApiError &e) { failed(index, e); };

    switch (a.resource) {
    case Resource::BorderFlags:
        m_cloudonix->updateBorderSettings(
            domain, a.border, this, [this, index, onError](const ApiResult<CloudonixProfileChange> &r) {
                if (!r.ok())
                    return onError(r.error());
                m_steps[index].borderBefore = r.value().before; // what was really there, read just now
                succeeded(index, QString(), QString());
            });
        break;
    case Resource::Trunk:
        if (a.kind == Kind::Delete)
            m_vapi->deleteCredential(a.existingId, this, [this, index, onError](const ApiResult<VapiCredential> &r) {
                r.ok() ? succeeded(index, r.value().id, QString()) : onError(r.error());
            });
        else if (a.kind == Kind::Create)
            m_vapi->createCredential(a.trunk, this, [this, index, onError](const ApiResult<VapiCredential> &r) {
                if (!r.ok())
                    return onError(r.error());
                m_trunkId = r.value().id;
                succeeded(index, r.value().id, QString());
            });
        else
            m_vapi->updateCredential(a.trunk, this, [this, index, onError](const ApiResult<VapiCredential> &r) {
                r.ok() ? succeeded(index, r.value().id, QString()) : onError(r.error());
            });
        break;
    case Resource::PhoneNumber:
        if (a.kind == Kind::Create) {
            if (a.number.credentialId == Planner::PendingTrunkId)
                a.number.credentialId = m_trunkId;
            m_vapi->createPhoneNumber(a.number, this, [this, index, onError](const ApiResult<VapiPhoneNumber> &r) {
                r.ok() ? succeeded(index, r.value().id, r.value().assistantId) : onError(r.error());
            });
        } else if (a.kind == Kind::Update) {
            if (a.numberPatch.credentialId == Planner::PendingTrunkId)
                a.numberPatch.credentialId = m_trunkId;
            m_vapi->updatePhoneNumber(
                a.existingId, a.numberPatch, this, [this, index, onError](const ApiResult<VapiPhoneNumber> &r) {
                    r.ok() ? succeeded(index, r.value().id, r.value().assistantId) : onError(r.error());
                });
        } else {
            m_vapi->deletePhoneNumber(a.existingId, this, [this, index, onError](const ApiResult<VapiPhoneNumber> &r) {
                r.ok() ? succeeded(index, r.value().id, QString()) : onError(r.error());
            });
        }
        break;
    case Resource::Application:
        if (a.kind == Kind::Delete)
            m_cloudonix->deleteApplication(domain, a.key, this, [this, index, onError](const ApiResult<ApiDone> &r) {
                r.ok() ? succeeded(index, m_steps.at(index).existingId, QString()) : onError(r.error());
            });
        else if (a.kind == Kind::Create)
            m_cloudonix->createApplication(domain, a.application, this,
                                           [this, index, onError](const ApiResult<CloudonixApplication> &r) {
                                               r.ok() ? succeeded(index, r.value().id, QString()) : onError(r.error());
                                           });
        else
            m_cloudonix->updateApplication(domain, a.application, this,
                                           [this, index, onError](const ApiResult<CloudonixApplication> &r) {
                                               r.ok() ? succeeded(index, r.value().id, QString()) : onError(r.error());
                                           });
        break;
    case Resource::Dnid:
        if (a.kind == Kind::Create)
            m_cloudonix->createDnid(domain, a.dnid.applicationName, a.dnid, this,
                                    [this, index, onError](const ApiResult<CloudonixDnid> &r) {
                                        r.ok() ? succeeded(index, r.value().id, QString()) : onError(r.error());
                                    });
        else
            m_cloudonix->deleteDnid(domain, a.existingId, this, [this, index, onError](const ApiResult<ApiDone> &r) {
                r.ok() ? succeeded(index, m_steps.at(index).existingId, QString()) : onError(r.error());
            });
        break;
    }
}

void ProvisioningEngine::succeeded(int index, const QString &id, const QString &detail)
{
    --m_inFlight;
    ++m_done;
    ++m_result.writes;
    const PlanAction &a = m_steps.at(index);
    if (a.system == ApiError::System::Vapi) {
        ++m_vapiDone;
        m_vapiMs = m_clock.elapsed();
    }
    if (a.kind == Kind::Create)
        m_created << Created {a.resource, id, a.key, {}};
    if (a.resource == Resource::BorderFlags && !a.teardown)
        m_created << Created {a.resource, QString(), a.key, a.borderBefore}; // restored on rollback
    commit(a, id, detail);
    emit stepFinished(report(index));
    emit progressChanged(m_done, int(m_steps.size()), etaMs());
    if (m_stopping) {
        if (m_inFlight == 0)
            startRollback();
        return;
    }
    launchMore();
}

void ProvisioningEngine::failed(int index, const ApiError &error)
{
    --m_inFlight;
    const PlanAction &a = m_steps.at(index);
    qCWarning(lcEngine).noquote() << "step failed:" << a.summary << "-"
                                  << error.details().replace(QLatin1Char('\n'), QStringLiteral("; "));
    emit stepFinished(report(index, error));
    if (!m_result.error && !(m_result.cancelled && error.kind() == ApiError::Kind::Cancelled)) {
        m_result.error = error;
        m_result.failedStep = a.summary;
    }
    if (m_result.cancelled && m_result.failedStep.isEmpty())
        m_result.failedStep = a.summary;
    m_stopping = true;
    if (m_inFlight == 0)
        startRollback();
}

void ProvisioningEngine::commit(const PlanAction &a, const QString &id, const QString &detail)
{
    DomainRecord &r = record();
    QString action = PlanAction::kindName(a.kind);
    switch (a.resource) {
    case Resource::BorderFlags:
        if (a.teardown) { // back to what it was: a later apply records afresh
            r.borderBeforeRecorded = false;
            r.allowedBorderBefore.reset();
            r.redirectUnknownBefore.reset();
        } else if (!r.borderBeforeRecorded) {
            r.borderBeforeRecorded = true;
            r.allowedBorderBefore = a.borderBefore.allowedBorder;
            r.redirectUnknownBefore = a.borderBefore.redirectUnknownToBorder;
        }
        break;
    case Resource::Trunk:
        r.vapiCredentialId = a.kind == Kind::Delete ? QString() : id;
        r.vapiCredentialName = a.kind == Kind::Delete ? QString() : a.trunk.name;
        if (a.kind == Kind::Delete)
            r.intent = {}; // nothing left to drift from
        break;
    case Resource::PhoneNumber:
        if (a.kind == Kind::Delete) {
            r.removeNumber(a.key);
        } else {
            NumberRecord *n = r.findNumber(a.key);
            if (!n) {
                r.numbers << NumberRecord {};
                n = &r.numbers.last();
                n->number = a.key;
            }
            n->vapiId = id;
            n->assistantId = detail;
            n->mode = a.kind == Kind::Create && a.number.isSipUri() ? QStringLiteral("sip-uri") : n->mode;
            if (a.kind == Kind::Create)
                n->name = a.number.name;
        }
        break;
    case Resource::Application:
        r.applicationName = a.kind == Kind::Delete ? QString() : a.application.name;
        break;
    case Resource::Dnid:
        if (NumberRecord *n = r.findNumber(a.key))
            n->dnidId = a.kind == Kind::Delete ? QString() : id;
        break;
    }
    journal(ApiError::systemName(a.system).toLower(), action, PlanAction::resourceName(a.resource), id, a.before,
            a.after);
    save();
}

bool ProvisioningEngine::adopt(const PlanAction &a)
{
    DomainRecord &r = record();
    const DomainRecord before = r;
    switch (a.resource) {
    case Resource::Trunk:
        r.vapiCredentialId = a.existingId;
        r.vapiCredentialName = a.trunk.name;
        break;
    case Resource::PhoneNumber: {
        NumberRecord *n = r.findNumber(a.key);
        if (!n) {
            r.numbers << NumberRecord {};
            n = &r.numbers.last();
            n->number = a.key;
        }
        n->vapiId = a.existingId;
        n->assistantId = a.number.assistantId;
        n->mode = a.number.isSipUri() ? QStringLiteral("sip-uri") : QStringLiteral("trunk");
        if (n->name.isEmpty())
            n->name = a.number.name;
        break;
    }
    case Resource::Application:
        r.applicationName = a.key;
        break;
    case Resource::Dnid:
        if (NumberRecord *n = r.findNumber(a.key))
            n->dnidId = a.existingId;
        break;
    case Resource::BorderFlags:
        break;
    }
    return r.toJson() != before.toJson();
}

void ProvisioningEngine::journal(const QString &system, const QString &action, const QString &resource,
                                 const QString &id, const QString &before, const QString &after)
{
    JournalEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.runId = m_runId;
    e.domain = m_plan.domain;
    e.system = system;
    e.action = action;
    e.resource = resource;
    e.resourceId = id;
    e.before = before;
    e.after = after;
    m_config.journal << e;
    while (m_config.journal.size() > JournalLimit)
        m_config.journal.removeFirst();
    m_unsaved << e;
}

void ProvisioningEngine::save()
{
    if (!m_store)
        return;
    // Only this domain's record and this run's journal entries: other runs save theirs too.
    const DomainRecord current = record();
    const QString error = m_store->update([this, &current](AppConfig &config) {
        config.domainOrNew(current.domain) = current;
        config.journal << m_unsaved;
        while (config.journal.size() > JournalLimit)
            config.journal.removeFirst();
    });
    if (error.isEmpty())
        m_unsaved.clear();
    else if (!m_result.warnings.contains(error))
        m_result.warnings << error;
}

void ProvisioningEngine::startRollback()
{
    if (!m_options.rollback || m_created.isEmpty()) {
        finish();
        return;
    }
    m_result.rolledBack = true;
    emit rollbackStarted(int(m_created.size()));
    rollbackNext();
}

void ProvisioningEngine::rollbackNext()
{
    if (m_created.isEmpty()) {
        finish();
        return;
    }
    const Created item = m_created.takeLast(); // newest first
    const QString domain = m_plan.domain;
    auto done = [this, item](const std::optional<ApiError> &error) {
        if (error && error->kind() != ApiError::Kind::NotFound) {
            m_result.rolledBack = false;
            m_result.rollbackProblems << QStringLiteral("%1 %2: %3")
                                             .arg(PlanAction::resourceName(item.resource),
                                                  item.id.isEmpty() ? item.key : item.id, error->userMessage());
        } else {
            DomainRecord &r = record();
            switch (item.resource) {
            case Resource::Trunk:
                r.vapiCredentialId.clear();
                r.vapiCredentialName.clear();
                break;
            case Resource::PhoneNumber:
                r.removeNumber(item.key);
                break;
            case Resource::Application:
                r.applicationName.clear();
                break;
            case Resource::Dnid:
                if (NumberRecord *n = r.findNumber(item.key))
                    n->dnidId.clear();
                break;
            case Resource::BorderFlags:
                break;
            }
            journal(item.resource == Resource::Dnid || item.resource == Resource::Application
                            || item.resource == Resource::BorderFlags
                        ? QStringLiteral("cloudonix")
                        : QStringLiteral("vapi"),
                    QStringLiteral("rollback"), PlanAction::resourceName(item.resource), item.id, {}, {});
            save();
        }
        rollbackNext();
    };
    qCInfo(lcEngine).noquote() << "rollback:" << PlanAction::resourceName(item.resource) << item.id << item.key;
    switch (item.resource) {
    case Resource::PhoneNumber:
        m_vapi->deletePhoneNumber(item.id, this, [done](const ApiResult<VapiPhoneNumber> &r) {
            done(r.ok() ? std::nullopt : std::optional(r.error()));
        });
        break;
    case Resource::Trunk:
        m_vapi->deleteCredential(item.id, this, [done](const ApiResult<VapiCredential> &r) {
            done(r.ok() ? std::nullopt : std::optional(r.error()));
        });
        break;
    case Resource::Application:
        m_cloudonix->deleteApplication(domain, item.key, this, [done](const ApiResult<ApiDone> &r) {
            done(r.ok() ? std::nullopt : std::optional(r.error()));
        });
        break;
    case Resource::Dnid:
        m_cloudonix->deleteDnid(domain, item.id, this, [done](const ApiResult<ApiDone> &r) {
            done(r.ok() ? std::nullopt : std::optional(r.error()));
        });
        break;
    case Resource::BorderFlags: {
        // Put back exactly what was there; a key that was absent is set to its effective default.
        CloudonixBorderSettings restore = item.borderBefore;
        if (!restore.allowedBorder)
            restore.allowedBorder = false;
        if (!restore.redirectUnknownToBorder)
            restore.redirectUnknownToBorder = true;
        m_cloudonix->updateBorderSettings(domain, restore, this, [done](const ApiResult<CloudonixProfileChange> &r) {
            done(r.ok() ? std::nullopt : std::optional(r.error()));
        });
        break;
    }
    }
}

void ProvisioningEngine::finish()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_begun) {
        journal(QStringLiteral("trunkwizard"), QStringLiteral("end"), QStringLiteral("run"), m_runId, {},
                m_result.ok ? QStringLiteral("ok")
                            : (m_result.rolledBack ? QStringLiteral("rolled back") : QStringLiteral("failed")));
        save();
    }
    m_result.config = m_config;
    emit finished(m_result);
}

int ProvisioningEngine::etaMs() const
{
    int cloudonixLeft = 0;
    int vapiLeft = 0;
    for (int i = m_next; i < m_steps.size(); ++i)
        (m_steps.at(i).system == ApiError::System::Cloudonix ? cloudonixLeft : vapiLeft)++;
    qint64 eta = 0;
    if (cloudonixLeft > 0)
        eta += m_cloudonix->rateLimiter()->estimatedWait(m_plan.domain.toLower(), cloudonixLeft).count();
    const qint64 perVapi = m_vapiDone > 0 ? m_vapiMs / m_vapiDone : 300;
    eta += perVapi * vapiLeft / m_options.concurrency;
    return int(std::min<qint64>(eta, INT_MAX));
}

} // namespace tw
