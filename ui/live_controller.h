#pragma once
// Live mode: the current scenario run in the real engine (ui/live/engine_runner.h) beside the model.
// The engine (Qt WebEngine and its processes) is created on first use only; until then the app
// creates no WebEngine object at all.
#include "core/scenario.h"
#include "core/verdict.h"
#include <QObject>
#include <optional>

class QTimer;

namespace corslab {

namespace live {
class EngineRunner;
}

class LiveController : public QObject {
    Q_OBJECT
public:
    explicit LiveController(QObject *parent = nullptr);
    ~LiveController() override;

    bool isLive() const { return m_live; }
    bool hasEngine() const { return m_runner != nullptr; }
    bool isRunning() const { return m_running; }
    // The last result for the current scenario, nullopt when there is none (or it is out of date).
    const std::optional<Verdict> &result() const { return m_result; }

    // The scenario the next run performs. A result for another scenario is dropped; in live mode
    // the new scenario runs shortly after the last edit.
    void setScenario(const Scenario &scenario);

public slots:
    // Live mode: run now and after every edit.
    void setLive(bool live);
    // One run of the current scenario, now.
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
    bool ensureEngine();
    void run();

    live::EngineRunner *m_runner = nullptr;
    QTimer *m_debounce = nullptr;
    Scenario m_scenario;
    std::optional<Verdict> m_result;
    bool m_live = false;
    bool m_running = false;
    bool m_pending = false;
    bool m_engineFailed = false;
};

} // namespace corslab
