#include "ui/live_controller.h"

#include "ui/live/engine_runner.h"

#include <QFileInfo>
#include <QLibraryInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace corslab {

LiveController::LiveController(QObject *parent) : QObject(parent), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &LiveController::run);
}

LiveController::~LiveController()
{
    delete m_runner;
}

void LiveController::setScenario(const Scenario &scenario)
{
    if (scenario == m_scenario)
        return;
    m_scenario = scenario;
    if (m_result) {
        m_result.reset();
        emit resultChanged(m_result);
    }
    if (m_live)
        m_debounce->start();
}

void LiveController::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    emit liveChanged(live);
    if (live) {
        m_debounce->stop();
        run();
    } else {
        m_debounce->stop();
        emit statusChanged(tr("Live mode is off. Run once with \"Run in engine\"."));
    }
}

void LiveController::runNow()
{
    m_debounce->stop();
    run();
}

bool LiveController::ensureEngine()
{
    if (m_runner)
        return true;
    if (m_engineFailed)
        return false;
    const QString helper = qEnvironmentVariableIsSet("QTWEBENGINEPROCESS_PATH")
        ? qEnvironmentVariable("QTWEBENGINEPROCESS_PATH")
        : QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath) + u"/QtWebEngineProcess"_s;
    if (!QFileInfo(helper).isExecutable()) {
        m_engineFailed = true;
        emit statusChanged(tr("Qt WebEngine cannot start: %1 is missing (install qt6-webengine).").arg(helper));
        return false;
    }
    emit statusChanged(tr("Starting the engine (Qt WebEngine)…"));
    m_runner = new live::EngineRunner;
    QString why;
    if (!m_runner->start(&why)) {
        delete m_runner;
        m_runner = nullptr;
        m_engineFailed = true;
        emit statusChanged(tr("Qt WebEngine cannot start: %1").arg(why));
        return false;
    }
    return true;
}

void LiveController::run()
{
    // EngineRunner::run() spins an event loop: an edit made meanwhile runs after this run.
    if (m_running) {
        m_pending = true;
        return;
    }
    if (!ensureEngine())
        return;
    m_running = true;
    emit runningChanged(true);
    emit statusChanged(tr("Running in the engine…"));
    do {
        m_pending = false;
        const Scenario scenario = m_scenario;
        const live::LiveResult result = m_runner->run(scenario);
        if (scenario != m_scenario)
            continue;   // edited meanwhile: this result is already out of date
        QString log;
        for (const live::ConsoleLine &line : result.console)
            log += (line.level >= 2 ? u"[error] "_s : line.level == 1 ? u"[warning] "_s : u"[info] "_s) + line.text + u'\n';
        if (!result.serverLog.isEmpty()) {
            log += u'\n' + tr("Server log:") + u'\n';
            for (const live::LoggedRequest &request : result.serverLog) {
                if (!request.internal)
                    log += u"%1 %2  →  %3\n"_s.arg(QString::fromLatin1(request.method), request.url).arg(request.status);
            }
        }
        emit logChanged(log);
        if (!result.failure.isEmpty()) {
            m_result.reset();
            emit statusChanged(tr("Cannot run this scenario live: %1").arg(result.failure));
        } else {
            m_result = result.verdict;
            emit statusChanged(tr("Chromium %1 ran the scenario in %2 ms%3.")
                                   .arg(result.verdict.engine)
                                   .arg(result.elapsedMs)
                                   .arg(result.timedOut ? tr(" (timed out)") : QString()));
        }
        emit resultChanged(m_result);
    } while (m_pending && m_live);
    m_running = false;
    emit runningChanged(false);
}

} // namespace corslab
