#include "ui/live/engine_runner.h"

#include "core/fetch_engine.h"

#include "core/console_message.h"
#include "core/opaque_response_blocking.h"
#include "core/origin.h"
#include "core/url.h"
#include "ui/live/harness.h"
#include "ui/live/origin_map.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkCookie>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>
#include <QWebEngineCertificateError>
#include <QWebEngineCookieStore>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>
#include <functional>
#include <utility>
#include <unistd.h>

namespace corslab::live {

// A page that hands every console message to a callback.
class ConsolePage : public QWebEnginePage {
public:
    using QWebEnginePage::QWebEnginePage;
    std::function<void(int, const QString &, const QString &)> onConsole;

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int,
                                  const QString &sourceId) override
    {
        if (onConsole)
            onConsole(int(level), message, sourceId);
    }
};

namespace {

// The scenario convention the model relies on: a route without a body stands for the usual content
// of its Content-Type, whatever its status and whatever the via. So loads, canvas taint, muted
// errors and font use can be observed: a 1x1 SVG or PNG, a short silent WAV, a real font, a script
// that throws, a one-rule stylesheet; any other type gets an empty body. Nullopt with `failure` set
// when the font file is missing.
std::optional<QByteArray> usualBody(const HeaderList &headers, QString *failure)
{
    const QByteArray essence = mimeTypeEssence(headers);
    if (essence == "image/svg+xml")
        return QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n");
    if (essence.startsWith("image/"))
        return QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    if (essence.startsWith("audio/") || essence.startsWith("video/")) {
        const quint32 samples = 800;   // 0.1 s of 8 kHz 8-bit mono silence
        QByteArray wav;
        auto u32 = [&wav](quint32 v) { for (int i = 0; i < 4; ++i) wav.append(char((v >> (8 * i)) & 0xff)); };
        auto u16 = [&wav](quint16 v) { wav.append(char(v & 0xff)); wav.append(char(v >> 8)); };
        wav += "RIFF"; u32(36 + samples); wav += "WAVE";
        wav += "fmt "; u32(16); u16(1); u16(1); u32(8000); u32(8000); u16(1); u16(8);
        wav += "data"; u32(samples); wav.append(QByteArray(samples, char(0x80)));
        return wav;
    }
    if (essence.startsWith("font/") || essence.startsWith("application/font-")) {
        // Installed by scripts/install-deps.sh (fonts-dejavu-core).
        QFile font(QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
        if (!font.open(QIODevice::ReadOnly)) {
            *failure = QStringLiteral("a %1 route without a body needs a font file, but %2 cannot be read (%3); "
                                      "install fonts-dejavu-core")
                           .arg(QString::fromLatin1(essence), font.fileName(), font.errorString());
            return std::nullopt;
        }
        return font.readAll();
    }
    if (isJavaScriptMimeType(essence))
        return QByteArrayLiteral("throw new Error('corslab-probe');\n");
    if (essence == "text/css")
        return QByteArrayLiteral(".corslab-probe { color: red; }\n");
    return QByteArray();
}

// The URL as Chromium puts it on the wire (no userinfo, no fragment), serialised by the URL parser,
// so that routes match the logged request URLs exactly.
QString wireUrl(const QString &url)
{
    const std::optional<Url> parsed = parseUrlOrNull(url);
    return parsed ? serverUrl(*parsed) : url;
}

bool carriesCredentials(const QString &url, const Url *base = nullptr)
{
    const std::optional<Url> parsed = parseUrlOrNull(url, base);
    return parsed && parsed->includesCredentials();
}

QJsonArray headerPairs(const HeaderList &headers)
{
    QJsonArray array;
    for (const Header &h : headers.entries())
        array.append(QJsonArray{QString::fromLatin1(h.name), QString::fromLatin1(h.value)});
    return array;
}

QJsonArray formFields(const std::optional<QByteArray> &body)
{
    QJsonArray array;
    if (!body || body->isEmpty())
        return array;
    for (const QByteArray &pair : body->split('&')) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        auto decode = [](QByteArray v) { return QString::fromUtf8(QByteArray::fromPercentEncoding(v.replace('+', ' '))); };
        array.append(QJsonArray{decode(name), decode(value)});
    }
    return array;
}

bool isRedirectStatus(int status) { return status == 301 || status == 302 || status == 303 || status == 307 || status == 308; }

AccessCategory categoryFor(const ScenarioRequest &request)
{
    switch (request.via) {
    case Via::Form: case Via::Navigate:
        return AccessCategory::Write;
    case Via::Fetch: case Via::Xhr: case Via::Font:
        return AccessCategory::Read;
    case Via::Img: case Via::Script: case Via::Stylesheet: case Via::Media:
        return request.crossorigin ? AccessCategory::Read : AccessCategory::Embed;
    case Via::Iframe:
        return AccessCategory::Embed;
    }
    return AccessCategory::Read;
}

LoggedRequest toScenarioTerms(const LoggedRequest &real, const OriginMap &map)
{
    LoggedRequest r = real;
    r.url = map.toScenario(real.url);
    r.headers = {};
    for (const Header &h : real.headers.entries())
        r.headers.append(h.name, map.toScenario(h.value));
    r.responseHeaders = {};
    for (const Header &h : real.responseHeaders.entries())
        r.responseHeaders.append(h.name, map.toScenario(h.value));
    return r;
}

// The harness's configuration (harness.h): the scenario's request in real terms.
QJsonObject harnessConfig(const ScenarioRequest &request, const QString &realTarget, const QString &token)
{
    QJsonObject config{
        {QStringLiteral("token"), token},
        {QStringLiteral("via"), QString(viaName(request.via))},
        {QStringLiteral("url"), realTarget},
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("headers"), headerPairs(request.headers)},
        {QStringLiteral("body"), request.body && request.via != Via::Form ? QJsonValue(QString::fromUtf8(*request.body))
                                                                          : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("formFields"), formFields(request.body)},
    };
    if (request.mode)
        config.insert(QStringLiteral("mode"), QString(requestModeName(*request.mode)));
    if (request.credentials)
        config.insert(QStringLiteral("credentials"), QString(credentialsModeName(*request.credentials)));
    if (request.crossorigin)
        config.insert(QStringLiteral("crossorigin"), QString(crossOriginName(*request.crossorigin)));
    if (request.enctype)
        config.insert(QStringLiteral("enctype"), QString(enctypeName(*request.enctype)));
    if (request.formTarget != FormTarget::Frame)
        config.insert(QStringLiteral("formTarget"), QString(formTargetName(request.formTarget)));
    if (request.referrerPolicy && viaTakesReferrerPolicy(request.via))
        config.insert(QStringLiteral("referrerPolicy"), *request.referrerPolicy);
    return config;
}

