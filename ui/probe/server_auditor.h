#pragma once
// An audit of a real server's CORS policy: every probe of core's audit plan, one after another, each
// judged with and without credentials, then core's findings.
#include "core/cors_audit.h"
#include "ui/probe/server_prober.h"
#include <QObject>

namespace corslab::probe {

struct AuditRun {
    QString target;
    QStringList trusted;
    QList<AuditObservation> observations;
    QList<AuditFinding> findings;
    int exchanges = 0;                    // requests sent in all
    std::optional<NetworkFailure> failure;
    bool cancelled = false;
};

class ServerAuditor : public QObject {
    Q_OBJECT
public:
    explicit ServerAuditor(QObject *parent = nullptr);
    // false with `error` when the plan cannot be made (a bad URL or origin)
    bool start(const QString &target, const QStringList &trusted, ProbeSettings settings, ProbeOptionError *error);
    void cancel();
    const AuditRun &run() const { return m_run; }
    int probeCount() const { return static_cast<int>(m_plan.size()); }

signals:
    void probeStarted(int index, int count, const QString &origin);
    void finished();

private:
    void nextProbe();
    void probeFinished();

    AuditRun m_run;
    QList<AuditProbe> m_plan;
    ProbeSettings m_settings;
    ServerProber m_prober;
    qsizetype m_index = -1;
    bool m_secondPass = false;            // the same probe again without credentials
    Scenario m_recorded;
    Verdict m_withCredentials;
    bool m_running = false;
};

} // namespace corslab::probe
