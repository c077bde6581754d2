// corslab-har: every request of a saved HAR as a scenario, judged (`corslab-cli har` runs it, so
// corslab-cli itself links core only). The reader is ui/har (simdjson); core judges each request.
#include "app/console_output.h"
#include "core/cors_error.h"
#include "core/har_request.h"
#include "ui/har/har_reader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>

#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;
using namespace corslab;
using namespace corslab::cli;

namespace {



QString modelText(const HarJudgement &judgement)
{
    switch (harModelOutcome(judgement)) {
    case HarModelOutcome::Unknown:
        return u"?"_s;
    case HarModelOutcome::Blocked:
        return judgement.verdict->error ? u"blocked: "_s + corsErrorName(judgement.verdict->error->error) : u"blocked"_s;
    case HarModelOutcome::Unreadable:
        return u"unreadable"_s;
    case HarModelOutcome::Passes:
        break;
    }
    return u"ok"_s;
}

void printRow(const HarRequest &request, const HarJudgement &judgement)
{
    QStringList indexes;
    for (qsizetype index : request.entries)
        indexes << QString::number(index);
    QString recorded = request.recorded.blocked ? u"blocked"_s : u"ok"_s;
    if (!request.recorded.error.isEmpty())
        recorded += u' ' + request.recorded.error;
    out(QString::asprintf("%-9s %-7s %-6d %-22s %-36s ", qPrintable(indexes.join(u',')), request.method.constData(),
                          request.recorded.status, qPrintable(recorded), qPrintable(modelText(judgement)))
        + request.url + u'\n');
    const QString note = harNote(request, judgement);
    if (!note.isEmpty())
        out(u"          "_s + note + u'\n');
    if (judgement.assumedPreflight)
        out(u"          preflight not recorded; assumed to have passed (the request was sent)\n"_s);
    if (judgement.assumedNoCors)
        out(u"          mode not recorded; no-cors assumed (answered although CORS refuses it)\n"_s);
    if (judgement.assumedCredentials)
        out(u"          credentials not recorded; include assumed (failed although it passes without)\n"_s);
}

int runHar(QStringList args)
{
    bool json = false;
    bool blockedOnly = false;
    QStringList files;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == "--json"_L1)
            json = true;
        else if (arg == "--blocked-only"_L1)
            blockedOnly = true;
        else
            files << arg;
    }
    if (files.size() != 1)
        return usageError(u"har takes one FILE.har"_s);
    const QString file = files.first();
    qsizetype blockedCount = 0;
    bool headerShown = false;
    const HarSummary summary = readHarFile(file, [&](HarRequest &&request) {
        const HarJudgement judgement = judgeHarRequest(request);
        const bool blocked = harRequestBlocked(request, judgement);
        blockedCount += blocked ? 1 : 0;
        if (blockedOnly && !blocked)
            return;
        if (json) {
            out(QString::fromUtf8(QJsonDocument(harRequestToJson(request, judgement)).toJson(QJsonDocument::Compact)) + u'\n');
            return;
        }
        if (!std::exchange(headerShown, true))
            out(QString::asprintf("%-9s %-7s %-6s %-22s %-36s %s\n", "entries", "method", "status", "recorded", "model", "url"));
        printRow(request, judgement);
    });
    for (const HarError &error : summary.errors)
        err(file + u": "_s + error.toString() + u'\n');
    if (!summary.isHar)
        return kInvalidInput;
    if (!json)
        out(QString::asprintf("%lld entries, %lld requests, %lld blocked (recorded or by the model), %lld problems\n",
                              qlonglong(summary.entryCount), qlonglong(summary.requestCount), qlonglong(blockedCount),
                              qlonglong(summary.errors.size())));
    return kOk;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"corslab-har"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CORSLAB_VERSION));
    return runHar(app.arguments().mid(1));
}