QStringList realOrigins(const OriginMap &map)
{
    QStringList origins;
    for (const OriginMap::Entry &e : map.entries())
        origins.append(e.realOrigin());
    return origins;
}

// The observation in a harness report line (kHarnessReportPrefix + JSON).
QJsonObject harnessReport(const QString &line)
{
    return QJsonDocument::fromJson(QStringView(line).mid(kHarnessReportPrefix.size()).toUtf8()).object();
}

// Messages of an earlier run's page name other ports.
bool isFromThisRun(const QString &sourceId, const QStringList &realOrigins)
{
    return sourceId.isEmpty() || std::any_of(realOrigins.cbegin(), realOrigins.cend(),
                                             [&](const QString &o) { return sourceId.startsWith(o); });
}

// A blocked form, navigation or frame fires no event the harness can wait for (a mixed-content
// frame may fire neither load nor error): the console line is the end of the run.
bool endsRunSilently(Via via, const QString &consoleText)
{
    if (via != Via::Form && via != Via::Navigate && via != Via::Iframe)
        return false;
    const auto status = classifyConsoleMessage(consoleText);
    return status && (status->error == CorsError::SandboxedFormSubmission || status->error == CorsError::MixedContent);
}

// The loopback certificate is accepted for this run's origins only.
void answerCertificate(QWebEngineCertificateError error, const QStringList &realOrigins)
{
    const QUrl url = error.url();
    const QString origin = url.scheme() + QStringLiteral("://") + url.host() + u':' + QString::number(url.port());
    if (realOrigins.contains(origin) && error.isOverridable())
        error.acceptCertificate();
    else
        error.rejectCertificate();
}

