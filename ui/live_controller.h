#pragma once
// Live mode: the current scenario run in the real engine beside the model. The engine lives in a
// helper process, `corslab-live --serve` (app/live_main.cpp), started on first use and kept warm:
// the app itself never links or loads Qt WebEngine. One request is in flight at a time; a newer
// scenario replaces a queued one, and a result for a scenario that was edited meanwhile is dropped.
#include "core/scenario.h"
#include "core/verdict.h"
#include <QObject>
#include <QProcess>
#include <optional>

class QTimer;

namespace corslab {

class LiveController : public QObject {
    Q_OBJECT
public:
    explicit LiveController(QObject *parent = nullptr);
    ~LiveController() override;

    bool isLive() const { return m_live; }
    // The helper process (and so the engine) is running.
    bool hasEngine() const;
    // A run is in flight (or the helper is starting for one).
    bool isRunning() const { return m_running; }
    // The last result for the current scenario, nullopt when there is none (or it is out of date).
    const std::optional<Verdict> &result() const { return m_result; }

    // The helper program: by default corslab-live next to the application's executable.
    QString helperProgram() const { return m_program; }
    // Another helper (tests run the build tree's); takes effect when the helper next starts.
    void setHelperProgram(const QString &program) { m_program = program; }
    // The helper's process id while it runs, 0 otherwise.
    qint64 helperProcessId() const;
    // How long a run may take, helper start included, before the helper is stopped (default 60 s).
    void setResponseTimeoutMs(int ms);

    // The scenario the next run performs. A result for another scenario is dropped; in live mode
    // the new scenario runs shortly after the last edit.
    void setScenario(const Scenario &scenario);

public slots:
    // Live mode: run now and after every edit.
    void setLive(bool live);
    // One run of the current scenario, now (after the run in flight, if any).
    void runNow();

signals:
    void liveChanged(bool live);
    void runningChanged(bool running);
    // The engine's verdict for the current scenario; nullopt when the last one is out of date.
    void resultChanged(const std::optional<corslab::Verdict> &verdict);
    // The console lines and the server log of the last run, as text.
    void logChanged(const QString &text);
    void statusChanged(const QString &text);

private:
    bool ensureHelper();
    void run();
    void send();
    void readResponses();
    void handleResponse(const QByteArray &line);
    void helperStopped(const QString &why);
    void setRunning(bool running);
    void stopHelper();

    QString m_program;
    QProcess *m_process = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_watchdog = nullptr;
    QByteArray m_stdout;
    QByteArray m_stderr;            // the tail of the helper's diagnostics
    Scenario m_scenario;
    std::optional<Scenario> m_inFlight;   // the scenario the helper is running
    std::optional<Verdict> m_result;
    bool m_live = false;
    bool m_running = false;
    bool m_pending = false;         // run the current scenario once the run in flight is done
};

} // namespace corslab
