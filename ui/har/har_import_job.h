#pragma once
// File › Import HAR's reading: readHarFile on a thread of its own, each request judged and trimmed to
// what the table shows and what opening it needs, handed over in batches; progress and Cancel.
#include "core/cors_error.h"
#include "core/engine_profile.h"
#include "core/har_request.h"
#include "ui/har/har_reader.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>
#include <utility>

namespace corslab {

// One request of the HAR, judged. The verdict's steps and exchanges are not kept (a 100,000-request
// HAR stays small); opening the row evaluates its scenario again.
struct HarImportRow {
    Scenario scenario;
    QString url;                           // the URL first asked for
    QByteArray method;
    QString pageOrigin;                    // the page's serialised origin (its URL when it has none)
    QList<qsizetype> entries;
    HarRecorded recorded;
    HarModelOutcome outcome = HarModelOutcome::Unknown;
    std::optional<CorsErrorStatus> error;  // the model's
    QString message;                       // the model's console text
    QString note;                          // harNote
    bool assumedPreflight = false;
    bool assumedNoCors = false;
    bool assumedCredentials = false;
    bool blocked = false;                  // harRequestBlocked
    QList<VerdictField> firefoxDiffers;    // HarJudgement::firefoxDiffers
};
HarImportRow harImportRow(HarRequest &&request, const HarJudgement &judgement);

class HarImportJob : public QObject {
    Q_OBJECT
public:
    explicit HarImportJob(QObject *parent = nullptr);
    ~HarImportJob() override;   // cancels and waits for the thread

    // Starts reading `path` (a running import is cancelled first).
    void start(const QString &path, EngineProfile profile);
    void cancel();
    bool isRunning() const;

signals:
    void rowsRead(const QList<corslab::HarImportRow> &rows);
    void progressed(int perMille);
    void finished(const corslab::HarSummary &summary);

private:
    void stop();
    // Runs `deliver` in this object's thread unless another import started meanwhile.
    template<typename Deliver>
    void post(quint64 generation, Deliver &&deliver);

    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel = false;
    quint64 m_generation = 0;
};

} // namespace corslab
