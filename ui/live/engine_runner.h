#pragma once
// Runs a scenario in the real engine (Qt WebEngine's Chromium, offscreen) against a LoopbackServer
// and reports what happened as a corslab::Verdict in the scenario's own terms, so it can be compared
// field by field with the model's.
#include "core/scenario.h"
#include "core/verdict.h"
#include "ui/live/loopback_server.h"
#include <QJsonObject>
#include <QObject>
#include <QStringList>

class QWebEngineProfile;

namespace corslab::live {

class ConsolePage;
class OriginMap;

struct ConsoleLine {
    int level = 0;        // QWebEnginePage::JavaScriptConsoleMessageLevel: 0 info, 1 warning, 2 error
    QString text;         // scenario terms
};

struct LiveResult {
    Verdict verdict;
    QList<ConsoleLine> console;          // every console message of the run except the harness's own
    QList<LoggedRequest> serverLog;      // every request the loopback servers saw, scenario terms
    QJsonObject observation;             // what page script saw (the harness's report)
    bool timedOut = false;
    QString failure;                     // set when the scenario could not be run at all
    qint64 elapsedMs = 0;
};

class EngineRunner : public QObject {
    Q_OBJECT
public:
    // Call before the QGuiApplication exists: no sandbox as root, offscreen without a display, every
    // host name resolved to 127.0.0.1, shared GL contexts.
    static void prepareEnvironment();

    explicit EngineRunner(QObject *parent = nullptr);
    ~EngineRunner() override;

    // Starts the engine (a first page that runs script); false with `error` when it cannot.
    bool start(QString *error);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Runs one scenario to the end (a nested event loop); start() must have succeeded.
    LiveResult run(const Scenario &scenario);

private:
    // The steps of run(), in order. Each that can fail returns false with `failure` set.
    // Map the origins: every origin the scenario names, each on 127.0.0.1.
    static bool mapOrigins(const Scenario &scenario, OriginMap *map, QString *failure);
    // Give each origin its loopback port (an http origin and its https upgrade share one).
    static bool listen(OriginMap *map, LoopbackServer *server, QString *failure);
    // Lay out the routes: the scenario's server in real terms, usual bodies filled in.
    static bool layOutRoutes(const Scenario &scenario, const OriginMap &map, LoopbackServer *server, QString *failure);
    // Build the harness page that performs the request; returns the URL to load.
    static QString buildHarness(const Scenario &scenario, const OriginMap &map, const QString &token,
                                LoopbackServer *server);
    // Set the cookie on the target's host that tells whether credentials went along.
    void setTargetCookie(const ScenarioRequest &request, const OriginMap &map);
    // Wait: load the page and run until the harness reports, the page settles, or the timeout.
    QList<ConsoleLine> wait(const Scenario &scenario, const OriginMap &map, const QString &startUrl,
                            const QString &token, LoopbackServer *server, LiveResult *result);
    // Tear down: stop the page, close the servers.
    void tearDown(LoopbackServer *server);
    // Collect what the run saw in scenario terms, and the verdict.
    static void collect(const Scenario &scenario, const OriginMap &map, const LoopbackServer &server,
                        const QList<ConsoleLine> &console, LiveResult *result);

    QWebEngineProfile *m_profile = nullptr;
    ConsolePage *m_page = nullptr;
    int m_timeoutMs = 5000;
};

} // namespace corslab::live