// The page's origin and its relation to the request URL's.
void judgeOrigins(const Scenario &scenario, Verdict *v)
{
    const std::optional<Url> pageUrl = parseUrlOrNull(scenario.page);
    const std::optional<Url> requestUrl = parseUrlOrNull(scenario.request.url);
    if (!pageUrl)
        return;
    const Origin page = scenario.pageSandboxed ? Origin::createOpaque() : Origin::fromUrl(*pageUrl);
    v->origin = page.serialize();
    if (requestUrl) {
        const Origin target = Origin::fromUrl(*requestUrl);
        v->sameOrigin = page.isSameOrigin(target);
        v->sameSite = page.isSameSite(target);
    }
}

// Exchanges: the scenario's requests in wire order. A preflight is an OPTIONS with
// Access-Control-Request-Method; the first other request is the main one; a later request is a
// redirect hop only when the previous answer was a redirect (anything else, e.g. what a navigated
// document loads, is not part of the scenario's request). Returns how many non-preflight requests
// the scenario's servers saw.
int collectExchanges(const ScenarioRequest &request, const QList<LoggedRequest> &serverLog, Verdict *v)
{
    bool expectingHop = false;
    bool haveMain = false;
    int requestsSent = 0;   // every non-preflight request of the scenario's servers
    for (const LoggedRequest &r : serverLog) {
        if (r.internal)
            continue;
        const bool isPreflight = r.method == "OPTIONS" && r.headers.contains("Access-Control-Request-Method");
        if (!isPreflight)
            ++requestsSent;
        if (r.target == "/favicon.ico" && !request.url.endsWith(u"/favicon.ico"))
            continue;
        Exchange e;
        e.method = r.method;
        e.url = r.url;
        e.requestHeaders = r.headers;
        e.status = r.status;
        e.responseHeaders = r.responseHeaders;
        // Observed: the runner's cookie on the target host arrived (see setTargetCookie for its SameSite).
        e.credentials = r.headers.contains("Cookie");
        if (isPreflight) {
            e.kind = Exchange::Kind::Preflight;
            v->preflight = true;
        } else if (!haveMain) {
            e.kind = Exchange::Kind::Main;
            haveMain = true;
            v->sent = true;
        } else if (expectingHop) {
            e.kind = Exchange::Kind::Redirect;
        } else {
            continue;
        }
        if (e.kind != Exchange::Kind::Preflight)
            expectingHop = isRedirectStatus(r.status) && r.responseHeaders.contains("Location");
        v->exchanges.append(e);
    }
    return requestsSent;
}

// The block's reason: the first console message that names one, else the script exception.
void judgeConsole(const QList<ConsoleLine> &console, const QJsonObject &observation, Verdict *v)
{
    for (const ConsoleLine &line : console) {
        if (auto status = classifyConsoleMessage(line.text)) {
            v->error = status;
            v->message = line.text;
            break;
        }
    }
    const QString exception = observation.value(u"exception").toString();
    if (!v->error && !exception.isEmpty()) {
        if (auto status = classifyConsoleMessage(exception)) {
            v->error = status;
            v->message = exception;
        }
    }
}

