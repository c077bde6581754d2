#include "core/server_probe.h"

#include "core/origin.h"
#include "core/safelist.h"
#include "core/url.h"
#include "core/wire_headers.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

// The page URL for `--origin`: the URL as given when it has a path, else the origin's root.
std::variant<std::pair<QString, bool>, ProbeOptionError> pageFor(const QString &origin, const Url &target)
{
    if (origin == "null"_L1) {
        // A sandboxed frame (no allow-same-origin) on the target's own site: opaque origin, same scheme,
        // so no mixed-content rule interferes.
        return std::pair{Origin::fromUrl(target).serialize() + u'/', true};
    }
    const auto parsed = parseUrl(origin);
    if (const auto *error = std::get_if<UrlError>(&parsed))
        return ProbeOptionError{u"--origin"_s, u"'%1' is not a URL: %2"_s.arg(origin, error->reason)};
    const Url &url = std::get<Url>(parsed);
    if (url.scheme != "http"_L1 && url.scheme != "https"_L1)
        return ProbeOptionError{u"--origin"_s, u"'%1' is not an http or https origin (or null)"_s.arg(origin)};
    const bool bareOrigin = url.path.isEmpty() || (url.path.size() == 1 && url.path.first().isEmpty());
    return std::pair{bareOrigin && !url.query ? Origin::fromUrl(url).serialize() + u'/' : url.serialize(true), false};
}

std::optional<ProbeOptionError> checkRequest(const ProbeOptions &options)
{
    if (!isHeaderName(options.method))
        return ProbeOptionError{u"--method"_s, u"'%1' is not a method name"_s.arg(QString::fromLatin1(options.method))};
    if (options.via == Via::Fetch && isForbiddenMethod(options.method))
        return ProbeOptionError{u"--method"_s, u"fetch() refuses the forbidden method %1"_s.arg(QString::fromLatin1(options.method))};
    for (const Header &header : options.headers.entries()) {
        if (!isHeaderName(header.name))
            return ProbeOptionError{u"-H"_s, u"'%1' is not a header name"_s.arg(QString::fromLatin1(header.name))};
        if (!isHeaderValue(normalizeHeaderValue(header.value)))
            return ProbeOptionError{u"-H"_s, u"the value of %1 has a NUL, CR or LF byte"_s.arg(QString::fromLatin1(header.name))};
    }
    for (const QByteArray &cookie : options.cookies) {
        if (!cookie.contains('=') || cookie.contains(';') || !isHeaderValue(cookie))
            return ProbeOptionError{u"--cookie"_s, u"'%1' is not name=value"_s.arg(QString::fromUtf8(cookie))};
    }
    return std::nullopt;
}

// `--credentials` for an element is its crossorigin attribute.
std::optional<ProbeOptionError> setCredentials(ScenarioRequest &request, std::optional<CredentialsMode> credentials)
{
    if (!credentials)
        return std::nullopt;
    if (viaTakesCredentials(request.via)) {
        if (request.via == Via::Xhr && *credentials == CredentialsMode::Omit)
            return ProbeOptionError{u"--credentials"_s, u"XMLHttpRequest has no 'omit' (same-origin or include)"_s};
        request.credentials = credentials;
        return std::nullopt;
    }
    if (viaTakesCrossOrigin(request.via) && *credentials != CredentialsMode::Omit) {
        request.crossorigin = *credentials == CredentialsMode::Include ? CrossOriginAttribute::UseCredentials
                                                                       : CrossOriginAttribute::Anonymous;
        return std::nullopt;
    }
    return ProbeOptionError{u"--credentials"_s, u"--via %1 sets no credentials mode"_s.arg(viaName(request.via))};
}

} // namespace

std::variant<Scenario, ProbeOptionError> probeScenario(const ProbeOptions &options)
{
    const auto parsed = parseUrl(options.url);
    if (const auto *error = std::get_if<UrlError>(&parsed))
        return ProbeOptionError{u"URL"_s, u"'%1' is not a URL: %2"_s.arg(options.url, error->reason)};
    const Url &target = std::get<Url>(parsed);
    if (target.scheme != "http"_L1 && target.scheme != "https"_L1)
        return ProbeOptionError{u"URL"_s, u"'%1' is not an http or https URL"_s.arg(options.url)};
    const auto page = pageFor(options.origin, target);
    if (const auto *error = std::get_if<ProbeOptionError>(&page))
        return *error;
    if (const auto error = checkRequest(options))
        return *error;

    Scenario scenario;
    scenario.page = std::get<std::pair<QString, bool>>(page).first;
    scenario.pageSandboxed = std::get<std::pair<QString, bool>>(page).second;
    scenario.title = u"Probe of %1 from %2"_s.arg(target.serialize(true), options.origin);
    ScenarioRequest &request = scenario.request;
    request.via = options.via;
    request.url = target.serialize(true);
    if (viaTakesMethod(options.via))
        request.method = options.method;
    if (viaTakesHeaders(options.via))
        request.headers = options.headers;
    request.body = options.body;
    if (const auto error = setCredentials(request, options.credentials))
        return *error;
    return scenario;
}

std::optional<WireRequest> nextUnansweredRequest(const Scenario &scenario, const Verdict &verdict,
                                                 const QList<QByteArray> &cookies)
{
    for (qsizetype i = 0; i < verdict.exchanges.size(); ++i) {
        const Exchange &exchange = verdict.exchanges.at(i);
        if (exchange.routeIndex >= 0)
            continue;
        WireRequest request;
        request.exchangeIndex = i;
        request.kind = exchange.kind;
        request.method = exchange.method;
        request.url = exchange.url;
        request.headers = wireRequestHeaders(scenario, verdict, i, cookies);
        // https://fetch.spec.whatwg.org/#http-redirect-fetch, step 12: a request rewritten to GET lost its body.
        const bool bodyAllowed = exchange.kind != Exchange::Kind::Preflight && exchange.method != "GET"
                                 && exchange.method != "HEAD";
        if (bodyAllowed)
            request.body = scenario.request.body.value_or(QByteArray());
        return request;
    }
    return std::nullopt;
}

void recordResponse(Scenario &scenario, const WireRequest &request, const WireResponse &response)
{
    ServerRoute route;
    route.method = request.method;
    route.url = request.url;
    route.status = response.head.status;
    route.headers = response.head.headers;
    route.body = response.body;
    scenario.server.append(std::move(route));
}

void markProbed(Scenario &scenario, const QDateTime &when, const ProbeOptions &options)
{
    QJsonObject probed{{u"at"_s, when.toUTC().toString(Qt::ISODate)}, {u"url"_s, options.url}, {u"origin"_s, options.origin}};
    if (!options.cookies.isEmpty()) {
        QStringList names;
        for (const QByteArray &cookie : options.cookies)
            names.append(QString::fromUtf8(cookie.left(cookie.indexOf('='))));
        probed.insert(u"cookies"_s, QJsonArray::fromStringList(names));
    }
    scenario.unknownFields.insert(u"probed"_s, probed);
    scenario.notes = u"Probed at %1 from %2: the routes are the server's real answers."_s.arg(
        when.toUTC().toString(Qt::ISODate), options.url);
}

std::optional<int> scriptVisibleStatus(const Scenario &scenario, const Verdict &verdict)
{
    const Via via = scenario.request.via;
    if ((via != Via::Fetch && via != Via::Xhr) || !verdict.readable || verdict.exchanges.isEmpty())
        return std::nullopt;
    return verdict.exchanges.last().status;
}

} // namespace corslab
