#include "ui/har/har_import_job.h"

#include "core/origin.h"
#include "core/url.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

// A batch goes to the table at least this often, so a big HAR fills it as it is read.
constexpr qint64 kBatchMilliseconds = 100;
constexpr qsizetype kBatchRows = 2000;

QString pageOriginOf(const HarRequest &request, const HarJudgement &judgement)
{
    if (judgement.verdict)
        return judgement.verdict->origin;
    const std::optional<Url> page = parseUrlOrNull(request.page);
    return page ? Origin::fromUrl(*page).serialize() : request.page;
}

} // namespace

HarImportRow harImportRow(HarRequest &&request, const HarJudgement &judgement)
{
    HarImportRow row;
    row.pageOrigin = pageOriginOf(request, judgement);
    row.note = harNote(request, judgement);
    row.outcome = harModelOutcome(judgement);
    row.blocked = harRequestBlocked(request, judgement);
    row.assumedPreflight = judgement.assumedPreflight;
    row.assumedNoCors = judgement.assumedNoCors;
    row.assumedCredentials = judgement.assumedCredentials;
    row.firefoxDiffers = judgement.firefoxDiffers;
    if (judgement.verdict) {
        row.error = judgement.verdict->error;
        row.message = judgement.verdict->message;
    }
    row.scenario = std::move(request.scenario);
    row.url = std::move(request.url);
    row.method = std::move(request.method);
    row.entries = std::move(request.entries);
    row.recorded = std::move(request.recorded);
    return row;
}

HarImportJob::HarImportJob(QObject *parent) : QObject(parent) {}

HarImportJob::~HarImportJob()
{
    stop();
}

bool HarImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void HarImportJob::cancel()
{
    m_cancel.store(true);
}

void HarImportJob::stop()
{
    cancel();
    if (m_thread)
        m_thread->wait();
    m_thread.reset();
}

template<typename Deliver>
void HarImportJob::post(quint64 generation, Deliver &&deliver)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation, deliver = std::forward<Deliver>(deliver)] {
            if (generation == m_generation)
                deliver();
        },
        Qt::QueuedConnection);
}

void HarImportJob::start(const QString &path, EngineProfile profile)
{
    stop();
    m_cancel.store(false);
    const quint64 generation = ++m_generation;
    m_thread.reset(QThread::create([this, path, profile, generation] {
        QList<HarImportRow> batch;
        QElapsedTimer sinceBatch;
        sinceBatch.start();
        const auto flush = [&] {
            if (!batch.isEmpty())
                post(generation, [this, rows = std::exchange(batch, {})] { emit rowsRead(rows); });
            sinceBatch.restart();
        };
        const HarSummary summary = readHarFile(
            path,
            [&](HarRequest &&request) {
                const HarJudgement judgement = judgeHarRequest(request, profile);
                batch.append(harImportRow(std::move(request), judgement));
                if (batch.size() >= kBatchRows || sinceBatch.elapsed() >= kBatchMilliseconds)
                    flush();
            },
            [&](int perMille) {
                post(generation, [this, perMille] { emit progressed(perMille); });
                return !m_cancel.load();
            });
        flush();
        post(generation, [this, summary] { emit finished(summary); });
    }));
    m_thread->start();
}

} // namespace corslab