// https://fetch.spec.whatwg.org/#concept-request-response-tainting: a no-cors response stays
// "basic" only if every URL it went through is same origin with the page; one cross-origin hop
// makes it opaque for good.
bool everyHopSameOrigin(const Scenario &scenario, const Verdict &v)
{
    const std::optional<Url> pageUrl = parseUrlOrNull(scenario.page);
    if (v.exchanges.isEmpty() || !pageUrl || scenario.pageSandboxed)
        return v.sameOrigin;
    const Origin page = Origin::fromUrl(*pageUrl);
    return std::all_of(v.exchanges.cbegin(), v.exchanges.cend(), [&](const Exchange &e) {
        const std::optional<Url> url = parseUrlOrNull(e.url);
        return url && page.isSameOrigin(Origin::fromUrl(*url));
    });
}

// The headers script could read, without the Content-Length and Connection lines the loopback
// server added (they are not the scenario's).
void judgeExposedHeaders(const QJsonObject &observation, Verdict *v)
{
    const HeaderList routeHeaders = v->exchanges.isEmpty() ? HeaderList() : v->exchanges.constLast().responseHeaders;
    for (const QJsonValue &pair : observation.value(u"headers").toArray()) {
        const QByteArray name = pair.toArray().at(0).toString().toLatin1().toLower();
        const bool added = (name == "content-length" || name == "connection") && !routeHeaders.contains(name);
        if (!added && !v->exposedHeaders.contains(name))
            v->exposedHeaders.append(name);
    }
}

// A frame refused by its response, as the console says: X-Frame-Options or frame-ancestors.
bool frameRefusedInConsole(const Verdict &v)
{
    return v.error && (v.error->error == CorsError::XFrameOptions || v.error->error == CorsError::FrameAncestors);
}

// A frame refused by its response. Chromium 102 prints nothing a page sees for any refusal
// (X-Frame-Options, frame-ancestors, COEP, CORP), but the answer arrived and the frame never
// loaded: with error pages off (EngineRunner::start) a refused frame shows nothing and fires no
// load. 204 and 205 answers load nothing either, without a refusal.
bool frameRefused(const QJsonObject &o, const Verdict &v)
{
    if (frameRefusedInConsole(v))
        return true;
    if (!v.sent || o.value(u"loaded").toBool() || v.exchanges.isEmpty())
        return false;
    const int status = v.exchanges.constLast().status;
    return status != 204 && status != 205 && !isRedirectStatus(status);
}

// Blocked and readable, from what page script saw, as each `via` lets it be seen.
void judgeAccess(const Scenario &scenario, const QJsonObject &o, Verdict *v)
{
    const ScenarioRequest &request = scenario.request;
    const bool observedBlocked = o.value(u"blocked").toBool();
    const bool blockedByMixedContent = v->error && v->error->error == CorsError::MixedContent;
    const bool sameOriginHops = everyHopSameOrigin(scenario, *v);
    const bool loaded = o.value(u"loaded").toBool();
    const QJsonValue readable = o.value(u"readable");
    switch (request.via) {
    case Via::Fetch:
    case Via::Xhr:
        v->blocked = observedBlocked;
        v->readable = !observedBlocked && readable.toBool();
        if (v->readable)
            judgeExposedHeaders(o, v);
        break;
    case Via::Img:
    case Via::Stylesheet:
        v->blocked = observedBlocked;
        v->readable = !observedBlocked && readable.toBool();
        break;
    case Via::Iframe:
        // A frame whose request never reached the server (mixed content) fires load for an error page.
        v->blocked = observedBlocked || !v->sent || blockedByMixedContent || frameRefused(o, *v);
        v->readable = !v->blocked && readable.toBool();
        break;
    case Via::Script:
        v->blocked = observedBlocked;
        // Muted errors show only when the script throws; a script that does not is judged as CORS would.
        v->readable = !observedBlocked && (readable.isBool() ? readable.toBool() : (sameOriginHops || request.crossorigin));
        break;
    case Via::Media:
        // Not observable from script without Web Audio: same-origin or CORS-same-origin when it loaded.
        v->blocked = observedBlocked;
        v->readable = !observedBlocked && loaded && (sameOriginHops || request.crossorigin);
        break;
    case Via::Font: {
        // A CORS failure or a request never sent blocks the font; a file that does not decode is
        // not a cross-origin block, so the font's use counts as allowed.
        // A font that fails (CORS, an error status, a file that does not decode) is not used: blocked.
        v->blocked = o.value(u"fontStatus").toString() == u"error";
        v->readable = !v->blocked && v->sent;
        break;
    }
    case Via::Form:
        if (navigatesTopLevel(request)) {   // the page navigates away, as a link does
            v->blocked = !v->sent;
            v->readable = false;
            break;
        }
        v->blocked = !v->sent || blockedByMixedContent || (v->error && v->error->error == CorsError::SandboxedFormSubmission)
                     || frameRefused(o, *v);
        v->readable = !v->blocked && readable.toBool();
        break;
    case Via::Navigate:
        // A sandboxed page navigates its own frame, which framing headers can refuse.
        v->blocked = !v->sent || frameRefusedInConsole(*v);
        v->readable = false;
        break;
    }
    if (!v->blocked && v->error && v->error->error == CorsError::OpaqueResponseBlocked)
        v->blocked = false;   // CORB empties the body without failing the load
}

