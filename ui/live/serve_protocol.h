#pragma once
// The `corslab-live --serve` protocol, defined once: the desktop app (ui/live_controller) writes
// request lines and reads reply lines, the helper (app/live_main) reads the one and writes the
// other. Each line is one compact JSON object and a '\n'.
//   request: a scenario (corslab-scenario/1, as `scenarioToJson` writes it);
//   reply:   the run's verdict (`verdictToJson`, docs/scenario-format.md "Verdict") plus "engine",
//            "console", "timedOut", "elapsedMs" (what `corslab-live --json` prints, without "file"),
//            "consoleLevels", "serverLog" and each exchange's "responseHeaders";
//            or {"error": why} when the line is not a valid scenario or the run failed. A verdict
//            always has "blocked"; its own "error" is the CorsError.
// Header-only, Qt Core and core only: the app includes it without linking Qt WebEngine.
#include "core/scenario.h"
#include "core/verdict.h"
#include "core/verdict_json.h"
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace corslab::live::serve {

// The keys of the protocol. The verdict's own keys belong to core/verdict; the protocol relies on
// three of them (kBlocked, kExchanges, kError) and adds the rest.
namespace key {
inline constexpr QLatin1StringView kError{"error"};                   // {"error": why}, or the verdict's CorsError
inline constexpr QLatin1StringView kBlocked{"blocked"};               // every verdict has it
inline constexpr QLatin1StringView kExchanges{"exchanges"};           // the verdict's exchanges
inline constexpr QLatin1StringView kResponseHeaders{"responseHeaders"}; // in each exchange: [[name, value]]
inline constexpr QLatin1StringView kEngine{"engine"};                 // the engine's Chromium version
inline constexpr QLatin1StringView kConsole{"console"};               // the console lines' texts
inline constexpr QLatin1StringView kConsoleLevels{"consoleLevels"};   // 0 info, 1 warning, 2 error, one per line
inline constexpr QLatin1StringView kServerLog{"serverLog"};           // [{method, url, status}]
inline constexpr QLatin1StringView kMethod{"method"};
inline constexpr QLatin1StringView kUrl{"url"};
inline constexpr QLatin1StringView kStatus{"status"};
inline constexpr QLatin1StringView kTimedOut{"timedOut"};
inline constexpr QLatin1StringView kElapsedMs{"elapsedMs"};
} // namespace key

// One request the loopback servers saw for the scenario, as the Live tab lists it.
struct ServedRequest {
    QString method;
    QString url;          // scenario terms
    int status = 0;       // the answer given
};

// What a run reports besides its verdict.
struct RunReport {
    QStringList console;               // every console line, scenario terms
    QList<int> consoleLevels;          // one per console line: 0 info, 1 warning, 2 error
    QList<ServedRequest> serverLog;    // the scenario's requests (not the runner's own documents)
    bool timedOut = false;
    qint64 elapsedMs = 0;
};

// A reply line as the app reads it.
struct Reply {
    enum class Kind {
        Verdict,      // the run's verdict and report
        Error,        // {"error": why}: the helper cannot run this scenario
        Unreadable,   // not a reply: `error` says why
    };
    Kind kind = Kind::Unreadable;
    std::optional<Verdict> verdict;    // for Verdict
    RunReport report;                  // for Verdict
    QString error;                     // for Error and Unreadable
};

namespace detail {
inline QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace detail

// The line the app writes to run `scenario`.
inline QByteArray requestLine(const Scenario &scenario)
{
    return detail::line(scenarioToJson(scenario));
}

// A request line as the helper reads it (errors name the file "stdin").
inline ScenarioLoad readRequestLine(const QByteArray &line)
{
    return parseScenario(line, QStringLiteral("stdin"));
}

// What `corslab-live --json` prints for a run (without "file"): the verdict plus engine, console,
// timedOut and elapsedMs. The first part of every verdict reply.
inline QJsonObject runJson(const Verdict &verdict, const Scenario &scenario, const RunReport &report)
{
    QJsonObject object = verdictToJson(verdict, scenario);
    object.insert(key::kEngine, verdict.engine);
    object.insert(key::kConsole, QJsonArray::fromStringList(report.console));
    object.insert(key::kTimedOut, report.timedOut);
    object.insert(key::kElapsedMs, report.elapsedMs);
    return object;
}

// The helper's answer for a run: runJson plus what only the views need (console levels, the server
// log, the answers' header lines).
inline QByteArray replyLine(const Verdict &verdict, const Scenario &scenario, const RunReport &report)
{
    QJsonObject object = runJson(verdict, scenario, report);
    QJsonArray levels;
    for (int level : report.consoleLevels)
        levels.append(level);
    object.insert(key::kConsoleLevels, levels);
    QJsonArray serverLog;
    for (const ServedRequest &request : report.serverLog) {
        QJsonObject entry;
        entry.insert(key::kMethod, request.method);
        entry.insert(key::kUrl, request.url);
        entry.insert(key::kStatus, request.status);
        serverLog.append(entry);
    }
    object.insert(key::kServerLog, serverLog);
    QJsonArray exchanges = object.value(key::kExchanges).toArray();
    for (qsizetype i = 0; i < exchanges.size() && i < verdict.exchanges.size(); ++i) {
        QJsonObject exchange = exchanges.at(i).toObject();
        exchange.insert(key::kResponseHeaders, headersToJsonArray(verdict.exchanges[i].responseHeaders));
        exchanges.replace(i, exchange);
    }
    object.insert(key::kExchanges, exchanges);
    return detail::line(object);
}

// The helper's answer when it cannot run a line's scenario.
inline QByteArray errorLine(const QString &why)
{
    QJsonObject object;
    object.insert(key::kError, why);
    return detail::line(object);
}

// A reply line (without its '\n') as the app reads it. Missing report fields read as empty, 0, false.
inline Reply readReplyLine(const QByteArray &line)
{
    Reply reply;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (!document.isObject()) {
        reply.error = parseError.errorString();
        return reply;
    }
    const QJsonObject object = document.object();
    if (!object.contains(key::kBlocked)) {
        reply.kind = Reply::Kind::Error;
        reply.error = object.value(key::kError).toString();
        return reply;
    }
    reply.verdict = verdictFromJson(object, &reply.error);
    if (!reply.verdict)
        return reply;
    reply.kind = Reply::Kind::Verdict;
    for (const QJsonValue &text : object.value(key::kConsole).toArray())
        reply.report.console.append(text.toString());
    for (const QJsonValue &level : object.value(key::kConsoleLevels).toArray())
        reply.report.consoleLevels.append(level.toInt(0));
    for (const QJsonValue &value : object.value(key::kServerLog).toArray()) {
        const QJsonObject request = value.toObject();
        reply.report.serverLog.append({request.value(key::kMethod).toString(), request.value(key::kUrl).toString(),
                                       request.value(key::kStatus).toInt()});
    }
    reply.report.timedOut = object.value(key::kTimedOut).toBool();
    reply.report.elapsedMs = object.value(key::kElapsedMs).toInteger();
    return reply;
}

} // namespace corslab::live::serve
