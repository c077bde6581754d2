#include "ui/probe/server_auditor.h"

#include <QTimer>

namespace corslab::probe {

ServerAuditor::ServerAuditor(QObject *parent) : QObject(parent)
{
    connect(&m_prober, &ServerProber::finished, this, &ServerAuditor::probeFinished);
}

bool ServerAuditor::start(const QString &target, const QStringList &trusted, ProbeSettings settings, ProbeOptionError *error)
{
    auto plan = auditPlan(target, trusted);
    if (auto *planError = std::get_if<ProbeOptionError>(&plan)) {
        if (error)
            *error = *planError;
        return false;
    }
    m_plan = std::get<QList<AuditProbe>>(std::move(plan));
    m_run = AuditRun{};
    m_run.target = target;
    m_run.trusted = trusted;
    m_settings = std::move(settings);
    m_index = -1;
    m_running = true;
    QTimer::singleShot(0, this, &ServerAuditor::nextProbe);
    return true;
}

void ServerAuditor::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_run.cancelled = true;
    m_prober.cancel();
    emit finished();
}

void ServerAuditor::nextProbe()
{
    if (!m_running)
        return;
    if (++m_index >= m_plan.size()) {
        m_running = false;
        m_run.findings = auditFindings(m_run.observations, m_run.trusted);
        emit finished();
        return;
    }
    const AuditProbe &probe = m_plan.at(m_index);
    emit probeStarted(static_cast<int>(m_index), static_cast<int>(m_plan.size()), probe.origin);
    const auto scenario = probeScenario(probe.options);
    m_secondPass = false;
    m_prober.start(std::get<Scenario>(scenario), m_settings);
}

void ServerAuditor::probeFinished()
{
    if (!m_running)
        return;
    const ProbeRun &run = m_prober.run();
    m_run.exchanges += static_cast<int>(run.records.size());
    if (run.failure) {
        m_running = false;
        m_run.failure = run.failure;
        emit finished();
        return;
    }
    if (!m_secondPass) {
        // The same answers judged without credentials; anything the browser then sends that the first
        // pass did not (the request after a preflight that failed only on credentials) is probed too.
        m_withCredentials = run.verdict;
        Scenario omit = run.scenario;
        omit.request.credentials = CredentialsMode::Omit;
        m_secondPass = true;
        m_prober.start(omit, m_settings);
        return;
    }
    AuditObservation observation;
    observation.probe = m_plan.at(m_index);
    observation.scenario = run.scenario;
    observation.scenario.request.credentials = CredentialsMode::Include;
    observation.withCredentials = m_withCredentials;
    observation.withoutCredentials = run.verdict;
    m_run.observations.append(std::move(observation));
    nextProbe();
}

} // namespace corslab::probe