// Blocks Chromium reports with no console text, inferred from what was seen.
void inferSilentBlock(const ScenarioRequest &request, int requestsSent, Verdict *v)
{
    if (!v->blocked || v->error)
        return;
    bool credentialedUrl = carriesCredentials(request.url);
    for (const Exchange &e : std::as_const(v->exchanges)) {
        const std::optional<Url> base = parseUrlOrNull(e.url);
        const std::optional<QByteArray> location = e.responseHeaders.get("Location");
        if (location && base && carriesCredentials(QString::fromLatin1(*location), &*base))
            credentialedUrl = true;
    }
    // Inference: a subresource whose URL, or a redirect's Location, has user:pass@ fails silently
    // (Chromium's blocking of credentialed subresources; XHR and navigations are exempt).
    if (credentialedUrl && request.via != Via::Xhr && request.via != Via::Navigate && request.via != Via::Form)
        v->error = CorsErrorStatus{CorsError::CredentialedSubresourceBlocked, {}};
    // Inference: more than 20 requests means the chain ran past the redirect limit (net::ERR_TOO_MANY_REDIRECTS).
    else if (requestsSent > 20)
        v->error = CorsErrorStatus{CorsError::TooManyRedirects, {}};
}

// A script or stylesheet refused for its MIME type: no CORS error, but the block's own message.
void judgeRefusal(const QList<ConsoleLine> &console, Verdict *v)
{
    if (!v->blocked || v->error)
        return;
    for (const ConsoleLine &line : console) {
        if (isRefusalMessage(line.text)) {
            v->message = line.text;
            break;
        }
    }
}

// The run as a Verdict in the scenario's terms, field by field comparable with the model's.
Verdict buildVerdict(const Scenario &scenario, const LiveResult &result)
{
    Verdict v;
    v.engine = QString::fromLatin1(qWebEngineChromiumVersion());
    v.category = categoryFor(scenario.request);
    judgeOrigins(scenario, &v);
    const int requestsSent = collectExchanges(scenario.request, result.serverLog, &v);
    judgeConsole(result.console, result.observation, &v);
    judgeAccess(scenario, result.observation, &v);
    inferSilentBlock(scenario.request, requestsSent, &v);
    judgeRefusal(result.console, &v);
    return v;
}

} // namespace

