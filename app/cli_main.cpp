// corslab-cli: the model from the command line. Links core only.
#include "app/console_output.h"
#include "core/engine_comparison.h"
#include "core/engine_profile.h"
#include "core/explanation.h"
#include "core/evaluation.h"
#include "core/fix.h"
#include "core/handout.h"
#include "core/http_response.h"
#include "core/origin.h"
#include "core/request_export.h"
#include "core/request_import.h"
#include "core/scenario.h"
#include "core/server_config.h"
#include "core/url.h"
#include "core/verdict_json.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringList>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace corslab;
using namespace corslab::cli;

namespace {

const char kUsage[] = R"(Usage: corslab-cli COMMAND [OPTIONS] ARGS

Commands:
  origin [--base URL] URL   Print the origin of URL as a browser computes it
                            (WHATWG URL + HTML); "null" when opaque. URL "-"
                            reads the URL from standard input (for input that
                            a command line cannot carry, such as U+0000).
  validate FILE...          Check scenario files (corslab-scenario/1) and report
                            every problem with its file and field.
  check [--json] [--engine chromium|chromium-102|firefox|both] FILE...
                            What the browser does with each scenario's request:
                            the exchanges, the verdict, the steps, the console
                            text and the fix. --json prints one verdict object
                            per line. --engine chromium-102 answers for the
                            Chromium inside Qt WebEngine 6.4, firefox for
                            Firefox ESR 153 (its console text as "message",
                            its reason key as "firefoxReason"); both prints
                            Chromium's verdict, then Firefox's (--json: one
                            {"file", "chromium", "firefox", "differ"} object,
                            "differ" naming the verdict fields that differ).
  check --fix-for KIND FILE Print the server configuration that makes the
                            request pass (the fix's, or the policy the scenario
                            already has): an exact allowlist of origins. KIND:
                            nginx, apache, caddy, express, django, flask,
                            spring, aspnet. Exit 1 when no server change helps.
  check --as curl|fetch|httpie FILE
                            Print the request as the browser sends it (with
                            Origin; the preflight first when there is one) as
                            curl, Node.js fetch() or HTTPie, to replay against
                            the real server.
  check --apply-fix OUT FILE
                            Write the scenario with every change of its fix
                            applied (as the app's Apply fix) to OUT.
  check --block [--json] FILE
                            The reverse: the smallest server changes that make
                            the browser refuse the request, per kind of access
                            (read, embed, write), each checked by evaluating
                            the changed scenario (as the app's Block this).
                            --json: {"file", "blocks": [{kind, reason, change,
                            why, after}], "none"}. Exit 1 when no block is
                            found (0 when the browser already refuses it).
  check --sop-vs-cors [--json] FILE
                            The request twice: under the bare same-origin
                            policy (every route without its cross-origin
                            headers: Access-Control-*, CORP, COEP, COOP,
                            Timing-Allow-Origin, X-Frame-Options, CSP
                            frame-ancestors) and with the server's real
                            headers; each side's verdict, wire and what the
                            page can use, the headers removed and the
                            difference for the kind of access. --json: {"file",
                            "sop", "cors", "removedHeaders", "difference",
                            "why"}.
  check --all-vias [--json] FILE
                            Every tag at once: the scenario's URL and server
                            asked for by each via (form, link, iframe, img,
                            script, stylesheet and video, each bare and with
                            crossorigin="anonymous" and "use-credentials",
                            font, fetch, XHR), grouped by kind of access
                            (write, embed, read): sent, loaded, readable and
                            the error per row. --json: one verdict per line,
                            as check --json prints it, with "file", "via",
                            "crossorigin" and "current".
  import FILE|- [--response RAW_FILE|-] [--json]
                            Turn a request copied from DevTools (Chrome's Copy
                            as fetch / fetch (Node.js) / cURL (bash, cmd) /
                            PowerShell, Firefox's Copy as Fetch / cURL) or a
                            raw HTTP request into a scenario; --response adds
                            response headers as curl -i shows them as the
                            route. --json: {"scenario", "format",
                            "droppedHeaders"}. Exit 2 with FILE:LINE on bad input.
  har FILE.har [--json] [--blocked-only]
                            Judge each request a saved HAR holds (Chrome
                            DevTools "Save all as HAR", Firefox, Playwright
                            recordHar): redirect hops and DevTools' preflight
                            entries joined to their request; what the HAR
                            recorded beside the model's verdict. --json: one
                            object per request (verdict fields, url, method,
                            page, entries, recorded). Bad entries are reported
                            on stderr with their index; exit 2 when FILE is not
                            a HAR. (har runs corslab-har.)
  export --html OUT [--lang en|ru] [--topic TAG] [FILE|FOLDER]...
                            Write a handout: one self-contained HTML page (no
                            script, nothing loaded from elsewhere) with each
                            scenario's title and notes, the verdict banner, the
                            same-origin triple (scheme, host, port, site of the
                            page against each target), the sequence diagram as
                            inline SVG and the steps with links to the
                            standards; a table of contents for several. A
                            FOLDER adds its *.cors.json files; --topic TAG adds
                            every built-in lesson with that tag. --lang ru: in
                            Russian (the lessons' own Russian titles and notes).
  live [--json] FILE...     Run each scenario in the real engine (Qt WebEngine)
                            against a loopback server (runs corslab-live).
  probe URL --origin ORIGIN [--method M] [-H 'Name: value']...
        [--credentials omit|same-origin|include] [--via VIA] [--body DATA]
        [--cookie 'name=value']... [--timeout S] [--insecure] [--json]
        [--save FILE] [--engine chromium|chromium-102]
                            Send a real server what Chromium would send from a
                            page at ORIGIN (null: a sandboxed page): the
                            preflight, the request, each redirect hop; judge
                            the real answers. --save writes them as a scenario.
                            Exit 2 on a network failure, naming the URL.
  audit URL [--origin TRUSTED]... [--json] [--strict] [--timeout S] [--insecure]
                            Probe URL with origins crafted from the trusted ones
                            (a third party, null, look-alike names, http://),
                            with and without credentials, simple and
                            preflighted, and report what is broken or
                            exploitable. --strict: exit 1 on a finding of
                            medium severity or worse. (probe and audit run
                            corslab-probe.)

Options:
  -h, --help                Show this help.
  -v, --version             Show the version.

Exit status: 0 success (for check: every scenario evaluated, blocked or not),
2 invalid input (bad URL, invalid scenario), 1 other failure.
)";



int runOrigin(QStringList args)
{
    std::optional<Url> base;
    if (args.size() >= 2 && args.first() == "--base"_L1) {
        const auto parsed = parseUrl(args.at(1));
        if (const auto *error = std::get_if<UrlError>(&parsed)) {
            err(u"invalid base URL: "_s + error->reason + u'\n');
            return kInvalidInput;
        }
        base = std::get<Url>(parsed);
        args = args.mid(2);
    }
    if (args.size() != 1)
        return usageError(u"origin takes exactly one URL"_s);
    QString input = args.first();
    if (input == "-"_L1) {
        QFile standardInput;
        if (!standardInput.open(stdin, QIODevice::ReadOnly))
            return usageError(u"cannot read standard input"_s);
        input = QString::fromUtf8(standardInput.readAll());
    }
    const auto parsed = parseUrl(input, base ? &*base : nullptr);
    if (const auto *error = std::get_if<UrlError>(&parsed)) {
        err(u"invalid URL: "_s + error->reason + u'\n');
        return kInvalidInput;
    }
    out(Origin::fromUrl(std::get<Url>(parsed)).serialize() + u'\n');
    return kOk;
}

int runValidate(const QStringList &files)
{
    if (files.isEmpty())
        return usageError(u"validate needs at least one FILE"_s);
    int status = kOk;
    for (const QString &file : files) {
        const ScenarioLoad load = loadScenarioFile(file);
        for (const ScenarioError &error : load.errors)
            err(error.toString() + u'\n');
        if (load.errors.isEmpty())
            out(file + u": ok\n"_s);
        else
            status = kInvalidInput;
    }
    return status;
}

// `corslab-cli live` runs corslab-live, `probe`/`audit` run corslab-probe and `har` runs corslab-har,
// from the same folder, so this program never loads WebEngine, Qt Network or simdjson.
int runSibling(const QString &name, const QStringList &args)
{
    const QString program = QCoreApplication::applicationDirPath() + u'/' + name;
    if (!QFileInfo(program).isExecutable()) {
        err(u"corslab-cli: this command needs "_s + program + u", which is not there (build the whole project)\n"_s);
        return kFailure;
    }
    QProcess sibling;
    sibling.setProcessChannelMode(QProcess::ForwardedChannels);
    sibling.setInputChannelMode(QProcess::ForwardedInputChannel);
    sibling.start(program, args);
    if (!sibling.waitForFinished(-1) || sibling.exitStatus() != QProcess::NormalExit)
        return kFailure;
    return sibling.exitCode();
}

// `check --fix-for KIND FILE`: the fix (or the passing scenario's own policy) as server configuration.
int printServerConfig(ServerKind kind, const QString &file, const Scenario &scenario, const Verdict &verdict, EngineProfile profile)
{
    const bool serverFix = std::any_of(verdict.fixes.begin(), verdict.fixes.end(),
                                       [](const Fix &fix) { return fix.target == Fix::Target::ServerRoute; });
    QString reason = u"no server change makes the request pass"_s;
    const QList<CorsPolicy> policies = passes(verdict) || serverFix ? corsPoliciesForFix(scenario, verdict.fixes, profile, &reason)
                                                                    : QList<CorsPolicy>();
    const QList<Fix> beyond = fixesBeyondCorsPolicy(verdict.fixes);
    QString notes;
    for (const Fix &fix : beyond)
        notes += u"  "_s + describeFix(fix, scenario) + u'\n';
    if (policies.isEmpty()) {
        err(file + u": no CORS configuration to print: "_s + reason + u'\n' + (notes.isEmpty() ? QString() : u"The fix:\n"_s + notes));
        return kFailure;
    }
    out(serverConfig(kind, policies));
    if (!notes.isEmpty())
        err(file + u": also needed, outside the CORS configuration:\n"_s + notes);
    return kOk;
}

// `check --apply-fix OUT FILE`: exactly the app's Apply fix, saved atomically.
int writeFixedScenario(const QString &outFile, const QString &file, const Scenario &scenario, const Verdict &verdict)
{
    if (!passes(verdict) && verdict.fixes.isEmpty()) {
        err(file + u": no fix makes the request pass; nothing written\n"_s);
        return kFailure;
    }
    QSaveFile saved(outFile);
    if (!saved.open(QIODevice::WriteOnly) || saved.write(serializeScenario(applyFixes(scenario, verdict.fixes))) < 0 || !saved.commit()) {
        err(outFile + u": cannot be written: "_s + saved.errorString() + u'\n');
        return kFailure;
    }
    if (verdict.fixes.isEmpty()) {
        out(outFile + u": the request already passes; written unchanged\n"_s);
        return kOk;
    }
    QString changes;
    for (const Fix &fix : verdict.fixes)
        changes += u"  "_s + describeFix(fix, scenario) + u'\n';
    out(outFile + u": written with the fix applied:\n"_s + changes);
    return kOk;
}

// One object of `check --block --json`, `--sop-vs-cors --json` or `--all-vias --json`: the scenario file's name beside the rest, on one line.
QString jsonLine(QJsonObject object, const QString &file)
{
    object.insert(u"file"_s, file);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n';
}

// `check --block FILE`: the blocks for the scenario's request (the app's Block this).
int printBlocks(const QString &file, const Scenario &scenario, const Verdict &verdict, EngineProfile profile, bool json)
{
    const std::optional<BlockSuggestion> suggestion = blocksFor(scenario, profile);
    if (!suggestion)
        return kFailure;
    out(json ? jsonLine(blocksToJson(*suggestion, scenario), file) : blockReport(file, verdict, scenario, *suggestion));
    return suggestion->blocks.isEmpty() && suggestion->none != NoBlockReason::AlreadyRefused ? kFailure : kOk;
}

// `check --sop-vs-cors FILE`: the bare same-origin policy beside the server's real headers.
int printContrast(const QString &file, const Scenario &scenario, EngineProfile profile, bool json)
{
    const std::optional<SameOriginPolicyContrast> contrast = contrastFor(scenario, profile);
    if (!contrast)
        return kFailure;
    out(json ? jsonLine(contrastToJson(*contrast, scenario), file) : contrastReport(file, scenario, *contrast));
    return kOk;
}

// `check --all-vias FILE`: the request made by every via, one row (or one JSON verdict) each.
int printAccessMatrix(const QString &file, const Scenario &scenario, EngineProfile profile, bool json)
{
    const std::optional<QList<AccessMatrixRow>> rows = accessMatrixFor(scenario, profile);
    if (!rows)
        return kFailure;
    if (!json) {
        out(accessMatrixReport(file, scenario, *rows));
        return kOk;
    }
    for (const AccessMatrixRow &row : *rows) {
        QJsonObject object = verdictToJson(row.verdict, row.scenario);
        object.insert(u"via"_s, QString(viaName(row.variant.via)));
        object.insert(u"crossorigin"_s, row.variant.crossorigin ? QJsonValue(QString(crossOriginName(*row.variant.crossorigin))) : QJsonValue());
        object.insert(u"current"_s, row.current);
        out(jsonLine(object, file));
    }
    return kOk;
}

// `check --engine both`: Chromium's verdict and Firefox's, and the fields that differ between them.
int printBothEngines(const QString &file, const Scenario &scenario, bool json)
{
    const std::optional<EngineComparison> comparison = compareEngines(scenario);
    if (!comparison)
        return kFailure;
    if (json) {
        const auto fieldNames = [](const QList<VerdictField> &fields) {
            QJsonArray names;
            for (const VerdictField field : fields)
                names.append(QString(verdictFieldName(field)));
            return names;
        };
        QJsonArray causes;
        for (const EngineDifference &cause : comparison->causes) {
            causes.append(QJsonObject{{u"rule"_s, cause.rule ? QJsonValue(QString(engineRuleName(*cause.rule))) : QJsonValue()},
                                      {u"fields"_s, fieldNames(cause.fields)},
                                      {u"text"_s, describeEngineDifference(cause, *comparison)}});
        }
        const QJsonObject object{{u"file"_s, file},
                                 {u"chromium"_s, verdictToJson(comparison->chromium, scenario)},
                                 {u"firefox"_s, verdictToJson(comparison->firefox, scenario)},
                                 {u"differ"_s, fieldNames(comparison->differ)},
                                 {u"causes"_s, causes}};
        out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
    } else {
        out(engineComparisonReport(file, scenario, *comparison) + u'\n');
    }
    return kOk;
}

int runCheck(QStringList args)
{
    bool json = false;
    bool block = false;
    bool contrast = false;
    bool allVias = false;
    EngineProfile profile = EngineProfile::Current;
    bool bothEngines = false;
    std::optional<ServerKind> fixFor;
    QString applyFixTo;
    std::optional<RequestExportStyle> exportAs;
    QStringList files;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == "--json"_L1) {
            json = true;
        } else if (arg == "--block"_L1) {
            block = true;
        } else if (arg == "--sop-vs-cors"_L1) {
            contrast = true;
        } else if (arg == "--all-vias"_L1) {
            allVias = true;
        } else if (arg == "--fix-for"_L1) {
            QStringList kinds;
            for (const ServerKind kind : kAllServerKinds)
                kinds << serverKindName(kind);
            fixFor = serverKindFromName(args.isEmpty() ? QString() : args.takeFirst());
            if (!fixFor)
                return usageError(u"--fix-for takes one of "_s + kinds.join(u", "_s));
        } else if (arg == "--as"_L1) {
            exportAs = requestExportStyleFromName(args.isEmpty() ? QString() : args.takeFirst());
            if (!exportAs)
                return usageError(u"--as takes curl, fetch or httpie"_s);
        } else if (arg == "--apply-fix"_L1) {
            applyFixTo = args.isEmpty() ? QString() : args.takeFirst();
            if (applyFixTo.isEmpty())
                return usageError(u"--apply-fix takes an output file"_s);
        } else if (arg == "--engine"_L1 || arg.startsWith("--engine="_L1)) {
            const QString name = arg.contains(u'=') ? arg.section(u'=', 1) : (args.isEmpty() ? QString() : args.takeFirst());
            const std::optional<EngineProfile> parsed = engineProfileFromName(QLatin1StringView(name.toLatin1()));
            bothEngines = name == "both"_L1;
            if (!parsed && !bothEngines)
                return usageError(u"--engine takes chromium, chromium-102, firefox or both"_s);
            profile = parsed.value_or(EngineProfile::Current);
        } else {
            files << arg;
        }
    }
    if (files.isEmpty())
        return usageError(u"check needs at least one FILE"_s);
    const bool fixCommand = fixFor || !applyFixTo.isEmpty() || exportAs;
    if (fixCommand && (files.size() != 1 || json || int(bool(fixFor)) + int(!applyFixTo.isEmpty()) + int(bool(exportAs)) > 1))
        return usageError(u"--fix-for KIND, --apply-fix OUT and --as STYLE take one FILE, each on its own and without --json"_s);
    if (block && (files.size() != 1 || fixCommand))
        return usageError(u"--block takes one FILE, without --fix-for, --apply-fix or --as"_s);
    if (contrast && (files.size() != 1 || fixCommand || block))
        return usageError(u"--sop-vs-cors takes one FILE, without --block, --fix-for, --apply-fix or --as"_s);
    if (allVias && (files.size() != 1 || fixCommand || block || contrast))
        return usageError(u"--all-vias takes one FILE, without --sop-vs-cors, --block, --fix-for, --apply-fix or --as"_s);
    if (bothEngines && (fixCommand || block || contrast || allVias))
        return usageError(u"--engine both prints verdicts only: without --all-vias, --sop-vs-cors, --block, --fix-for, --apply-fix or --as"_s);
    int status = kOk;
    for (const QString &file : files) {
        const ScenarioLoad load = loadScenarioFile(file);
        for (const ScenarioError &error : load.errors)
            err(error.toString() + u'\n');
        if (!load.scenario) {
            status = kInvalidInput;
            continue;
        }
        if (bothEngines) {
            status = std::max(status, printBothEngines(file, *load.scenario, json));
            continue;
        }
        const std::optional<Verdict> verdict = evaluate(*load.scenario, profile);
        if (!verdict) {
            status = std::max<int>(status, kFailure);
            continue;
        }
        if (allVias)
            return printAccessMatrix(file, *load.scenario, profile, json);
        if (contrast)
            return printContrast(file, *load.scenario, profile, json);
        if (block)
            return printBlocks(file, *load.scenario, *verdict, profile, json);
        if (fixFor)
            return printServerConfig(*fixFor, file, *load.scenario, *verdict, profile);
        if (!applyFixTo.isEmpty())
            return writeFixedScenario(applyFixTo, file, *load.scenario, *verdict);
        if (exportAs) {
            out(QString::fromUtf8(exportRequests(*load.scenario, *verdict, *exportAs)));
            return kOk;
        }
        if (json)
            out(QString::fromUtf8(QJsonDocument(verdictToJson(*verdict, *load.scenario)).toJson(QJsonDocument::Compact)) + u'\n');
        else
            out(verdictReport(file, *load.scenario, *verdict) + u'\n');
    }
    return status;
}

// Reads FILE, or standard input for "-", up to `limit` bytes (one more tells the caller it was over).
std::optional<QByteArray> readInput(const QString &file, qint64 limit)
{
    QFile input;
    const bool opened = file == "-"_L1 ? input.open(stdin, QIODevice::ReadOnly) : (input.setFileName(file), input.open(QIODevice::ReadOnly));
    if (!opened) {
        err(file + u": cannot be read: "_s + input.errorString() + u'\n');
        return std::nullopt;
    }
    return input.read(limit + 1);
}

// `import FILE|- [--response RAW_FILE|-] [--json]`: a request copied from DevTools as a scenario.
int runImport(QStringList args)
{
    bool json = false;
    QString file;
    QString responseFile;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == "--json"_L1) {
            json = true;
        } else if (arg == "--response"_L1) {
            responseFile = args.isEmpty() ? QString() : args.takeFirst();
            if (responseFile.isEmpty())
                return usageError(u"--response takes a file (or - for standard input)"_s);
        } else if (file.isEmpty()) {
            file = arg;
        } else {
            return usageError(u"import takes one FILE"_s);
        }
    }
    if (file.isEmpty())
        return usageError(u"import needs a FILE (or - for standard input)"_s);
    if (file == "-"_L1 && responseFile == "-"_L1)
        return usageError(u"the request and the response cannot both come from standard input"_s);
    const std::optional<QByteArray> text = readInput(file, kMaxPastedRequestBytes);
    if (!text)
        return kFailure;
    const auto imported = importRequest(*text);
    if (const auto *error = std::get_if<ImportError>(&imported)) {
        err(file + u':' + QString::number(error->line) + u": "_s + error->message + u'\n');
        return kInvalidInput;
    }
    ImportedRequest result = std::get<ImportedRequest>(imported);
    if (!responseFile.isEmpty()) {
        const std::optional<QByteArray> raw = readInput(responseFile, kMaxResponseHeadBytes + kMaxBodyBytes);
        if (!raw)
            return kFailure;
        const auto route = importResponse(*raw, result.scenario.request);
        if (const auto *error = std::get_if<ImportError>(&route)) {
            err(responseFile + u':' + QString::number(error->line) + u": "_s + error->message + u'\n');
            return kInvalidInput;
        }
        result.scenario.server.append(std::get<ServerRoute>(route));
    }
    if (!json) {
        out(QString::fromUtf8(serializeScenario(result.scenario)));
        return kOk;
    }
    QJsonArray dropped;
    for (const QByteArray &name : result.droppedHeaders)
        dropped.append(QString::fromUtf8(name));
    const QJsonObject object{{u"scenario"_s, scenarioToJson(result.scenario)},
                             {u"format"_s, QString(pastedFormatName(result.format))},
                             {u"droppedHeaders"_s, dropped}};
    out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
    return kOk;
}

// The scenario files FILE|FOLDER names: a folder's *.cors.json in name order.
QStringList scenarioFiles(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return {path};
    QStringList files;
    const QDir folder(path);
    for (const QString &name : folder.entryList({u"*.cors.json"_s}, QDir::Files, QDir::Name))
        files << folder.filePath(name);
    return files;
}

// The built-in lessons (:/lessons, corslab_resources) that carry `tag`, in teaching order.
QStringList lessonFiles(const QString &tag, QStringList *allTags)
{
    QStringList files;
    for (const QString &file : scenarioFiles(u":/lessons"_s)) {
        const ScenarioLoad load = loadScenarioFile(file);
        const QStringList tags = load.scenario ? scenarioTags(*load.scenario) : QStringList();
        for (const QString &each : tags) {
            if (!allTags->contains(each))
                allTags->append(each);
        }
        if (tags.contains(tag))
            files << file;
    }
    return files;
}

// --lang ru: the app's Russian (compiled into this program at :/i18n) for core's words.
bool installExportLanguage(const QString &language)
{
    if (language == "en"_L1)
        return true;
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(u":/i18n/corslab_"_s + language + u".qm"_s))
        return false;
    QCoreApplication::installTranslator(translator);
    return true;
}

