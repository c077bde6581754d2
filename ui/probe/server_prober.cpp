#include "ui/probe/server_prober.h"

#include "core/evaluation.h"

#include <QTimer>

namespace corslab::probe {

ServerProber::ServerProber(QObject *parent) : QObject(parent) {}

void ServerProber::start(Scenario scenario, ProbeSettings settings)
{
    m_run = ProbeRun{};
    m_run.scenario = std::move(scenario);
    m_settings = std::move(settings);
    m_running = true;
    QTimer::singleShot(0, this, &ServerProber::step);
}

void ServerProber::cancel()
{
    if (!m_running)
        return;
    if (m_exchange)
        m_exchange->abort();
    m_run.cancelled = true;
    finish();
}

void ServerProber::step()
{
    if (!m_running)
        return;
    const std::optional<Verdict> verdict = evaluate(m_run.scenario, m_settings.profile);
    if (!verdict) {
        m_run.failure = NetworkFailure{NetworkFailure::Kind::InvalidUrl, m_run.scenario.request.url, tr("the page or request URL does not parse")};
        finish();
        return;
    }
    m_run.verdict = *verdict;
    const std::optional<WireRequest> next = nextUnansweredRequest(m_run.scenario, *verdict, m_settings.cookies);
    if (!next || m_run.records.size() >= kMaxExchanges) {
        finish();
        return;
    }
    emit exchangeStarted(QString::fromLatin1(next->method), next->url);
    m_exchange = new WireExchange(*next, m_settings.exchange, this);
    connect(m_exchange, &WireExchange::finished, this, [this, exchange = m_exchange] {
        exchange->deleteLater();
        if (!m_running)
            return;
        m_run.records.append(exchange->record());
        if (exchange->failure()) {
            m_run.failure = exchange->failure();
            finish();
            return;
        }
        recordResponse(m_run.scenario, exchange->record().request, *exchange->record().response);
        step();
    });
    m_exchange->start();
}

void ServerProber::finish()
{
    if (!m_running)
        return;
    m_running = false;
    emit finished();
}

} // namespace corslab::probe