void EngineRunner::prepareEnvironment()
{
    if (!qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX") && ::geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY")
        && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The variable is split on spaces; the inner quotes keep the rule one argument.
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (!flags.contains("--host-resolver-rules"))
        flags += " \"--host-resolver-rules=MAP * 127.0.0.1\"";
    if (!flags.contains("--no-proxy-server"))
        flags += " --no-proxy-server";
    // Chromium's own logging (certificate verification of the loopback identity…) is noise here.
    if (!flags.contains("--log-level"))
        flags += " --log-level=3";
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "qt.webenginecontext.debug=false\nqt.webenginecontext.info=false");
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.trimmed());
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

EngineRunner::EngineRunner(QObject *parent) : QObject(parent) {}

EngineRunner::~EngineRunner()
{
    delete m_page;   // before its profile
    delete m_profile;
}

bool EngineRunner::start(QString *error)
{
    if (m_page)
        return true;
    m_profile = new QWebEngineProfile(this);   // off the record: nothing persists
    m_profile->setHttpCacheType(QWebEngineProfile::NoCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_page = new ConsolePage(m_profile, nullptr);
    m_page->settings()->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    m_page->settings()->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, false);
    m_page->settings()->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);

    QEventLoop loop;
    bool ready = false;
    QString why;
    m_page->onConsole = [&](int, const QString &text, const QString &) {
        if (text == u"corslab-live-ready") {
            ready = true;
            loop.quit();
        }
    };
    QMetaObject::Connection died = connect(m_page, &QWebEnginePage::renderProcessTerminated, &loop,
        [&](QWebEnginePage::RenderProcessTerminationStatus, int code) {
            why = QStringLiteral("the render process ended (exit code %1)").arg(code);
            loop.quit();
        });
    QTimer::singleShot(30000, &loop, [&] { why = QStringLiteral("no page ran script within 30 s"); loop.quit(); });
    m_page->setHtml(QStringLiteral("<script>console.log('corslab-live-ready')</script>"));
    loop.exec();
    disconnect(died);
    m_page->onConsole = nullptr;
    if (!ready && error)
        *error = why;
    return ready;
}

// The steps, as the timeline of a run: map the origins, listen, lay out the routes, build the
// harness, set the cookie, wait, tear down, collect.
LiveResult EngineRunner::run(const Scenario &scenario)
{
    LiveResult result;
    QElapsedTimer clock;
    clock.start();
    if (!m_page) {
        result.failure = QStringLiteral("the engine is not started");
        return result;
    }
    OriginMap map;
    LoopbackServer server;
    if (!mapOrigins(scenario, &map, &result.failure) || !listen(&map, &server, &result.failure)
        || !layOutRoutes(scenario, map, &server, &result.failure))
        return result;
    const QString token = QString::number(QRandomGenerator::global()->generate64(), 36);
    const QString startUrl = buildHarness(scenario, map, token, &server);
    setTargetCookie(scenario.request, map);
    const QList<ConsoleLine> console = wait(scenario, map, startUrl, token, &server, &result);
    tearDown(&server);
    collect(scenario, map, server, console, &result);
    result.elapsedMs = clock.elapsed();
    return result;
}

// Origins: the page, the request, every route and every absolute redirect target, and the https
// origins mixed-content upgrades lead to. False with `failure` when the scenario cannot be served
// from loopback.
bool EngineRunner::mapOrigins(const Scenario &scenario, OriginMap *map, QString *failure)
{
    map->addUrl(scenario.page);
    map->addUrl(scenario.request.url);
    for (const ServerRoute &route : scenario.server) {
        map->addUrl(route.url);
        for (const Header &h : route.headers.entries()) {
            if (isByteCaseInsensitiveMatch(h.name, "Location"))
                map->addUrl(QString::fromLatin1(h.value));
        }
    }
    map->addUpgradedOrigins();
    if (map->entries().isEmpty() || !map->find(scenario.page)) {
        *failure = QStringLiteral("the page URL must be http or https to run live");
        return false;
    }
    // Host names resolve to 127.0.0.1 (prepareEnvironment); an IP address is used as it is.
    for (const OriginMap::Entry &entry : std::as_const(map->entries())) {
        if (entry.ipAddress && entry.host != u"127.0.0.1") {
            *failure = QStringLiteral("host %1 is not reachable from loopback").arg(entry.host);
            return false;
        }
    }
    return true;
}