bool writeText(const QString &path, const QString &text)
{
    QSaveFile saved(path);
    if (saved.open(QIODevice::WriteOnly) && saved.write(text.toUtf8()) >= 0 && saved.commit())
        return true;
    err(path + u": cannot be written: "_s + saved.errorString() + u'\n');
    return false;
}

// `export --html OUT [--lang en|ru] [--topic TAG] [FILE|FOLDER]...`: the handout.
int runExport(QStringList args)
{
    QString outFile;
    QString language = u"en"_s;
    QStringList topics;
    QStringList files;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        const auto value = [&] { return args.isEmpty() ? QString() : args.takeFirst(); };
        if (arg == "--html"_L1) {
            outFile = value();
            if (outFile.isEmpty())
                return usageError(u"--html takes an output file"_s);
        } else if (arg == "--lang"_L1) {
            language = value();
            if (language != "en"_L1 && language != "ru"_L1)
                return usageError(u"--lang takes en or ru"_s);
        } else if (arg == "--topic"_L1) {
            topics << value();
            if (topics.last().isEmpty())
                return usageError(u"--topic takes a lesson tag (sop, preflight, …)"_s);
        } else if (arg.startsWith("--"_L1)) {
            return usageError(u"export does not know "_s + arg);
        } else {
            files << scenarioFiles(arg);
        }
    }
    if (outFile.isEmpty())
        return usageError(u"export needs --html OUT"_s);
    for (const QString &topic : std::as_const(topics)) {
        QStringList tags;
        const QStringList lessons = lessonFiles(topic, &tags);
        if (lessons.isEmpty())
            return usageError(u"no lesson has the tag '"_s + topic + u"'; the tags are: "_s + tags.join(u", "_s));
        files << lessons;
    }
    if (files.isEmpty())
        return usageError(u"export needs a FILE, a FOLDER or --topic TAG"_s);
    if (!installExportLanguage(language)) {
        err(u"corslab-cli: the "_s + language + u" translation is not built into this program\n"_s);
        return kFailure;
    }
    QList<HandoutScenario> scenarios;
    int status = kOk;
    for (const QString &file : std::as_const(files)) {
        const ScenarioLoad load = loadScenarioFile(file);
        for (const ScenarioError &error : load.errors)
            err(error.toString() + u'\n');
        const std::optional<Verdict> verdict = load.scenario ? evaluate(*load.scenario) : std::nullopt;
        if (!verdict) {
            status = load.scenario ? std::max<int>(status, kFailure) : kInvalidInput;
            continue;
        }
        scenarios.append({file.startsWith(u':') ? file.mid(2) : file, *load.scenario, *verdict});
    }
    if (status != kOk) {
        err(outFile + u": not written\n"_s);
        return status;
    }
    if (!writeText(outFile, handoutHtml(scenarios, language)))
        return kFailure;
    out(outFile + u": "_s + QString::number(scenarios.size()) + (scenarios.size() == 1 ? u" scenario\n"_s : u" scenarios\n"_s));
    return kOk;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"corslab-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CORSLAB_VERSION));
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usageError(u"no command given"_s);
    const QString command = args.takeFirst();
    if (command == "-h"_L1 || command == "--help"_L1 || command == "help"_L1) {
        out(QString::fromUtf8(kUsage));
        return kOk;
    }
    if (command == "-v"_L1 || command == "--version"_L1) {
        out(u"corslab-cli "_s + QCoreApplication::applicationVersion() + u'\n');
        return kOk;
    }
    if (command == "origin"_L1)
        return runOrigin(args);
    if (command == "validate"_L1)
        return runValidate(args);
    if (command == "check"_L1)
        return runCheck(args);
    if (command == "har"_L1)
        return runSibling(u"corslab-har"_s, args);
    if (command == "import"_L1)
        return runImport(args);
    if (command == "export"_L1)
        return runExport(args);
    if (command == "live"_L1)
        return runSibling(u"corslab-live"_s, args);
    if (command == "probe"_L1 || command == "audit"_L1)
        return runSibling(u"corslab-probe"_s, QStringList{command} + args);
    return usageError(u"unknown command '"_s + command + u'\'');
}
