#include "ui/live_controller.h"

#include "ui/live/serve_protocol.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

constexpr qsizetype kStderrTail = 16 * 1024;

// The helper's own diagnostics start with "corslab-live:"; Chromium's noise does not. The last such
// line, or else the last non-empty one.
QString lastDiagnostic(const QByteArray &stderrTail)
{
    const QList<QByteArray> lines = stderrTail.split('\n');
    QString fallback;
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QByteArray line = it->trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith("corslab-live:"))
            return QString::fromLocal8Bit(line);
        if (fallback.isEmpty())
            fallback = QString::fromLocal8Bit(line);
    }
    return fallback;
}

QString logText(const live::serve::RunReport &report)
{
    QString log;
    for (qsizetype i = 0; i < report.console.size(); ++i) {
        const int level = report.consoleLevels.value(i, 0);
        log += (level >= 2 ? u"[error] "_s : level == 1 ? u"[warning] "_s : u"[info] "_s) + report.console.at(i) + u'\n';
    }
    if (!report.serverLog.isEmpty()) {
        log += u'\n' + LiveController::tr("Server log:") + u'\n';
        for (const live::serve::ServedRequest &request : report.serverLog)
            log += u"%1 %2  →  %3\n"_s.arg(request.method, request.url).arg(request.status);
    }
    return log;
}

} // namespace

LiveController::LiveController(QObject *parent)
    : QObject(parent),
      m_program(QCoreApplication::applicationDirPath() + u"/corslab-live"_s),
      m_debounce(new QTimer(this)),
      m_watchdog(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &LiveController::run);
    m_watchdog->setSingleShot(true);
    m_watchdog->setInterval(60000);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        const QString why = tr("The live helper did not answer within %1 s and was stopped.").arg(m_watchdog->interval() / 1000);
        if (m_process) {
            m_process->disconnect(this);
            m_process->kill();
        }
        helperStopped(why);
    });
}

LiveController::~LiveController()
{
    stopHelper();
}

bool LiveController::hasEngine() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 LiveController::helperProcessId() const
{
    return m_process ? m_process->processId() : 0;
}

void LiveController::setResponseTimeoutMs(int ms)
{
    m_watchdog->setInterval(ms);
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
    m_debounce->stop();
    if (live)
        run();
    else if (!m_running)
        emit statusChanged(tr("Live mode is off. Run once with \"Run in engine\"."));
}

void LiveController::runNow()
{
    m_debounce->stop();
    run();
}

void LiveController::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    emit runningChanged(running);
}

bool LiveController::ensureHelper()
{
    if (hasEngine())
        return true;
    if (!QFileInfo(m_program).isExecutable()) {
        emit statusChanged(tr("The live helper %1 is missing: build corslab-live, or install it next to corslab.").arg(m_program));
        return false;
    }
    emit statusChanged(tr("Starting the engine (Qt WebEngine)…"));
    m_stdout.clear();
    m_stderr.clear();
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments({u"--serve"_s});
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LiveController::readResponses);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process->readAllStandardError();
        if (m_stderr.size() > kStderrTail)
            m_stderr = m_stderr.right(kStderrTail);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            helperStopped(tr("The live helper %1 cannot start: %2").arg(m_program, m_process->errorString()));
        // Crashes are reported by finished().
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        m_stderr += m_process->readAllStandardError();
        QString why = status == QProcess::CrashExit ? tr("The live helper stopped unexpectedly.")
                                                    : tr("The live helper exited with status %1.").arg(exitCode);
        if (const QString detail = lastDiagnostic(m_stderr); !detail.isEmpty())
            why += u' ' + detail;
        helperStopped(why);
    });
    m_process->start(QIODevice::ReadWrite);
    return m_process != nullptr;   // FailedToStart may already have been reported
}

void LiveController::run()
{
    // One request in flight: the current scenario runs once the helper has answered.
    if (m_inFlight) {
        m_pending = true;
        return;
    }
    if (!ensureHelper())
        return;
    send();
}

void LiveController::send()
{
    if (!m_process)
        return;
    m_pending = false;
    m_inFlight = m_scenario;
    m_process->write(live::serve::requestLine(m_scenario));
    m_watchdog->start();
    setRunning(true);
    if (m_process->state() == QProcess::Running)
        emit statusChanged(tr("Running in the engine…"));
}

void LiveController::readResponses()
{
    if (!m_process)
        return;
    m_stdout += m_process->readAllStandardOutput();
    qsizetype newline;
    while (m_process && (newline = m_stdout.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdout.left(newline);
        m_stdout.remove(0, newline + 1);
        if (!line.trimmed().isEmpty())
            handleResponse(line);
    }
}

void LiveController::handleResponse(const QByteArray &line)
{
    if (!m_inFlight)
        return;   // nothing asked: not an answer
    m_watchdog->stop();
    const Scenario ran = *m_inFlight;
    m_inFlight.reset();
    if (ran == m_scenario) {
        using live::serve::Reply;
        const Reply reply = live::serve::readReplyLine(line);
        switch (reply.kind) {
        case Reply::Kind::Verdict:
            emit logChanged(logText(reply.report));
            m_result = reply.verdict;
            emit statusChanged(tr("Chromium %1 ran the scenario in %2 ms%3.")
                                   .arg(reply.verdict->engine)
                                   .arg(reply.report.elapsedMs)
                                   .arg(reply.report.timedOut ? tr(" (timed out)") : QString()));
            break;
        case Reply::Kind::Error:
            emit logChanged(QString());
            m_result.reset();
            emit statusChanged(tr("Cannot run this scenario live: %1").arg(reply.error));
            break;
        case Reply::Kind::Unreadable:
            m_result.reset();
            emit statusChanged(tr("The live helper's answer cannot be read: %1").arg(reply.error));
            break;
        }
        emit resultChanged(m_result);
    } else if (!m_pending) {
        emit statusChanged(tr("The scenario changed during the run; that result was dropped."));
    }
    if (m_pending && hasEngine())
        send();
    else
        setRunning(false);
}

void LiveController::helperStopped(const QString &why)
{
    m_watchdog->stop();
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_stdout.clear();
    m_inFlight.reset();
    m_pending = false;
    emit statusChanged(why + u' ' + tr("The next run starts it again."));
    setRunning(false);
}

void LiveController::stopHelper()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        // The helper exits when its stdin closes; the engine gets a moment to shut down.
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
    delete m_process;
    m_process = nullptr;
}

} // namespace corslab