// Each origin gets its loopback port. An http origin and the https origin Chromium upgrades it to
// (same host, scheme changed, 80 → 443) share a port: the listener answers both protocols.
bool EngineRunner::listen(OriginMap *map, LoopbackServer *server, QString *failure)
{
    QHash<QString, std::pair<quint16, QString>> sharedPorts;   // host:upgradedPort → real port, its first scheme
    for (OriginMap::Entry &entry : map->entries()) {
        const QString key = QStringLiteral("%1:%2").arg(entry.host).arg(entry.upgradedPort());
        const auto shared = sharedPorts.constFind(key);
        if (shared != sharedPorts.cend() && shared->second != entry.scheme) {
            entry.realPort = shared->first;
            continue;
        }
        QString error;
        entry.realPort = server->listen(entry.host, &error);
        if (!entry.realPort) {
            *failure = QStringLiteral("cannot serve %1: %2").arg(entry.scenarioOrigin, error);
            return false;
        }
        if (shared == sharedPorts.cend())
            sharedPorts.insert(key, {entry.realPort, entry.scheme});
    }
    return true;
}

// The scenario's routes in real terms: URL fields go through the URL parser, other header values
// through origin replacement; a route without a body gets its type's usual content.
bool EngineRunner::layOutRoutes(const Scenario &scenario, const OriginMap &map, LoopbackServer *server, QString *failure)
{
    QList<LoopbackRoute> routes;
    for (const ServerRoute &route : scenario.server) {
        LoopbackRoute real;
        real.method = route.method;
        real.url = wireUrl(map.toRealUrl(route.url));
        real.status = route.status;
        for (const Header &h : route.headers.entries()) {
            real.headers.append(h.name, isByteCaseInsensitiveMatch(h.name, "Location")
                                            ? map.toRealUrl(QString::fromLatin1(h.value)).toLatin1()
                                            : map.toReal(h.value));
        }
        if (route.body) {
            real.body = *route.body;
        } else if (const std::optional<QByteArray> body = usualBody(route.headers, failure)) {
            real.body = *body;
        } else {
            return false;
        }
        routes.append(real);
    }
    server->setRoutes(routes);
    return true;
}

// The harness served at the page URL with the scenario's page headers (inside a sandboxed frame's
// outer page when the page is sandboxed); returns the URL the engine loads first.
QString EngineRunner::buildHarness(const Scenario &scenario, const OriginMap &map, const QString &token,
                                   LoopbackServer *server)
{
    const QString realPage = wireUrl(map.toRealUrl(scenario.page));
    const QJsonObject config = harnessConfig(scenario.request, map.toRealUrl(scenario.request.url), token);
    HeaderList pageHeaders;
    for (const Header &h : scenario.pageHeaders.entries())
        pageHeaders.append(h.name, map.toReal(h.value));
    server->addDocument({.url = realPage, .html = harnessDocument(config), .headers = pageHeaders});
    if (!scenario.pageSandboxed)
        return realPage;
    const QString startUrl = map.find(scenario.page)->realOrigin() + QStringLiteral("/__corslab-live/sandbox-") + token;
    server->addDocument({.url = startUrl, .html = sandboxOuterDocument(realPage), .headers = {}});
    return startUrl;
}

