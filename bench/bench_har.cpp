// HAR import throughput: a generated DevTools-style HAR (100,000 entries by default) judged entry by
// entry, as `corslab-cli har` does, with entries per second and the peak RSS (getrusage).
// Built with the project, not run by ./test.sh:
//   build/bench/bench_har [--entries N]                 generate into a temp file, then judge it
//   build/bench/bench_har --generate FILE [--entries N]  only write the HAR (for python3 / time -v)
//   build/bench/bench_har FILE                           only judge FILE
#include "ui/har/har_reader.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

// One entry in the shape DevTools' front_end/models/har/Log.ts writes (Entry.build).
QByteArray entryJson(int i)
{
    const int kind = i % 10;   // 0-5 fetch, 6 preflight + PUT, 7 PUT itself, 8 blocked fetch, 9 image
    const QByteArray n = QByteArray::number(i);
    QByteArray method = "GET", url = "https://api.example.com/v1/items/" + n, type = "fetch";
    QByteArray requestHeaders = R"({"name":"Accept","value":"application/json"},{"name":"Accept-Language","value":"en-US,en;q=0.9"},{"name":"Origin","value":"https://app.example.com"},{"name":"Referer","value":"https://app.example.com/"},{"name":"Sec-Fetch-Dest","value":"empty"},{"name":"Sec-Fetch-Mode","value":"cors"},{"name":"Sec-Fetch-Site","value":"cross-site"},{"name":"User-Agent","value":"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36"},{"name":"sec-ch-ua","value":"\"Chromium\";v=\"156\", \"Not_A Brand\";v=\"24\""},{"name":"sec-ch-ua-mobile","value":"?0"},{"name":"sec-ch-ua-platform","value":"\"Linux\""})";
    QByteArray responseHeaders = R"({"name":"access-control-allow-origin","value":"https://app.example.com"},{"name":"content-type","value":"application/json; charset=utf-8"},{"name":"date","value":"Tue, 01 Dec 2026 12:00:00 GMT"},{"name":"server","value":"nginx"},{"name":"vary","value":"Origin"},{"name":"cache-control","value":"no-store"},{"name":"content-length","value":"27"})";
    QByteArray status = "200", error = "null", initiator = R"({"type":"script","stack":{"callFrames":[{"functionName":"load","scriptId":"17","url":"https://app.example.com/app.js","lineNumber":41,"columnNumber":12}]}})";
    QByteArray content = R"({"size":27,"mimeType":"application/json","text":"{\"id\":)" + n + R"(,\"name\":\"pen\"}"})";
    if (kind == 6) {
        method = "OPTIONS"; type = "preflight"; url = "https://api.example.com/v1/items/" + QByteArray::number(i + 1);
        initiator = R"({"type":"preflight","url":")" + url + R"("})";
        requestHeaders = R"({"name":"Accept","value":"*/*"},{"name":"Access-Control-Request-Method","value":"PUT"},{"name":"Access-Control-Request-Headers","value":"content-type,x-trace"},{"name":"Origin","value":"https://app.example.com"},{"name":"Sec-Fetch-Mode","value":"cors"},{"name":"User-Agent","value":"Mozilla/5.0 Chrome/156.0.0.0"})";
        responseHeaders = R"({"name":"access-control-allow-origin","value":"https://app.example.com"},{"name":"access-control-allow-methods","value":"GET, PUT"},{"name":"access-control-allow-headers","value":"content-type, x-trace"},{"name":"access-control-max-age","value":"600"})";
        status = "204"; content = R"({"size":0,"mimeType":"x-unknown"})";
    } else if (kind == 7) {
        method = "PUT";
        requestHeaders += R"(,{"name":"Content-Type","value":"application/json"},{"name":"X-Trace","value":")" + n + R"("})";
    } else if (kind == 8) {
        status = "0"; error = R"("net::ERR_FAILED")"; responseHeaders = R"({"name":"content-type","value":"application/json"})";
        url = "https://other.example.org/feed/" + n;
    } else if (kind == 9) {
        type = "image"; url = "https://cdn.example.net/img/" + n + ".png";
        requestHeaders = R"({"name":"Accept","value":"image/avif,image/webp,*/*"},{"name":"Referer","value":"https://app.example.com/"},{"name":"Sec-Fetch-Dest","value":"image"},{"name":"Sec-Fetch-Mode","value":"no-cors"},{"name":"User-Agent","value":"Mozilla/5.0 Chrome/156.0.0.0"})";
        initiator = R"({"type":"parser","url":"https://app.example.com/","lineNumber":12})";
        responseHeaders = R"({"name":"content-type","value":"image/png"},{"name":"content-length","value":"68"})";
        content = R"({"size":68,"mimeType":"image/png","text":"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==","encoding":"base64"})";
    }
    return R"({"_initiator":)" + initiator + R"(,"_priority":"High","_resourceType":")" + type
           + R"(","cache":{},"connection":"443","pageref":"page_1","request":{"method":")" + method + R"(","url":")" + url
           + R"(","httpVersion":"http/2.0","headers":[)" + requestHeaders
           + R"(],"queryString":[],"cookies":[],"headersSize":-1,"bodySize":0},"response":{"status":)" + status
           + R"(,"statusText":"","httpVersion":"http/2.0","headers":[)" + responseHeaders
           + R"(],"cookies":[],"content":)" + content + R"(,"redirectURL":"","headersSize":-1,"bodySize":-1,"_transferSize":412,"_error":)"
           + error + R"(},"serverIPAddress":"203.0.113.7","startedDateTime":"2026-12-01T12:00:00.000Z","time":31.2,"timings":{"blocked":1.1,"dns":-1,"ssl":-1,"connect":-1,"send":0.1,"wait":28.4,"receive":1.6,"_blocked_queueing":0.7}})";
}

