#pragma once
// A probe of a real server as Chromium would make it: the engine says which request the browser
// sends next, a WireExchange sends it, its real answer becomes a route, and the engine judges again,
// until every request the browser makes has its real answer (preflights, redirect hops, the request).
#include "core/engine_profile.h"
#include "core/server_probe.h"
#include "ui/probe/wire_exchange.h"
#include <QObject>
#include <QPointer>

namespace corslab::probe {

struct ProbeSettings {
    ExchangeSettings exchange;
    QList<QByteArray> cookies;
    EngineProfile profile = EngineProfile::Current;
};

struct ProbeRun {
    Scenario scenario;                    // the routes are the real answers
    Verdict verdict;                      // the engine's judgement of them, with the fix
    QList<WireRecord> records;            // what went over the wire, in order
    std::optional<NetworkFailure> failure;
    bool cancelled = false;
};

class ServerProber : public QObject {
    Q_OBJECT
public:
    explicit ServerProber(QObject *parent = nullptr);
    // Starts from `scenario` (probeScenario's, or one with answers already recorded).
    void start(Scenario scenario, ProbeSettings settings);
    void cancel();
    bool isRunning() const { return m_running; }
    const ProbeRun &run() const { return m_run; }

    // The most requests one probe makes: 20 redirects, each with a preflight, and some to spare.
    static constexpr int kMaxExchanges = 48;

signals:
    void exchangeStarted(const QString &method, const QString &url);
    void finished();

private:
    void step();
    void finish();

    ProbeRun m_run;
    ProbeSettings m_settings;
    QPointer<WireExchange> m_exchange;
    bool m_running = false;
};

} // namespace corslab::probe