// A cookie on the target's host, to see whether the request carries credentials. Secure and
// SameSite=None over https; over http Chromium would refuse SameSite=None, so it has none (Lax by default).
void EngineRunner::setTargetCookie(const ScenarioRequest &request, const OriginMap &map)
{
    QWebEngineCookieStore *cookies = m_profile->cookieStore();
    cookies->deleteAllCookies();
    const OriginMap::Entry *target = map.find(request.url);
    if (!target)
        return;
    QNetworkCookie cookie("corslab", "1");
    cookie.setPath(QStringLiteral("/"));
    if (target->scheme == u"https") {
        cookie.setSecure(true);
        cookie.setSameSitePolicy(QNetworkCookie::SameSite::None);
    }
    cookies->setCookie(cookie, QUrl(target->realOrigin() + u'/'));
}

// Loads `startUrl` and runs the event loop until the harness reports, the page settles after a
// navigation or a silent block, or the timeout; sets `result`'s observation and timedOut. Returns
// this run's console lines, real terms.
QList<ConsoleLine> EngineRunner::wait(const Scenario &scenario, const OriginMap &map, const QString &startUrl,
                                      const QString &token, LoopbackServer *server, LiveResult *result)
{
    QEventLoop loop;
    QList<ConsoleLine> console;
    bool navigating = false;
    bool done = false;
    auto finish = [&] {
        if (!done) {
            done = true;
            loop.quit();
        }
    };
    QTimer settle;
    settle.setSingleShot(true);
    connect(&settle, &QTimer::timeout, &loop, finish);

    const QStringList origins = realOrigins(map);
    m_page->onConsole = [&](int level, const QString &text, const QString &sourceId) {
        if (text.startsWith(kHarnessReportPrefix)) {
            const QJsonObject report = harnessReport(text);
            if (report.value(u"token").toString() != token)
                return;
            result->observation = report;
            if (report.value(u"phase").toString() == u"navigating")
                navigating = true;
            else
                finish();
            return;
        }
        if (!isFromThisRun(sourceId, origins))
            return;
        console.append({level, text});
        if (endsRunSilently(scenario.request.via, text))
            settle.start(50);
    };
    const QMetaObject::Connection loadDone = connect(m_page, &QWebEnginePage::loadFinished, &loop, [&](bool) {
        if (navigating && m_page->url() != QUrl(startUrl))
            settle.start(50);
    });
    const QMetaObject::Connection certificate = connect(m_page, &QWebEnginePage::certificateError, &loop,
        [&](const QWebEngineCertificateError &error) { answerCertificate(error, origins); });
    const QMetaObject::Connection logged = connect(server, &LoopbackServer::requestLogged, &loop, [&](int index) {
        const LoggedRequest &r = server->log().at(index);
        if (navigating && !r.internal && !isRedirectStatus(r.status))
            settle.start(scenario.pageSandboxed ? 150 : 1000);
    });
    QTimer::singleShot(m_timeoutMs, &loop, [&] {
        result->timedOut = true;
        finish();
    });

    m_page->load(QUrl(startUrl));
    if (!done)
        loop.exec();

    m_page->onConsole = nullptr;
    disconnect(loadDone);
    disconnect(certificate);
    disconnect(logged);
    return console;
}

// The page stops; the servers close with the run.
void EngineRunner::tearDown(LoopbackServer *server)
{
    m_page->triggerAction(QWebEnginePage::Stop);
    server->close();
}

// What the run saw, in scenario terms: the console, the server log, the script exception; then the verdict.
void EngineRunner::collect(const Scenario &scenario, const OriginMap &map, const LoopbackServer &server,
                           const QList<ConsoleLine> &console, LiveResult *result)
{
    for (const ConsoleLine &line : console)
        result->console.append({line.level, map.toScenario(line.text)});
    for (const LoggedRequest &r : server.log())
        result->serverLog.append(toScenarioTerms(r, map));
    if (result->observation.contains(u"exception"))
        result->observation.insert(QStringLiteral("exception"), map.toScenario(result->observation.value(u"exception").toString()));
    result->verdict = buildVerdict(scenario, *result);
}

} // namespace corslab::live
