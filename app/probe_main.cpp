// corslab-probe: probes and audits real servers (`corslab-cli probe|audit` runs it, so corslab-cli
// itself links core only). The sender is ui/probe; core decides what to send and judges the answers.
#include "app/console_output.h"
#include "core/evaluation.h"
#include "core/explanation.h"
#include "core/fetch_engine.h"
#include "core/server_probe.h"
#include "core/verdict_json.h"
#include "ui/probe/server_auditor.h"
#include "ui/probe/server_prober.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace corslab;
using namespace corslab::cli;
using namespace corslab::probe;

namespace {



// The options both commands share.
struct CommonOptions {
    bool json = false;
    ProbeSettings settings;
};

// Takes the value of `arg` (`--name VALUE` or `--name=VALUE`); nullopt when it is missing.
std::optional<QString> takeValue(const QString &arg, QStringList &args)
{
    if (const qsizetype equals = arg.indexOf(u'='); arg.startsWith("--"_L1) && equals > 0)
        return arg.mid(equals + 1);
    if (args.isEmpty())
        return std::nullopt;
    return args.takeFirst();
}

// A common option, consumed; returns false when `arg` is none, or sets `error`.
bool takeCommonOption(const QString &arg, QStringList &args, CommonOptions &common, QString *error)
{
    const QString name = arg.section(u'=', 0, 0);
    if (arg == "--json"_L1) {
        common.json = true;
    } else if (arg == "--insecure"_L1) {
        common.settings.exchange.insecure = true;
    } else if (name == "--timeout"_L1) {
        bool ok = false;
        const double seconds = takeValue(arg, args).value_or(QString()).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            *error = u"--timeout takes seconds (0 < S <= 3600)"_s;
        common.settings.exchange.timeoutMs = static_cast<int>(seconds * 1000);
    } else if (name == "--engine"_L1) {
        const QByteArray value = takeValue(arg, args).value_or(QString()).toLatin1();
        const std::optional<EngineProfile> profile = engineProfileFromName(QLatin1StringView(value));
        if (!profile)
            *error = u"--engine takes chromium or chromium-102"_s;
        else
            common.settings.profile = *profile;
    } else {
        return false;
    }
    return true;
}

std::optional<CredentialsMode> credentialsFromName(const QString &name)
{
    if (name == "omit"_L1)
        return CredentialsMode::Omit;
    if (name == "same-origin"_L1)
        return CredentialsMode::SameOrigin;
    if (name == "include"_L1)
        return CredentialsMode::Include;
    return std::nullopt;
}

// Waits for `object`'s finished() while Ctrl+C is not handled: the run's own timeouts bound it.
template<typename T>
void waitFor(T &object)
{
    QEventLoop loop;
    QObject::connect(&object, &T::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

int saveScenario(const QString &file, const Scenario &scenario)
{
    QSaveFile save(file);
    if (!save.open(QIODevice::WriteOnly) || save.write(serializeScenario(scenario)) < 0 || !save.commit()) {
        err(u"corslab-cli: cannot write %1: %2\n"_s.arg(file, save.errorString()));
        return kInvalidInput;
    }
    // What the server sent is kept as sent; where it is beyond a scenario file's limits (a header value
    // over 64 KiB, more than 1000 lines) the file says so when it is opened, and here now.
    for (const ScenarioError &error : validateScenario(scenario, file))
        err(u"corslab-cli: warning: "_s + error.toString() + u'\n');
    return kOk;
}

QJsonObject probeJson(const ProbeRun &run)
{
    QJsonObject object = verdictToJson(run.verdict, run.scenario);
    const std::optional<int> status = scriptVisibleStatus(run.scenario, run.verdict);
    object.insert(u"status"_s, status ? QJsonValue(*status) : QJsonValue());
    QJsonArray records;
    qint64 elapsed = 0;
    for (const WireRecord &record : run.records) {
        records.append(record.toJson());
        elapsed += std::max<qint64>(record.totalMs, 0);
    }
    object.insert(u"probe"_s, QJsonObject{{u"exchanges"_s, records}, {u"elapsedMs"_s, elapsed}});
    QJsonArray firefoxDiffers;
    for (const VerdictField field : firefoxOutcomeDifferences(run.scenario))
        firefoxDiffers.append(QString(verdictFieldName(field)));
    if (!firefoxDiffers.isEmpty())
        object.insert(u"differsInFirefox"_s, firefoxDiffers);
    return object;
}

// "Differs in Firefox: blocked, readable", or nothing when Firefox decides the real answers alike.
QString firefoxMarker(const ProbeRun &run)
{
    QStringList fields;
    for (const VerdictField field : firefoxOutcomeDifferences(run.scenario))
        fields << verdictFieldLabel(field);
    return fields.isEmpty() ? QString()
                            : u"\n  Differs in Firefox: %1 (corslab-cli check --engine both on the saved scenario says why)\n"_s.arg(fields.join(u", "_s));
}

QString wireReport(const ProbeRun &run)
{
    QString text = u"\n  Sent to the server (%1 requests):\n"_s.arg(run.records.size());
    for (const WireRecord &record : run.records) {
        for (const QByteArray &line : record.requestBytes.trimmed().split('\n'))
            text += u"    > "_s + QString::fromLatin1(line.trimmed()) + u'\n';
        for (const QByteArray &line : record.responseHead.trimmed().split('\n'))
            text += u"    < "_s + QString::fromLatin1(line.trimmed()) + u'\n';
        text += u"    (%1 ms"_s.arg(record.totalMs);
        if (record.tls.value(u"insecureAccepted"_s).toBool())
            text += u"; certificate NOT verified, accepted because of --insecure"_s;
        text += u")\n"_s;
    }
    return text;
}

int runProbe(QStringList args)
{
    CommonOptions common;
    ProbeOptions options;
    QString saveFile;
    QString error;
    bool originGiven = false;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        const QString name = arg.section(u'=', 0, 0);
        if (takeCommonOption(arg, args, common, &error)) {
            if (!error.isEmpty())
                return usageError(error);
            continue;
        }
        if (!arg.startsWith(u'-')) {
            if (!options.url.isEmpty())
                return usageError(u"probe takes one URL"_s);
            options.url = arg;
            continue;
        }
        const std::optional<QString> value = takeValue(arg, args);
        if (!value)
            return usageError(name + u" needs a value"_s);
        if (name == "--origin"_L1) {
            options.origin = *value;
            originGiven = true;
        } else if (name == "--method"_L1 || name == "-X"_L1) {
            options.method = value->toLatin1();
        } else if (name == "-H"_L1 || name == "--header"_L1) {
            const qsizetype colon = value->indexOf(u':');
            if (colon <= 0)
                return usageError(u"-H takes 'Name: value', not '%1'"_s.arg(*value));
            options.headers.append(value->left(colon).trimmed().toLatin1(), value->mid(colon + 1).trimmed().toUtf8());
        } else if (name == "--credentials"_L1) {
            options.credentials = credentialsFromName(*value);
            if (!options.credentials)
                return usageError(u"--credentials takes omit, same-origin or include"_s);
        } else if (name == "--via"_L1) {
            const std::optional<Via> via = viaFromName(*value);
            if (!via)
                return usageError(u"--via takes fetch, xhr, img, script, stylesheet, font, media, form, navigate or iframe"_s);
            options.via = *via;
        } else if (name == "--body"_L1) {
            options.body = value->toUtf8();
        } else if (name == "--cookie"_L1) {
            options.cookies.append(value->toUtf8());
        } else if (name == "--save"_L1) {
            saveFile = *value;
        } else {
            return usageError(u"unknown option '%1'"_s.arg(name));
        }
    }
    if (options.url.isEmpty())
        return usageError(u"probe needs a URL"_s);
    if (!originGiven)
        return usageError(u"probe needs --origin ORIGIN (the page's origin, or null)"_s);
    const auto scenario = probeScenario(options);
    if (const auto *bad = std::get_if<ProbeOptionError>(&scenario))
        return usageError(bad->option + u": "_s + bad->message);
    common.settings.cookies = options.cookies;

    ServerProber prober;
    if (!common.json)
        QObject::connect(&prober, &ServerProber::exchangeStarted, [](const QString &method, const QString &url) {
            err(u"-> %1 %2\n"_s.arg(method, url));
        });
    prober.start(std::get<Scenario>(scenario), common.settings);
    waitFor(prober);
    const ProbeRun &run = prober.run();
    if (run.failure) {
        err(u"corslab-cli: probe failed: %1\n"_s.arg(run.failure->toString()));
        return kInvalidInput;
    }
    Scenario probed = run.scenario;
    markProbed(probed, QDateTime::currentDateTimeUtc(), options);
    if (common.json)
        out(QString::fromUtf8(QJsonDocument(probeJson(run)).toJson(QJsonDocument::Compact)) + u'\n');
    else
        out(verdictReport(options.url, probed, run.verdict) + firefoxMarker(run) + wireReport(run));
    return saveFile.isEmpty() ? kOk : saveScenario(saveFile, probed);
}

QJsonObject findingJson(const AuditFinding &finding, const QStringList &trusted)
{
    const FindingText words = describeFinding(finding, trusted);
    const auto lines = [](const HeaderList &headers) {
        QJsonArray array;
        for (const Header &header : headers.entries())
            array.append(QString::fromLatin1(header.name + ": " + header.value));
        return array;
    };
    return QJsonObject{{u"class"_s, auditFindingClassName(finding.findingClass)},
                       {u"severity"_s, auditSeverityName(finding.severity)},
                       {u"origin"_s, finding.origin},
                       {u"credentials"_s, finding.credentials},
                       {u"url"_s, finding.url},
                       {u"title"_s, words.title},
                       {u"evidence"_s, QJsonObject{{u"request"_s, QString::fromLatin1(finding.evidence.method) + u' ' + finding.evidence.url},
                                                   {u"requestHeaders"_s, lines(finding.evidence.requestHeaders)},
                                                   {u"status"_s, finding.evidence.status},
                                                   {u"responseHeaders"_s, lines(finding.evidence.responseHeaders)}}},
                       {u"why"_s, words.risk},
                       {u"fix"_s, words.fix}};
}

int runAudit(QStringList args)
{
    CommonOptions common;
    QString target;
    QStringList trusted;
    bool strict = false;
    QString error;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        const QString name = arg.section(u'=', 0, 0);
        if (takeCommonOption(arg, args, common, &error)) {
            if (!error.isEmpty())
                return usageError(error);
        } else if (arg == "--strict"_L1) {
            strict = true;
        } else if (name == "--origin"_L1) {
            const std::optional<QString> value = takeValue(arg, args);
            if (!value)
                return usageError(u"--origin needs a value"_s);
            trusted.append(*value);
        } else if (arg.startsWith(u'-')) {
            return usageError(u"unknown option '%1'"_s.arg(name));
        } else if (!target.isEmpty()) {
            return usageError(u"audit takes one URL"_s);
        } else {
            target = arg;
        }
    }
    if (target.isEmpty())
        return usageError(u"audit needs a URL"_s);
    ServerAuditor auditor;
    ProbeOptionError planError;
    if (!auditor.start(target, trusted, common.settings, &planError))
        return usageError(planError.option + u": "_s + planError.message);
    if (!common.json)
        QObject::connect(&auditor, &ServerAuditor::probeStarted, [](int index, int count, const QString &origin) {
            err(u"probe %1/%2: Origin %3\n"_s.arg(index + 1).arg(count).arg(origin));
        });
    waitFor(auditor);
    const AuditRun &run = auditor.run();
    if (run.failure) {
        err(u"corslab-cli: audit failed: %1\n"_s.arg(run.failure->toString()));
        return kInvalidInput;
    }
    if (common.json) {
        QJsonArray findings;
        for (const AuditFinding &finding : run.findings)
            findings.append(findingJson(finding, trusted));
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"target"_s, target}, {u"findings"_s, findings},
                                                        {u"probes"_s, run.exchanges}})
                                  .toJson(QJsonDocument::Compact))
            + u'\n');
    } else {
        out(auditReport(target, run.findings, trusted, run.exchanges));
    }
    const bool serious = std::any_of(run.findings.cbegin(), run.findings.cend(),
                                     [](const AuditFinding &finding) { return finding.severity >= AuditSeverity::Medium; });
    return strict && serious ? kFindings : kOk;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"corslab-probe"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CORSLAB_VERSION));
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usageError(u"corslab-probe takes probe or audit"_s);
    const QString command = args.takeFirst();
    if (command == "probe"_L1)
        return runProbe(args);
    if (command == "audit"_L1)
        return runAudit(args);
    return usageError(u"unknown command '"_s + command + u'\'');
}