bool generate(const QString &path, int entries)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(R"({"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"pages":[{"startedDateTime":"2026-12-01T12:00:00.000Z","id":"page_1","title":"https://app.example.com/","pageTimings":{"onContentLoad":120.5,"onLoad":180.2}}],"entries":[)");
    for (int i = 0; i < entries; ++i) {
        if (i > 0)
            file.write(",\n");
        file.write(entryJson(i));
    }
    file.write("]}}\n");
    return file.error() == QFile::NoError;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int judge(const QString &path)
{
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    qsizetype blocked = 0, judged = 0;
    const HarSummary summary = readHarFile(path, [&](HarRequest &&request) {
        const HarJudgement judgement = judgeHarRequest(request);
        ++judged;
        blocked += judgement.verdict && judgement.verdict->blocked ? 1 : 0;
    });
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    const double fileMiB = double(QFile(path).size()) / (1024.0 * 1024.0);
    const double rssMiB = double(peakRssKiB()) / 1024.0;
    std::printf("bench_har: %lld entries (%.1f MiB), %lld requests judged (%lld blocked), %lld problems\n",
                qlonglong(summary.entryCount), fileMiB, qlonglong(judged), qlonglong(blocked), qlonglong(summary.errors.size()));
    std::printf("bench_har: %.2f s, %.0f entries/s, peak RSS %.1f MiB (%.2f x the file)\n", seconds,
                double(summary.entryCount) / seconds, rssMiB, rssMiB / fileMiB);
    return summary.isHar && summary.errors.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int entries = 100000;
    QString generateTo, judgeFile;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == "--entries"_L1 && !args.isEmpty())
            entries = args.takeFirst().toInt();
        else if (arg == "--generate"_L1 && !args.isEmpty())
            generateTo = args.takeFirst();
        else
            judgeFile = arg;
    }
    if (!generateTo.isEmpty())
        return generate(generateTo, entries) ? 0 : 1;
    if (!judgeFile.isEmpty())
        return judge(judgeFile);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.har"_s);
    if (!generate(path, entries)) {
        std::fprintf(stderr, "bench_har: cannot write %s\n", qPrintable(path));
        return 1;
    }
    return judge(path);
}
