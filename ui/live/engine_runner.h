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
    QWebEngineProfile *m_profile = nullptr;
    ConsolePage *m_page = nullptr;
    int m_timeoutMs = 5000;
};

} // namespace corslab::live
