#include "core/fetch_engine.h"

#include "core/cors_check.h"
#include "core/cross_origin_resource_policy.h"
#include "core/frame_ancestors.h"
#include "core/http_response.h"
#include "core/opaque_response_blocking.h"
#include "core/preflight.h"
#include "core/safelist.h"
#include "core/x_frame_options.h"

#include <charconv>
#include <iterator>
#include <limits>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

// https://fetch.spec.whatwg.org/#concept-request-response-tainting
enum class Tainting { Basic, Cors, Opaque };

const HeaderList kNoHeaders;

const RouteFacts kNoRoute;   // 404 with no headers

// A step argument that points at static Latin-1 text: no copy.
QByteArray latin1Arg(QLatin1StringView text) { return QByteArray::fromRawData(text.data(), text.size()); }

// Referer, four Sec-Fetch-* and the Cookie attachCookies adds: reserved at once instead of a copy and regrowths.
constexpr qsizetype kContextHeaders = 6;

// 0 to 999 in decimal, each in four bytes (digits, then padding): the statuses, counts and cache seconds
// steps usually name, shared without an allocation.
constexpr int kSmallDecimals = 1000;
constexpr std::array<char, kSmallDecimals * 4> kSmallDecimalDigits = [] {
    std::array<char, kSmallDecimals * 4> table{};
    for (int number = 0; number < kSmallDecimals; ++number) {
        char *digits = table.data() + number * 4;
        if (number >= 100)
            *digits++ = char('0' + number / 100);
        if (number >= 10)
            *digits++ = char('0' + number / 10 % 10);
        *digits = char('0' + number % 10);
    }
    return table;
}();

// A status, a count or a number of seconds as a step's argument (QByteArray::number's general conversion costs
// several times as much as the rest of a step).
QByteArray decimalArg(long long number)
{
    if (number >= 0 && number < kSmallDecimals) {
        const qsizetype length = number >= 100 ? 3 : number >= 10 ? 2 : 1;
        return QByteArray::fromRawData(kSmallDecimalDigits.data() + number * 4, length);
    }
    char digits[24];
    const auto end = std::to_chars(std::begin(digits), std::end(digits), number).ptr;
    return QByteArray(digits, end - digits);
}

// What a server route answers; a request no route matches gets 404 with no headers.
struct Response {
    int status = 404;
    const HeaderList *headers = &kNoHeaders;
    const std::optional<QByteArray> *body = nullptr;
    const RouteFacts *facts = &kNoRoute;
    int routeIndex = -1;

    bool isRedirect() const { return facts->location.has_value(); }
    bool isOk() const { return status >= 200 && status <= 299; }
    bool hasBody() const { return body && body->has_value(); }
};

// The URL's scheme is `scheme` (lower-case ASCII), compared in place: the engine asks on every hop.
bool hasScheme(const Url &url, QLatin1StringView scheme)
{
    if (url.scheme.size() != scheme.size())
        return false;
    const QChar *chars = url.scheme.constData();
    for (qsizetype i = 0; i < scheme.size(); ++i) {
        if (chars[i] != QLatin1Char(scheme[i]))
            return false;
    }
    return true;
}

bool isHttpScheme(const Url &url) { return hasScheme(url, "http"_L1) || hasScheme(url, "https"_L1); }

// Statuses the network stack answers itself, before Fetch sees a response: the load fails with a net
// error whatever the mode, preflights included (all seen in Chromium 156.0.8078.114). Firefox hands them on
// as responses (engineBehaviour's failsProxyAuthAndInterimResponses).
std::optional<CorsError> networkStackError(int status, const EngineBehaviour &behaviour)
{
    if (!behaviour.failsProxyAuthAndInterimResponses)
        return std::nullopt;
    // Chromium: HttpNetworkTransaction takes a 407 from a server reached without a proxy as an attack,
    // not a challenge (net::ERR_UNEXPECTED_PROXY_AUTH).
    if (status == 407)
        return CorsError::UnexpectedProxyAuth;
    // https://www.rfc-editor.org/rfc/rfc9110#section-15.2: a 1xx is interim; the client waits for the final
    // response (Chromium's HttpStreamParser skips 100-199, 101 too outside a WebSocket handshake). A route's
    // 1xx is its whole answer, so the connection closes first: net::ERR_EMPTY_RESPONSE.
    if (status >= 100 && status <= 199)
        return CorsError::EmptyResponse;
    return std::nullopt;
}

// Schemes Chromium 156's network service can load but never follows a redirect to
// (URLRequestJobFactory's IsSafeRedirectTarget): net::ERR_UNSAFE_REDIRECT in every mode.
// Each seen in Chromium 156.0.8078.114.
bool isUnsafeRedirectScheme(const QString &scheme)
{
    for (QLatin1StringView unsafe : {"about"_L1, "blob"_L1, "chrome"_L1, "chrome-extension"_L1, "chrome-untrusted"_L1,
                                     "data"_L1, "devtools"_L1, "file"_L1, "filesystem"_L1}) {
        if (scheme == unsafe)
            return true;
    }
    return false;
}

// The redirect's target as Chromium's HttpResponseHeaders::IsRedirect finds it: the first Location
// that is not empty (an empty one does not count).
std::optional<QByteArray> redirectLocation(const HeaderList &headers)
{
    for (const Header &header : headers.entries()) {
        if (header.name.compare("location", Qt::CaseInsensitive) == 0 && !header.value.isEmpty())
            return header.value;
    }
    return std::nullopt;
}

// How `via` builds the request: https://html.spec.whatwg.org/multipage/urls-and-fetching.html#create-a-potential-cors-request
// for elements, the fetch() and XMLHttpRequest defaults, and navigations.
void setUpRequest(PreparedScenario &p)
{
    const ScenarioRequest &request = p.scenario.request;
    const Via via = request.via;
    p.method = normalizeMethod(request.method);
    switch (via) {
    case Via::Fetch:
        p.mode = request.mode == RequestMode::NoCors       ? FetchMode::NoCors
                 : request.mode == RequestMode::SameOrigin ? FetchMode::SameOrigin
                                                             : FetchMode::Cors;
        p.credentials = request.credentials.value_or(CredentialsMode::SameOrigin);
        break;
    case Via::Xhr:
        p.mode = FetchMode::Cors;
        p.credentials = request.credentials.value_or(CredentialsMode::SameOrigin);
        break;
    case Via::Img:
    case Via::Script:
    case Via::Stylesheet:
    case Via::Media:
        p.method = QByteArrayLiteral("GET");
        if (!request.crossorigin) {
            p.mode = FetchMode::NoCors;
            p.credentials = CredentialsMode::Include;
        } else {
            p.mode = FetchMode::Cors;
            p.credentials = *request.crossorigin == CrossOriginAttribute::UseCredentials ? CredentialsMode::Include
                                                                                           : CredentialsMode::SameOrigin;
        }
        break;
    case Via::Font:
        // https://drafts.csswg.org/css-fonts/#font-fetching-requirements: cors, same-origin credentials.
        p.method = QByteArrayLiteral("GET");
        p.mode = FetchMode::Cors;
        p.credentials = CredentialsMode::SameOrigin;
        break;
    case Via::Form:
        p.method = p.method.toUpper();
        p.mode = FetchMode::Navigate;
        p.credentials = CredentialsMode::Include;
        break;
    case Via::Navigate:
    case Via::Iframe:
        p.method = QByteArrayLiteral("GET");
        p.mode = FetchMode::Navigate;
        p.credentials = CredentialsMode::Include;
        break;
    }

    if (via == Via::Navigate || via == Via::Form)
        p.category = AccessCategory::Write;
    else if (via == Via::Iframe || p.mode == FetchMode::NoCors) // elements without crossorigin
        p.category = via == Via::Fetch ? AccessCategory::Read : AccessCategory::Embed;
    else
        p.category = AccessCategory::Read;

    // Author headers: fetch() and XHR drop forbidden request-headers (https://fetch.spec.whatwg.org/#concept-headers-append),
    // and a no-cors request keeps only no-cors-safelisted ones (guard "request-no-cors").
    if (viaTakesHeaders(via)) {
        for (const Header &header : request.headers.entries()) {
            if (isForbiddenRequestHeader(header.name, header.value))
                continue;
            if (p.mode == FetchMode::NoCors && !isNoCorsSafelistedRequestHeader(header.name, header.value))
                continue;
            p.headers.append(header.name, normalizeHeaderValue(header.value));
        }
    }
    const bool bodyAllowed = p.method != "GET" && p.method != "HEAD";
    const bool hasBody = bodyAllowed && (request.body.has_value() || via == Via::Form);
    // https://fetch.spec.whatwg.org/#bodyinit-unions: a string body is text/plain;charset=UTF-8 unless the author set one.
    if (hasBody && viaTakesHeaders(via) && !p.headers.contains("content-type"))
        p.headers.append("Content-Type", "text/plain;charset=UTF-8");
    if (via == Via::Form && hasBody) {
        // https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#submit-body
        switch (request.enctype.value_or(FormEnctype::UrlEncoded)) {
        case FormEnctype::UrlEncoded: p.headers.append("Content-Type", "application/x-www-form-urlencoded"); break;
        case FormEnctype::Multipart: p.headers.append("Content-Type", "multipart/form-data; boundary=----corslab"); break;
        case FormEnctype::TextPlain: p.headers.append("Content-Type", "text/plain"); break;
        }
    }
}

// What a request says of where it comes from: Referer
// (https://fetch.spec.whatwg.org/#http-network-or-cache-fetch, step 8.11) and Sec-Fetch-*.
void appendContextHeaders(HeaderList &headers, const QByteArray &referer, const Url &url, FetchSite site,
                          const Scenario &scenario, bool preflight)
{
    headers.reserve(headers.size() + kContextHeaders);
    if (!referer.isEmpty())
        headers.appendAbsent(QByteArrayLiteral("Referer"), referer);
    appendFetchMetadata(headers, url, site, scenario.request,
                        scenario.pageSandboxed ? PageContext::SandboxedFrame : PageContext::TopLevel, preflight);
}

// The page's policy inputs: the referrer policy and the cookie jar.
void setUpPolicy(PreparedScenario &p)
{
    const Scenario &s = p.scenario;
    // https://html.spec.whatwg.org/multipage/urls-and-fetching.html#referrer-policy-attributes: an unknown
    // token is the empty policy, and the page's applies.
    const Via via = s.request.via;
    const QByteArray token = s.request.referrerPolicy.value_or(QString()).toLatin1();
    std::optional<ReferrerPolicy> own;
    if (s.request.referrerPolicy)
        own = via == Via::Fetch ? referrerPolicyFromEnumValue(token) : referrerPolicyFromToken(token);
    if (!own && s.request.referrerPolicy && (via == Via::Img || via == Via::Iframe || via == Via::Navigate))
        own = referrerPolicyFromLegacyKeyword(token);
    // A font from the page's style sheet keeps the default policy whatever the page's header says
    // (seen in Chromium 156.0.8078.114 for no-referrer, unsafe-url and origin).
    const std::optional<ReferrerPolicy> pages = via == Via::Font ? std::nullopt : parseReferrerPolicyHeader(s.pageHeaders);
    p.referrerPolicy = own.value_or(pages.value_or(kDefaultReferrerPolicy));
    p.targetFetchSite = nextFetchSite(FetchSite::SameOrigin, p.origin, p.targetOrigin);
    // A sandboxed page (an opaque origin) sends no Referer at all (seen in Chromium 156).
    if (!p.origin.isOpaque())
        p.targetReferrer = determineReferrer(p.referrerPolicy, p.page, p.target);
    p.targetReferer = p.targetReferrer ? p.targetReferrer->serialize().toUtf8() : QByteArray();
    p.siteForCookies = schemefulSite(p.page);
    p.jarRefusals.reserve(s.cookies.size());
    for (qsizetype i = 0; i < s.cookies.size(); ++i) {
        const JarCookie &cookie = s.cookies.at(i);
        const std::optional<Url> url = parseUrlOrNull(cookie.url);
        const std::optional<Url> embeddedIn = cookie.embeddedIn.isEmpty() ? std::nullopt : parseUrlOrNull(cookie.embeddedIn);
        p.jarRefusals.append(url ? p.cookieStore.set(cookie.setCookie, *url, embeddedIn, s.browser.thirdPartyCookies, int(i))
                                 : std::optional<CookieExclusion>(CookieExclusion::NotStored));
    }
    // A stored cookie a later line deleted (Max-Age=0, a past Expires) is not in the jar either; one a later
    // line replaced is that line's.
    const QList<StoredCookie> &stored = p.cookieStore.cookies();
    for (qsizetype i = 0; i < s.cookies.size(); ++i) {
        if (p.jarRefusals.at(i))
            continue;
        const QByteArray name = parseSetCookie(s.cookies.at(i).setCookie).value_or(SetCookie{}).name;
        const bool kept = std::any_of(stored.cbegin(), stored.cend(), [&](const StoredCookie &c) { return c.tag == i || c.name == name; });
        if (!kept)
            p.jarRefusals[i] = CookieExclusion::NotStored;
    }
}

// https://mimesniff.spec.whatwg.org/#matching-an-image-type-pattern: the signatures Chromium's image
// decoders read, whatever the Content-Type; SVG only when declared as SVG (it is a document, not sniffed).
bool isDecodableImage(const QByteArray &essence, const QByteArray &body)
{
    static const QByteArray kSignatures[] = {
        QByteArray("\x00\x00\x01\x00", 4), QByteArray("\x00\x00\x02\x00", 4), QByteArrayLiteral("BM"),
        QByteArrayLiteral("GIF87a"), QByteArrayLiteral("GIF89a"), QByteArrayLiteral("\x89PNG\r\n\x1a\n"),
        QByteArrayLiteral("\xff\xd8\xff")};
    if (essence == "image/svg+xml")
        return body.trimmed().startsWith("<svg");
    if (body.startsWith("RIFF") && body.mid(8, 6) == "WEBPVP")
        return true;
    return std::any_of(std::begin(kSignatures), std::end(kSignatures),
                       [&body](const QByteArray &signature) { return body.startsWith(signature); });
}

// The script throws an Error object it makes itself (`throw new Error(…)`, `throw new TypeError(…)`),
// the error Firefox does not mute; a JavaScript-typed route without a body stands for exactly that
// (docs/scenario-format.md: the usual script body both browser runners serve).
bool throwsOwnErrorObject(const Response &response)
{
    if (!response.hasBody())
        return isJavaScriptMimeType(mimeTypeEssence(*response.headers));
    const QByteArray code = response.body->value().trimmed();
    if (!code.startsWith("throw new "))
        return false;
    const qsizetype open = code.indexOf('(');
    return open > 0 && code.left(open).trimmed().endsWith("Error");
}

// What the mixed-content check makes of a URL: blocked, or fetched as it is or upgraded.
struct MixedContentOutcome {
    bool blocked = false;
    std::optional<Url> upgraded;   // the https URL fetched instead
};

class Evaluation {
public:
    Evaluation(const PreparedScenario &prepared, const EngineBehaviour &behaviour, Verdict &verdict)
        : m_prepared(prepared), m_scenario(prepared.scenario), m_request(prepared.scenario.request), m_behaviour(behaviour),
          m_verdict(verdict), m_origin(prepared.origin), m_serializedOrigin(prepared.serializedOriginBytes)
    {
    }

    void run();

private:
    bool blockedBeforeNetwork();
    bool insecureFormSubmission(const Url &url);
    bool isMixedContent(const Url &url, bool redirected) const;
    MixedContentOutcome mixedContentCheck(const Url &url, bool redirected);
    bool blocksStatusAsOpaque(const Url &url, const Response &response);
    bool refusedRedirectMeetsOrb(const Url &url, const Response &response, const Url &next);
    void fetchLoop();
    bool preflight(const Url &url);
    void finish(const Url &url, const Response &response);
    bool passesCorsCheck(const Url &url, const Response &response);
    void embedderPolicyStep();
    CorpRequestKind corpRequestKind() const;
    bool passesResourcePolicy(const Url &url, const Response &response, bool withCredentials);
    std::optional<Origin> frameAncestor() const;
    bool frameMayShow(const Url &url, const Response &response, const Origin &ancestor);
    bool frameEmbedderPolicyAllows(const Url &url, const Response &response);
    bool xFrameOptionsAllows(const Url &url, const Response &response, const Origin &ancestor);
    bool nonHttpRedirect(const Url &url, const Url &next);
    std::optional<ElementLoadFailure> elementLoadFailure(const Url &url, const Response &response) const;
    void refuseElement(ElementLoadFailure failure, const Url &url);
    void block(CorsErrorStatus error, const Url &url);
    void markBlocked(const Url &url);
    // A step made in its place in the list, with at most four arguments (QByteArrays, or one StepArgs).
    template <typename... Args>
    void step(StepId id, bool passed, Args &&...args)
    {
        addStep(id, passed, StepReason::None, std::forward<Args>(args)...);
    }
    template <typename... Args>
    void step(StepId id, StepReason reason, Args &&...args)
    {
        addStep(id, true, reason, std::forward<Args>(args)...);
    }
    // (flattened: QList's emplace, inlined here, makes a step for a third of what a call to it costs)
    template <typename... Args>
    [[gnu::flatten]] Step &addStep(StepId id, bool passed, StepReason reason, Args &&...args)
    {
        Step &added = m_verdict.steps.emplaceBack();
        added.id = id;
        added.passed = passed;
        added.reason = reason;
        if constexpr (sizeof...(Args) == 1 && (std::is_same_v<std::remove_cvref_t<Args>, StepArgs> && ...)) {
            added.args = (std::forward<Args>(args), ...);
        } else {
            static_assert(sizeof...(Args) <= std::tuple_size_v<StepArgs>, "a step has at most four arguments");
            std::size_t i = 0;
            ((added.args[i++] = QByteArray(std::forward<Args>(args))), ...);
        }
        return added;
    }
    // An exchange made in its place (flattened as addStep is).
    [[gnu::flatten]] Exchange &addExchange() { return m_verdict.exchanges.emplaceBack(); }
    void failStep(StepId id, CorsErrorStatus error, const Url &url, StepArgs args = {}, StepReason reason = StepReason::None);
    void failCheck(StepId id, CorsErrorStatus error, const Url &url);
    Response lookUp(QByteArrayView method) const;
    const QByteArray &serializedRequestOrigin() const;
    bool navigatesTopLevelPage() const;
    bool credentialsIncluded(bool sameOriginNow) const;
    bool embedderPolicyOmitsCredentials(bool sameOriginNow) const;
    HeaderList mainRequestHeaders(const Url &url, QByteArray &origin) const;
    const CookieStore &cookieStore() const { return m_cookieStore ? *m_cookieStore : m_prepared.cookieStore; }
    void storeResponseCookies(const Url &url, const HeaderList &responseHeaders);
    void appendHopContextHeaders(HeaderList &headers, const Url &url, bool preflight) const;
    CookieRequestContext cookieContext(const Url &url) const;
    QByteArray attachCookies(Exchange &exchange, const Url &url);
    void explainCookies(const Exchange &exchange, const Url &url);

    const PreparedScenario &m_prepared;
    const Scenario &m_scenario;
    const ScenarioRequest &m_request;
    const EngineBehaviour &m_behaviour;
    Verdict &m_verdict;

    const Origin &m_origin;                 // the page's (opaque when sandboxed)
    FetchMode m_mode = FetchMode::Cors;
    CredentialsMode m_credentials = CredentialsMode::SameOrigin;
    QByteArray m_method;
    HeaderList m_headers;          // author headers as they go on the wire
    std::optional<Url> m_upgradedUrl;   // the first URL, when mixed content upgraded it
    Tainting m_tainting = Tainting::Basic;
    bool m_taintedOrigin = false;  // https://fetch.spec.whatwg.org/#concept-request-tainted-origin
    bool m_redirectedAcrossOrigins = false;   // a redirect went to another origin than the URL before it
    const QByteArray &m_serializedOrigin;   // ... serialised once
    const QString *m_currentKey = nullptr;   // serverUrl() of the current URL: the prepared target's, or m_hopKey
    QString m_hopKey;
    // For m_method and m_headers: the prepared one until they change, then worked out again (m_changedNeed).
    const PreflightNeed *m_need = nullptr;
    std::optional<PreflightNeed> m_changedNeed;
    bool m_atTarget = false;       // the first request to the scenario's URL: prepared headers apply
    FetchSite m_fetchSite = FetchSite::SameOrigin;   // along the URLs visited so far
    ReferrerPolicy m_referrerPolicy = kDefaultReferrerPolicy;
    std::optional<CookieStore> m_cookieStore;   // the jar once a response has set a cookie
    // https://fetch.spec.whatwg.org/#concept-request-referrer: the page's URL at first, then each hop's
    // Referer (so once trimmed it stays trimmed; seen in Chromium 156); nullopt once none goes.
    const Url *m_referrer = nullptr;
    std::optional<Url> m_redirectReferrer;     // m_referrer's storage once a redirect hop determined it
    QByteArray m_hopReferrer;                   // this hop's Referer; empty: none
};

void Evaluation::run()
{
    m_verdict.origin = m_prepared.serializedOrigin;
    m_verdict.sameOrigin = m_prepared.sameOrigin;
    m_verdict.sameSite = m_prepared.sameSite;
    m_verdict.category = m_prepared.category;
    m_verdict.steps.reserve(24);
    m_verdict.exchanges.reserve(2);
    m_mode = m_prepared.mode;
    m_credentials = m_prepared.credentials;
    m_method = m_prepared.method;
    m_headers = m_prepared.headers;
    m_need = &m_prepared.need;
    m_referrerPolicy = m_prepared.referrerPolicy;
    if (!m_origin.isOpaque())
        m_referrer = &m_prepared.page;   // (an opaque origin sends no Referer: see setUpPolicy)

    step(StepId::RequestSetup, true, latin1Arg(viaName(m_request.via)), latin1Arg(fetchModeName(m_mode)), latin1Arg(credentialsModeName(m_credentials)),
          m_method);
    // Informational: a cross-origin request is not a failure, it is what needs CORS.
    step(StepId::SameOriginCheck, m_verdict.sameOrigin ? StepReason::SameOrigin : StepReason::CrossOrigin, m_serializedOrigin, m_prepared.serializedTargetOriginBytes);
    embedderPolicyStep();
    if (blockedBeforeNetwork())
        return;
    fetchLoop();
}

// The blocks that stop a request before anything is sent.
bool Evaluation::blockedBeforeNetwork()
{
    const Via via = m_request.via;
    const Url &url = m_prepared.target;
    // https://fetch.spec.whatwg.org/#dom-request, step 5.4: a URL with credentials throws.
    if (via == Via::Fetch && url.includesCredentials()) {
        failStep(StepId::CredentialsInUrl, {CorsError::UrlContainsCredentials, {}}, url, {url.serialize().toUtf8()});
        return true;
    }
    // https://fetch.spec.whatwg.org/#requestinit: referrerPolicy is a WebIDL enum, so an unknown token
    // throws a TypeError before anything is sent (no CORS error; seen in Chromium 156).
    if (via == Via::Fetch && m_request.referrerPolicy && !m_request.referrerPolicy->isEmpty()
        && !referrerPolicyFromEnumValue(m_request.referrerPolicy->toLatin1())) {
        step(StepId::ReferrerPolicyCheck, false, m_request.referrerPolicy->toUtf8());
        markBlocked(url);
        return true;
    }
    // https://fetch.spec.whatwg.org/#dom-request, step 30.1: no-cors needs a CORS-safelisted method.
    if (m_mode == FetchMode::NoCors && !isCorsSafelistedMethod(m_method)) {
        failStep(StepId::NoCorsMethodCheck, {CorsError::NoCorsMethodNotSafelisted, m_method}, url, {m_method});
        return true;
    }
    // https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#form-submission-algorithm, step 3
    if (via == Via::Form && m_scenario.pageSandboxed) {
        failStep(StepId::SandboxCheck, {CorsError::SandboxedFormSubmission, {}}, url, {url.serialize().toUtf8()});
        return true;
    }
    // Blink's FetchManager refuses mode "same-origin" to another origin before anything else looks
    // at the URL, mixed content included (seen in Qt WebEngine 6.4).
    if (m_mode == FetchMode::SameOrigin && !hasScheme(url, "data"_L1) && !m_origin.isSameOrigin(m_prepared.targetOrigin)) {
        failStep(StepId::ModeCheck, {CorsError::DisallowedByMode, {}}, url);
        return true;
    }
    if (insecureFormSubmission(url))
        return true;
    MixedContentOutcome mixedContent = mixedContentCheck(url, false);
    if (mixedContent.blocked)
        return true;
    m_upgradedUrl = std::move(mixedContent.upgraded);
    // Chromium blocks subresource requests whose URL carries credentials (not XHR, not navigations).
    const bool subresource = via == Via::Img || via == Via::Script || via == Via::Stylesheet || via == Via::Font
                             || via == Via::Media;
    if (subresource && url.includesCredentials() && m_behaviour.blocksCredentialedSubresources) {
        failStep(StepId::CredentialsInUrl, {CorsError::CredentialedSubresourceBlocked, {}}, url, {url.serialize().toUtf8()});
        return true;
    }
    return false;
}

// https://w3c.github.io/webappsec-mixed-content/level2.html#mixed-content-form-submission: a top-level
// form from an https page to a URL that is not potentially trustworthy (and a 307/308 resubmitting it
// there) stops at Chromium's warning (InsecureFormNavigationThrottle); the model's user does not go on
// (net::ERR_BLOCKED_BY_CLIENT, nothing sent: seen in Chromium 156.0.8078.114 for GET and POST). A form
// into a frame is mixed content instead. True when the request stops here.
bool Evaluation::insecureFormSubmission(const Url &url)
{
    if (m_request.via != Via::Form || !navigatesTopLevel(m_request) || !hasScheme(m_prepared.page, "https"_L1)
        || !hasScheme(url, "http"_L1) || isPotentiallyTrustworthy(url))
        return false;
    failStep(StepId::InsecureFormCheck, {CorsError::BlockedByClient, {}}, url, {url.serialize().toUtf8()});
    return true;
}

// https://w3c.github.io/webappsec-mixed-content/#should-block-fetch, for the first URL and every
// redirect hop: allowed as it is, upgraded (images and audio), or blocked.
bool Evaluation::isMixedContent(const Url &url, bool redirected) const
{
    const Via via = m_request.via;
    // Chromium upgrades an image or audio redirected to http://localhost or to an IP host: their
    // exemptions hold for the first URL only (seen in Chromium 156.0.8078.114 and, blocked by the
    // upgrade, in Qt WebEngine 6.4: golden mixed-img-redirect-to-localhost-upgraded).
    const bool upgradesEveryHop = redirected && (via == Via::Img || via == Via::Media);
    return hasScheme(m_prepared.page, "https"_L1) && hasScheme(url, "http"_L1) && !(isPotentiallyTrustworthy(url) && !upgradesEveryHop)
           && !navigatesTopLevelPage();
}

MixedContentOutcome Evaluation::mixedContentCheck(const Url &url, bool redirected)
{
    const Via via = m_request.via;
    if (!isMixedContent(url, redirected))
        return {};
    if (via == Via::Img || via == Via::Media) {
        // https://w3c.github.io/webappsec-mixed-content/level2.html#upgrade-algorithm: the scheme changes,
        // the port stays. Chromium 156 (156.0.8078.114) upgrades for sandboxed pages too, and does not
        // upgrade an IP-address host but blocks it ("not upgraded to HTTPS because its URL's host is an IP
        // address"). Chromium 102 upgraded IP hosts, and left a document with an opaque origin
        // alone, loading over http with a warning (both seen in Qt WebEngine 6.4).
        const bool ipHost = url.host && url.host->isIpAddress();
        const bool blocksIpHost = ipHost && !redirected && !m_behaviour.upgradesMixedContentForIpHosts;
        if (!blocksIpHost) {
            Url upgraded = url;
            if (m_behaviour.upgradesMixedContentInOpaqueDocuments || !m_scenario.pageSandboxed)
                upgraded.scheme = u"https"_s;
            step(StepId::MixedContentCheck, true, url.serialize().toUtf8(), upgraded.serialize().toUtf8());
            return {false, std::move(upgraded)};
        }
    }
    failStep(StepId::MixedContentCheck, {CorsError::MixedContent, {}}, url, {url.serialize().toUtf8()});
    return {true, std::nullopt};
}

// The route that answers `method` at the current URL (m_currentKey).
Response Evaluation::lookUp(QByteArrayView method) const
{
    const auto answers = [&](qsizetype i) {
        const QByteArray &routeMethod = m_scenario.server.at(i).method;
        return isByteEqual(routeMethod, "*") || isByteEqual(routeMethod, method);
    };
    const auto response = [&](qsizetype i) {
        const ServerRoute &route = m_scenario.server.at(i);
        return Response{route.status, &route.headers, &route.body, &m_prepared.routeFacts.at(i), static_cast<int>(i)};
    };
    if (m_atTarget) {
        for (const int i : m_prepared.targetRoutes) {
            if (answers(i))
                return response(i);
        }
        return {};
    }
    for (qsizetype i = 0; i < m_scenario.server.size(); ++i) {
        if (answers(i) && m_prepared.routeKeys.at(i) == *m_currentKey)
            return response(i);
    }
    return {};
}

// https://fetch.spec.whatwg.org/#serializing-a-request-origin
// A sandboxed page lives in a frame, so even its link clicks are frame navigations.
bool Evaluation::navigatesTopLevelPage() const
{
    return navigatesTopLevel(m_request) && !m_scenario.pageSandboxed;
}

const QByteArray &Evaluation::serializedRequestOrigin() const
{
    static const QByteArray kNull = QByteArrayLiteral("null");
    return m_taintedOrigin ? kNull : m_serializedOrigin;
}

// https://fetch.spec.whatwg.org/#http-network-or-cache-fetch, step 8.x: include credentials when
// mode "include", or "same-origin" with basic tainting.
bool Evaluation::credentialsIncluded(bool sameOriginNow) const
{
    switch (m_credentials) {
    case CredentialsMode::Include: return true;
    case CredentialsMode::SameOrigin: return sameOriginNow && m_tainting == Tainting::Basic;
    case CredentialsMode::Omit: return false;
    }
    return false;
}

// https://fetch.spec.whatwg.org/#cross-origin-embedder-policy-allows-credentials, negated: under COEP
// credentialless a no-cors request goes without cookies unless it is same origin and untainted (seen in
// Chromium 156.0.8078.114: even a same-site img goes without them).
bool Evaluation::embedderPolicyOmitsCredentials(bool sameOriginNow) const
{
    return m_mode == FetchMode::NoCors && m_prepared.embedderPolicy.value == EmbedderPolicyValue::Credentialless
           && !(sameOriginNow && !m_taintedOrigin);
}

// The main request's wire headers but its Cookie, and the Origin among them (empty: none).
HeaderList Evaluation::mainRequestHeaders(const Url &url, QByteArray &origin) const
{
    // Chromium sends Origin on every CORS-mode element request, same-origin ones too, except audio and
    // video, whose loader sends none same-origin (seen in Chromium 156.0.8078.114). Firefox sends none on
    // same-origin element loads and fonts (seen in Firefox 153.8.0esr).
    const bool corsElement = m_mode == FetchMode::Cors && m_request.via != Via::Fetch && m_request.via != Via::Xhr
                             && m_request.via != Via::Media
                             && (m_behaviour.sendsOriginOnSameOriginElementLoads || m_tainting == Tainting::Cors);
    const bool corsOrigin = m_tainting == Tainting::Cors || corsElement;
    if (corsOrigin && m_atTarget && !m_taintedOrigin) {
        origin = m_prepared.serializedOriginBytes;
        return m_prepared.headersWithOrigin;   // the first CORS request's, worked out by PreparedScenario::prepare
    }
    HeaderList headers = m_headers;
    headers.reserve(headers.size() + 1 + kContextHeaders);   // Origin and the context headers in one allocation
    // https://fetch.spec.whatwg.org/#append-a-request-origin-header
    if (corsOrigin) {
        origin = serializedRequestOrigin();
    } else if (m_method != "GET" && m_method != "HEAD") {
        // Chromium's network stack makes the Origin of a request it redirects to another origin "null"
        // (URLRequest::Redirect), and only a form's Origin follows the referrer policy: fetch() and XHR
        // keep theirs (both seen in Chromium 156.0.8078.114).
        const bool formHidesOrigin = m_request.via == Via::Form && referrerPolicyHidesOrigin(m_referrerPolicy, m_origin, url);
        origin = m_redirectedAcrossOrigins || formHidesOrigin ? QByteArrayLiteral("null") : serializedRequestOrigin();
    }
    if (!origin.isEmpty())
        headers.appendAbsent(QByteArrayLiteral("Origin"), origin);
    appendHopContextHeaders(headers, url, false);
    return headers;
}

// The context headers of this hop (Referer, Sec-Fetch-*).
void Evaluation::appendHopContextHeaders(HeaderList &headers, const Url &url, bool preflight) const
{
    // A preflight's Sec-Fetch-Site relates the page to the preflight's own URL, not to the redirect chain
    // before it (seen in Chromium 156.0.8078.114).
    const FetchSite site = !preflight  ? m_fetchSite
                           : m_atTarget ? m_prepared.targetFetchSite
                                        : nextFetchSite(FetchSite::SameOrigin, m_origin, Origin::fromUrl(url));
    appendContextHeaders(headers, m_hopReferrer, url, site, m_scenario, preflight);
}

CookieRequestContext Evaluation::cookieContext(const Url &url) const
{
    // A navigation of the top-level document makes the URL itself the site for cookies.
    // Under a sandboxed frame (an opaque origin in the frame chain) there is no site for cookies: every
    // request is cross-site (Chromium's ComputeSiteForCookies; seen in Chromium 156). A sandboxed page's
    // own link navigates that frame, whose ancestors are the top-level page alone: its site is the site
    // for cookies, and the navigation is not top-level (seen in Chromium 156.0.8078.114).
    const bool topLevel = navigatesTopLevelPage();
    const bool framesOwnNavigation = m_request.via == Via::Navigate && m_scenario.pageSandboxed;
    const QString topLevelSite = topLevel ? schemefulSite(url) : m_prepared.siteForCookies;
    const QString siteForCookies = m_origin.isOpaque() && !topLevel && !framesOwnNavigation ? QString() : topLevelSite;
    return {url, m_origin, siteForCookies, topLevelSite, topLevel, m_method == "GET" || m_method == "HEAD",
            m_scenario.browser.thirdPartyCookies};
}

// https://fetch.spec.whatwg.org/#http-network-or-cache-fetch, step 8.17.1: the cookies that go, and on the
// main request why each other jar cookie stays home. The Cookie header that goes (empty: none).
QByteArray Evaluation::attachCookies(Exchange &exchange, const Url &url)
{
    const bool main = exchange.kind == Exchange::Kind::Main;
    // Jar index, cookie: the main request's list in jar order.
    QList<std::pair<int, CookieNotSent>> notSent;
    if (main) {
        for (qsizetype i = 0; i < m_prepared.jarRefusals.size(); ++i) {
            if (const std::optional<CookieExclusion> refusal = m_prepared.jarRefusals.at(i))
                notSent.append({int(i), {parseSetCookie(m_scenario.cookies.at(i).setCookie).value_or(SetCookie{}).name, *refusal, false}});
        }
    }
    const CookieStore &store = cookieStore();
    QByteArray cookieHeader;
    if (!store.isEmpty() && !exchange.credentials && main) {
        for (const StoredCookie &cookie : store.cookies())
            notSent.append({cookie.tag, {cookie.name, CookieExclusion::CredentialsOmitted}});
    } else if (!store.isEmpty() && exchange.credentials) {
        const CookieRetrieval retrieval = store.retrieve(cookieContext(url));
        if (!retrieval.included.isEmpty()) {
            cookieHeader = retrieval.cookieHeader();
            exchange.requestHeaders.appendAbsent(QByteArrayLiteral("Cookie"), cookieHeader);
        }
        if (main) {
            for (const ExcludedCookie &excluded : retrieval.excluded)
                notSent.append({excluded.cookie->tag, {excluded.cookie->name, excluded.reason}});
        }
    }
    if (notSent.isEmpty())
        return cookieHeader;   // (begin() on an empty QList would allocate)
    std::stable_sort(notSent.begin(), notSent.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &[index, cookie] : notSent)
        m_verdict.cookiesNotSent.append(std::move(cookie));
    return cookieHeader;
}

// https://fetch.spec.whatwg.org/#http-network-fetch, step 13: a response to a request with credentials
// stores its Set-Cookie lines, so the next hop of a redirect can carry them (seen in Chromium 156).
void Evaluation::storeResponseCookies(const Url &url, const HeaderList &responseHeaders)
{
    const bool topLevel = navigatesTopLevelPage();
    for (const Header &header : responseHeaders.entries()) {
        if (!isByteCaseInsensitiveMatch(header.name, "set-cookie"))
            continue;
        if (!m_cookieStore)
            m_cookieStore = m_prepared.cookieStore;
        m_cookieStore->set(header.value, url, topLevel ? std::nullopt : std::optional<Url>(m_prepared.page),
                           m_scenario.browser.thirdPartyCookies);
    }
}

// A step for each jar cookie the main request goes without: its name, why, the method and how the page
// relates to the URL.
void Evaluation::explainCookies(const Exchange &exchange, const Url &url)
{
    if (exchange.kind != Exchange::Kind::Main || m_verdict.cookiesNotSent.isEmpty())
        return;
    const QByteArray relation = latin1Arg(originRelationName(originRelation(compareOrigins(m_origin, Origin::fromUrl(url)))));
    for (const CookieNotSent &cookie : m_verdict.cookiesNotSent) {
        m_verdict.steps.append(Step{cookie.stored ? StepId::CookieWithheld : StepId::CookieNotStored, false, StepReason::None,
                                    std::nullopt,
                                    StepArgs{cookie.name, latin1Arg(cookieExclusionKey(cookie.reason)), exchange.method, relation}});
    }
}

void Evaluation::fetchLoop()
{
    std::optional<Url> redirectUrl;   // the URL the last redirect led to
    const Url *current = m_upgradedUrl ? &*m_upgradedUrl : &m_prepared.target;
    // https://fetch.spec.whatwg.org/#http-redirect-fetch, step 8: at most 20 redirects.
    constexpr int kMaxRedirects = 20;
    for (int redirects = 0;; ++redirects) {
        const Url &url = *current;
        const bool atTarget = redirects == 0 && !m_upgradedUrl;
        m_atTarget = atTarget;
        std::optional<Origin> hopOrigin;
        const Origin &currentOrigin = atTarget ? m_prepared.targetOrigin : hopOrigin.emplace(Origin::fromUrl(url));
        const bool sameOriginNow = atTarget ? m_prepared.sameOrigin : m_origin.isSameOrigin(currentOrigin);
        m_fetchSite = atTarget ? m_prepared.targetFetchSite : nextFetchSite(m_fetchSite, m_origin, currentOrigin);
        // https://fetch.spec.whatwg.org/#main-fetch, step 8 (run again for every hop).
        if (atTarget) {
            m_referrer = m_prepared.targetReferrer ? &*m_prepared.targetReferrer : nullptr;
            m_hopReferrer = m_prepared.targetReferer;
        } else {
            if (m_referrer) {
                std::optional<Url> referrer = determineReferrer(m_referrerPolicy, *m_referrer, url);
                m_redirectReferrer = std::move(referrer);
                m_referrer = m_redirectReferrer ? &*m_redirectReferrer : nullptr;
            }
            m_hopReferrer = m_referrer ? m_referrer->serialize().toUtf8() : QByteArray();
        }
        m_currentKey = atTarget ? &m_prepared.targetKey : &(m_hopKey = serverUrl(url));

        // https://fetch.spec.whatwg.org/#main-fetch, step 12: route by scheme, mode and tainting.
        if (hasScheme(url, "data"_L1)) {
            // https://fetch.spec.whatwg.org/#scheme-fetch: a data: URL answers locally, basic.
            step(StepId::ModeCheck, StepReason::SchemeFetch);
            m_verdict.readable = m_request.via != Via::Navigate;
            return;
        }
        if (!isHttpScheme(url) && m_mode != FetchMode::Navigate) {
            // Chromium: Blink's FetchManager and the network service refuse every other scheme, whatever the mode.
            failStep(StepId::SchemeCheck, {CorsError::CorsDisabledScheme, {}}, url, {url.scheme.toLatin1()});
            return;
        }
        if (m_mode == FetchMode::Navigate || (sameOriginNow && m_tainting == Tainting::Basic)) {
            step(StepId::ModeCheck, StepReason::BasicFetch);
        } else if (m_mode == FetchMode::SameOrigin) {
            failStep(StepId::ModeCheck, {CorsError::DisallowedByMode, {}}, url);
            return;
        } else if (m_mode == FetchMode::NoCors) {
            m_tainting = Tainting::Opaque;
            step(StepId::ModeCheck, StepReason::NoCorsFetch);
        } else {
            m_tainting = Tainting::Cors;
            step(StepId::ModeCheck, StepReason::CorsFetch);
            if (!preflight(url))
                return;
        }

        // https://fetch.spec.whatwg.org/#http-network-or-cache-fetch: the request goes out.
        const bool omittedByEmbedderPolicy = credentialsIncluded(sameOriginNow) && embedderPolicyOmitsCredentials(sameOriginNow);
        const bool withCredentials = credentialsIncluded(sameOriginNow) && !omittedByEmbedderPolicy;
        Exchange &exchange = addExchange();
        exchange.kind = redirects == 0 ? Exchange::Kind::Main : Exchange::Kind::Redirect;
        exchange.method = m_method;
        exchange.url = *m_currentKey;
        QByteArray origin;
        exchange.requestHeaders = mainRequestHeaders(url, origin);
        exchange.credentials = withCredentials;
        const QByteArray cookieHeader = attachCookies(exchange, url);
        const Response response = lookUp(m_method);
        exchange.status = response.status;
        exchange.responseHeaders = *response.headers;
        exchange.routeIndex = response.routeIndex;
        step(StepId::OriginHeader, true, origin);
        step(StepId::CookiesAttached,
             withCredentials            ? StepReason::CredentialsIncluded
             : omittedByEmbedderPolicy ? StepReason::CredentialsOmittedByEmbedderPolicy
                                        : StepReason::CredentialsExcluded, latin1Arg(credentialsModeName(m_credentials)), cookieHeader,
              m_scenario.cookies.isEmpty() ? QByteArray() : QByteArrayLiteral("jar"));
        explainCookies(exchange, url);
        if (withCredentials)
            storeResponseCookies(url, *response.headers);
        m_verdict.sent = true;
        if (response.routeIndex < 0)
            step(StepId::NoServerRoute, true, m_method, m_currentKey->toUtf8());
        if (const std::optional<CorsError> error = networkStackError(response.status, m_behaviour)) {
            failStep(StepId::NetworkError, {*error, {}}, url, {url.serialize().toUtf8(), decimalArg(response.status)});
            return;
        }

        if (!response.isRedirect()) {
            finish(url, response);
            return;
        }

        // https://fetch.spec.whatwg.org/#http-redirect-fetch
        // https://w3c.github.io/webappsec-referrer-policy/#set-requests-referrer-policy-on-redirect
        if (const std::optional<ReferrerPolicy> policy = parseReferrerPolicyHeader(*response.headers))
            m_referrerPolicy = *policy;
        const QString location = QString::fromLatin1(*response.facts->location);
        std::optional<Url> next = parseUrlOrNull(location, &url);
        if (!next) {
            // Step 3: the location must parse. Chromium's URLRequest fails it before the CORS check sees the
            // response (net::ERR_INVALID_REDIRECT, seen in Chromium 156 without Access-Control-Allow-Origin).
            step(StepId::Redirect, true, decimalArg(response.status), *response.facts->location);
            block({CorsError::InvalidRedirect, location.toLatin1()}, url);
            return;
        }
        // https://fetch.spec.whatwg.org/#http-fetch, step 5: CORP on the redirect response too (Chromium's
        // URLLoader::OnReceiveRedirect; seen in Chromium 156.0.8078.114 for an img and, under COEP, a frame).
        if (!passesResourcePolicy(url, response, m_verdict.exchanges.constLast().credentials))
            return;
        // Firefox refuses a CORS redirect to blockable mixed content before it looks at the redirect's CORS
        // headers (seen in Firefox 153.8.0esr: referer-font-ignores-page-policy; untuned run seed 20261207).
        if (m_behaviour.checksMixedContentBeforeRedirectCors && m_tainting == Tainting::Cors && isHttpScheme(*next)
            && m_request.via != Via::Img && m_request.via != Via::Media && isMixedContent(*next, true)) {
            mixedContentCheck(*next, true);
            return;
        }
        // https://fetch.spec.whatwg.org/#http-fetch, step 4.4 (CORS check before redirects).
        // Chromium: CorsURLLoader::OnReceiveRedirect checks the redirect response too.
        if (m_tainting == Tainting::Cors && !passesCorsCheck(url, response))
            return;
        step(StepId::Redirect, true, decimalArg(response.status), *response.facts->location);
        if (!isHttpScheme(*next) && !nonHttpRedirect(url, *next))
            return;
        if (redirects == kMaxRedirects) {
            failStep(StepId::RedirectLimit, {CorsError::TooManyRedirects, {}}, url, {decimalArg(kMaxRedirects)});
            return;
        }
        const Origin nextOrigin = Origin::fromUrl(*next);
        // Step 7: a cross-origin CORS redirect, or any redirect with the CORS flag, to a URL with credentials.
        // Chromium: cors.cc CheckRedirectLocation.
        const bool corsModeRefuses = m_mode == FetchMode::Cors && !m_origin.isSameOrigin(nextOrigin);
        if (next->includesCredentials() && (corsModeRefuses || m_tainting == Tainting::Cors)) {
            // Chromium 156 quotes an empty location: "Redirect location '' contains a username and password".
            failStep(StepId::RedirectCredentials, {CorsError::RedirectContainsCredentials, {}}, url, {next->serialize().toUtf8()});
            return;
        }
        if (next->includesCredentials() && m_request.via != Via::Xhr && m_mode != FetchMode::Navigate
            && m_behaviour.blocksCredentialedSubresources) {
            failStep(StepId::RedirectCredentials, {CorsError::CredentialedSubresourceBlocked, {}}, *next, {next->serialize().toUtf8()});
            return;
        }
        // Step 12: 301/302 turn POST into GET, 303 turns everything but GET/HEAD into GET; the body goes.
        if (((response.status == 301 || response.status == 302) && m_method == "POST")
            || (response.status == 303 && m_method != "GET" && m_method != "HEAD")) {
            step(StepId::MethodRewrite, true, m_method, decimalArg(response.status));
            m_method = QByteArrayLiteral("GET");
            m_need = nullptr;
            // Chromium 102 kept the request-body headers (Content-Type…) on the rewritten GET (seen in Qt WebEngine 6.4).
            if (m_behaviour.dropsBodyHeadersOnMethodRewrite) {
                for (QByteArrayView name : {"content-encoding", "content-language", "content-location", "content-type"})
                    m_headers.remove(name);
            }
        }
        // Step 13: drop Authorization on a cross-origin redirect (Chromium 102 still sent it).
        if (!currentOrigin.isSameOrigin(nextOrigin) && m_headers.contains("authorization")
            && m_behaviour.dropsAuthorizationAcrossOrigins) {
            m_headers.remove("authorization");
            m_need = nullptr;
            step(StepId::AuthorizationDropped, true, next->serialize().toUtf8());
        }
        if (!nextOrigin.isSameOrigin(currentOrigin))
            m_redirectedAcrossOrigins = true;
        // Step 14 (https://fetch.spec.whatwg.org/#concept-request-tainted-origin)
        if (!nextOrigin.isSameOrigin(currentOrigin) && !m_origin.isSameOrigin(currentOrigin) && !m_taintedOrigin) {
            m_taintedOrigin = true;
            step(StepId::TaintedOrigin, true, url.serialize().toUtf8(), next->serialize().toUtf8());
        }
        // A 307 or 308 submits the form again, to the new URL.
        if ((response.status == 307 || response.status == 308) && insecureFormSubmission(*next))
            return;
        if (refusedRedirectMeetsOrb(url, response, *next))
            return;
        MixedContentOutcome mixedContent = mixedContentCheck(*next, true);
        if (mixedContent.blocked)
            return;
        redirectUrl = mixedContent.upgraded ? std::move(mixedContent.upgraded) : std::move(next);
        current = &*redirectUrl;
    }
}

// Firefox's ORB blocks a no-cors image's or media's response that has no body to sniff by its status
// (204, 304) or fails without a type (a 404 no route answers), where https://fetch.spec.whatwg.org/#orb
// leaves the status to the element (seen in Firefox 153.8.0esr, MOZ_LOG "status code (304) is not
// allowed": status-304-image, media-204, firefox-mixed-img-only-http-served; a typed 404, 407 or 600
// image is drawn: img-404-still-drawn, status-407-image, status-600-image). False when the response goes on.
bool Evaluation::blocksStatusAsOpaque(const Url &url, const Response &response)
{
    if (!m_behaviour.orbBlocksNonOkStatus || m_tainting != Tainting::Opaque)
        return false;
    const bool nullBody = response.status == 204 || response.status == 304;
    if (!nullBody && (response.isOk() || !mimeTypeEssence(*response.headers).isEmpty()))
        return false;
    failStep(StepId::OpaqueResponseBlocking, {CorsError::OpaqueResponseBlocked, {}}, url, {decimalArg(response.status)}, StepReason::NonOkStatus);
    return true;
}

// Firefox does not follow a no-cors script's or stylesheet's redirect to blockable mixed content: the
// 3xx is the response, and ORB blocks it for its status (seen in Firefox 153.8.0esr, MOZ_LOG "status
// code (307) is not allowed"; Chromium reports MixedContent).
bool Evaluation::refusedRedirectMeetsOrb(const Url &url, const Response &response, const Url &next)
{
    const Via via = m_request.via;
    if (!m_behaviour.orbBlocksNonOkStatus || (via != Via::Script && via != Via::Stylesheet) || !isMixedContent(next, true))
        return false;
    if (m_tainting != Tainting::Opaque)
        return false;
    step(StepId::MixedContentCheck, false, next.serialize().toUtf8());
    failStep(StepId::OpaqueResponseBlocking, {CorsError::OpaqueResponseBlocked, {}}, url, {decimalArg(response.status)}, StepReason::NonOkStatus);
    return true;
}

// https://fetch.spec.whatwg.org/#http-redirect-fetch, step 5: a redirect to a URL that is not HTTP(S)
// is a network error. Chromium names it by where it stops (each seen in Chromium 156.0.8078.114, after
// the CORS check on the redirect response). Qt WebEngine 6.4 (Chromium 102) agrees where its live run
// can tell (tests/data/engine-differences.json). False when the request stops here.
bool Evaluation::nonHttpRedirect(const Url &url, const Url &next)
{
    const QByteArray scheme = next.scheme.toLatin1();
    // The network service has a loader for these local schemes and refuses to redirect to them.
    if (isUnsafeRedirectScheme(next.scheme)) {
        failStep(StepId::NetworkError, {CorsError::UnsafeRedirect, {}}, url, {next.serialize().toUtf8()});
        return false;
    }
    // Blink refuses view-source: as a local resource ("Not allowed to load local resource"), whatever the mode.
    if (m_mode == FetchMode::Cors || hasScheme(next, "view-source"_L1)) {
        failStep(StepId::SchemeCheck, {CorsError::CorsDisabledScheme, {}}, next, {scheme});
        return false;
    }
    // A navigation hands any other scheme (ftp:, javascript:, mailto:...) to the system's protocol
    // handlers: no error, the page stays where it is.
    if (m_mode == FetchMode::Navigate) {
        step(StepId::ExternalProtocol, true, next.serialize().toUtf8());
        return false;
    }
    // A no-cors load has no loader for the scheme (net::ERR_UNKNOWN_URL_SCHEME).
    failStep(StepId::NetworkError, {CorsError::UnknownUrlScheme, {}}, url, {next.serialize().toUtf8()});
    return false;
}

// https://fetch.spec.whatwg.org/#cors-preflight-fetch; Chromium: preflight_controller.cc.
// False when the preflight blocked the request.
bool Evaluation::preflight(const Url &url)
{
    if (!m_need)
        m_need = &m_changedNeed.emplace(preflightNeed(m_method, m_headers));
    const PreflightNeed &need = *m_need;
    if (!need.needed()) {
        step(StepId::PreflightNeeded, true);
        return true;
    }
    step(StepId::PreflightNeeded, true, need.methodNotSafelisted ? m_method : QByteArray(), need.requestHeadersValue);

    const QByteArray &origin = serializedRequestOrigin();
    Exchange &exchange = addExchange();
    exchange.kind = Exchange::Kind::Preflight;
    exchange.method = QByteArrayLiteral("OPTIONS");
    exchange.url = *m_currentKey;
    if (m_atTarget && !m_taintedOrigin) {
        exchange.requestHeaders = m_prepared.preflightHeaders;
    } else {
        exchange.requestHeaders = preflightRequestHeaders(m_method, need, origin);
        appendHopContextHeaders(exchange.requestHeaders, url, true);
    }
    const Response response = lookUp("OPTIONS");
    exchange.status = response.status;
    exchange.responseHeaders = *response.headers;
    exchange.routeIndex = response.routeIndex;
    m_verdict.preflight = true;
    const auto fail = [&](StepId id, CorsErrorStatus error) {
        failCheck(id, std::move(error), url);
        return false;
    };
    if (const std::optional<CorsError> error = networkStackError(response.status, m_behaviour)) {
        failStep(StepId::NetworkError, {*error, {}}, url, {url.serialize().toUtf8(), decimalArg(response.status)});
        return false;
    }

    // Chromium: a redirected preflight fails at once (PreflightController::OnReceiveRedirect).
    if (response.isRedirect())
        return fail(StepId::PreflightRedirect, {CorsError::PreflightDisallowedRedirect, {}});
    // Step 7: the CORS check first, then the ok status (Chromium's CheckPreflightAccess order).
    if (const auto error = corsCheck(url, response.facts->allowOrigin, response.facts->allowCredentials, m_credentials, origin))
        return fail(StepId::PreflightCorsCheck, {preflightTwin(error->error), error->failedParameter});
    step(StepId::PreflightCorsCheck, true);
    if (!response.isOk())
        return fail(StepId::PreflightStatus, {CorsError::PreflightInvalidStatus, decimalArg(response.status)});
    step(StepId::PreflightStatus, true, decimalArg(response.status));
    const auto &result = m_credentials == CredentialsMode::Include ? response.facts->credentialedPreflightResult
                                                                   : response.facts->preflightResult;
    if (const auto *error = std::get_if<CorsErrorStatus>(&result)) {
        const StepId id = error->error == CorsError::InvalidAllowMethodsPreflightResponse ? StepId::AllowMethods : StepId::AllowHeaders;
        return fail(id, *error);
    }
    const PreflightResult &allowed = std::get<PreflightResult>(result);
    if (const auto error = ensureAllowedMethod(allowed, m_method, m_behaviour))
        return fail(StepId::AllowMethods, *error);
    step(StepId::AllowMethods, true, m_method);
    if (const auto error = ensureAllowedHeaders(allowed, need))
        return fail(StepId::AllowHeaders, *error);
    step(StepId::AllowHeaders, true);
    const int cacheSeconds = std::min(allowed.cacheSeconds, m_behaviour.preflightCacheCap);
    m_verdict.preflightCacheSeconds = cacheSeconds;
    step(StepId::PreflightCacheEntry, true, decimalArg(cacheSeconds));
    return true;
}

// Whether the element can use what came back (decoding, MIME checks); nullopt when it can, else why its
// `error` event fires. A route without a body stands for the usual content of its Content-Type (a real
// image, font or sound; the live runner serves those).
std::optional<ElementLoadFailure> Evaluation::elementLoadFailure(const Url &url, const Response &response) const
{
    const Via via = m_request.via;
    if (via == Via::Fetch || via == Via::Xhr || via == Via::Form || via == Via::Navigate || via == Via::Iframe)
        return std::nullopt;
    const QByteArray essence = mimeTypeEssence(*response.headers);
    const auto unusableUnless = [](bool usable) {
        return usable ? std::nullopt : std::optional(ElementLoadFailure::NothingToUse);
    };
    // https://fetch.spec.whatwg.org/#should-response-to-request-be-blocked-due-to-nosniff?
    const auto nosniffMismatch = [&] {
        return m_origin.isSameOrigin(Origin::fromUrl(url)) ? ElementLoadFailure::NosniffMismatch
                                                           : ElementLoadFailure::CrossOriginNosniffMismatch;
    };
    switch (via) {
    case Via::Img:
        // Chromium decodes whatever arrives, whatever the status or declared type (seen in Chromium 156):
        // a body decides by its bytes, a route without one stands for an image of its type, and a 204 has
        // nothing to decode.
        // A 304 without a cache entry is passed on as it came, with no body (seen in Chromium 156).
        if (response.status == 204 || response.status == 304)
            return ElementLoadFailure::NothingToUse;
        return unusableUnless(response.hasBody() ? isDecodableImage(essence, response.body->value()) : essence.startsWith("image/"));
    case Via::Media:
        // A 204 carries no media to play (seen in Chromium 156).
        return unusableUnless(response.isOk() && response.status != 204 && !response.hasBody()
                              && (essence.startsWith("audio/") || essence.startsWith("video/")));
    case Via::Font:
        return unusableUnless(response.isOk() && response.status != 204 && !response.hasBody()
                              && (essence.startsWith("font/") || essence.startsWith("application/font")));
    case Via::Script:
        // https://fetch.spec.whatwg.org/#should-response-to-request-be-blocked-due-to-mime-type?
        if (essence.startsWith("audio/") || essence.startsWith("image/") || essence.startsWith("video/") || essence == "text/csv")
            return ElementLoadFailure::BlockedMimeType;
        if (hasNosniff(*response.headers) && !isJavaScriptMimeType(essence))
            return nosniffMismatch();
        return unusableUnless(response.isOk());
    case Via::Stylesheet:
        // A wrong type still fires `load` (the sheet stays empty) unless nosniff makes it an error.
        if (hasNosniff(*response.headers) && essence != "text/css")
            return nosniffMismatch();
        return unusableUnless(response.isOk());
    case Via::Fetch:
    case Via::Xhr:
    case Via::Form:
    case Via::Navigate:
    case Via::Iframe:
        break;
    }
    return std::nullopt;
}

// https://fetch.spec.whatwg.org/#concept-cors-check on a response (a redirect or the final one);
// false when it failed and the request is blocked.
bool Evaluation::passesCorsCheck(const Url &url, const Response &response)
{
    const auto error = corsCheck(url, response.facts->allowOrigin, response.facts->allowCredentials, m_credentials,
                                 serializedRequestOrigin());
    if (!error) {
        step(StepId::CorsCheck, true);
        return true;
    }
    failCheck(StepId::CorsCheck, *error, url);
    return false;
}

// The page's Cross-Origin-Embedder-Policy, when pageHeaders carry one: that it applies, or why not.
void Evaluation::embedderPolicyStep()
{
    const HeaderList &headers = m_scenario.pageHeaders;
    if (headers.isEmpty())
        return;
    const std::optional<QByteArray> value = headers.get("cross-origin-embedder-policy");
    const std::optional<QByteArray> reportOnly = headers.get("cross-origin-embedder-policy-report-only");
    if (!value && !reportOnly)
        return;
    const EmbedderPolicy &policy = m_prepared.embedderPolicy;
    const StepReason reason = !isPotentiallyTrustworthy(m_prepared.page)           ? StepReason::EmbedderPolicyNotSecure
                              : policy.value == EmbedderPolicyValue::UnsafeNone ? StepReason::EmbedderPolicyUnsafeNone
                                                                                : StepReason::EmbedderPolicyEnforced;
    step(StepId::EmbedderPolicy, reason, latin1Arg(embedderPolicyValueName(policy.value)), value.value_or(QByteArray()),
          reportOnly ? latin1Arg(embedderPolicyValueName(policy.reportOnlyValue)) : QByteArray());
}

// Which of the standard's calls judges this request's responses. A form submits into a frame of the
// page (docs/scenario-format.md, `readable`), so its response is a frame's, as Chromium 156 judged it.
CorpRequestKind Evaluation::corpRequestKind() const
{
    if (m_mode == FetchMode::NoCors)
        return CorpRequestKind::NoCors;
    if (m_request.via == Via::Iframe || (m_request.via == Via::Form && !navigatesTopLevel(m_request)))
        return CorpRequestKind::FrameNavigation;
    return m_mode == FetchMode::Navigate ? CorpRequestKind::TopLevelNavigation : CorpRequestKind::Cors;
}


StepReason resourcePolicyReason(const EffectiveResourcePolicy &effective)
{
    if (effective.defaultedByEmbedderPolicy)
        return StepReason::CorpDefaultedToSameOrigin;
    switch (effective.policy) {
    case CrossOriginResourcePolicy::Absent: return StepReason::CorpAbsent;
    case CrossOriginResourcePolicy::Invalid: return StepReason::CorpInvalid;
    case CrossOriginResourcePolicy::SameOrigin: return StepReason::CorpSameOrigin;
    case CrossOriginResourcePolicy::SameSite: return StepReason::CorpSameSite;
    case CrossOriginResourcePolicy::CrossOrigin: return StepReason::CorpCrossOrigin;
    }
    return StepReason::CorpAbsent;
}

StepReason xFrameOptionsReason(XFrameOptions options)
{
    switch (options) {
    case XFrameOptions::Deny: return StepReason::XFrameOptionsDeny;
    case XFrameOptions::SameOrigin: return StepReason::XFrameOptionsSameOrigin;
    case XFrameOptions::AllowAll: return StepReason::XFrameOptionsAllowAll;
    case XFrameOptions::Conflict: return StepReason::XFrameOptionsConflict;
    case XFrameOptions::None:
    case XFrameOptions::Invalid:
        break;
    }
    return StepReason::XFrameOptionsInvalid;
}

// https://fetch.spec.whatwg.org/#cross-origin-resource-policy-check on a response to the request's
// origin (opaque for a sandboxed page, which blocks even its own server's same-origin image: seen in
// Chromium 156.0.8078.114); false when it blocked the request. A step only where the check can
// matter: the response names a policy, or the page has an embedder policy.
bool Evaluation::passesResourcePolicy(const Url &url, const Response &response, bool withCredentials)
{
    const CorpRequestKind kind = corpRequestKind();
    const EmbedderPolicyValue embedder = m_prepared.embedderPolicy.value;
    const bool forNavigation = kind == CorpRequestKind::FrameNavigation;
    const bool subject = kind == CorpRequestKind::NoCors || (forNavigation && embedder != EmbedderPolicyValue::UnsafeNone);
    if (!subject)
        return true;
    const std::optional<QByteArray> value = response.headers->get("cross-origin-resource-policy");
    if (!value && embedder == EmbedderPolicyValue::UnsafeNone)
        return true;
    const EffectiveResourcePolicy effective =
        effectiveResourcePolicy(parseCrossOriginResourcePolicy(value), embedder, forNavigation, withCredentials);
    StepArgs args{url.serialize().toUtf8(), value.value_or(QByteArray()), latin1Arg(embedderPolicyValueName(embedder))};
    const std::optional<CorsError> error = crossOriginResourcePolicyCheck(kind, m_origin, embedder, withCredentials, url, *response.headers);
    if (!error) {
        step(StepId::CrossOriginResourcePolicyCheck, resourcePolicyReason(effective), std::move(args));
        return true;
    }
    failStep(StepId::CrossOriginResourcePolicyCheck, {*error, {}}, url, std::move(args), resourcePolicyReason(effective));
    return false;
}

// The one ancestor a framed response must accept: the page, for an iframe or a form's target. A sandboxed
// page's own link click navigates the page's frame itself, whose parent is the document embedding it,
// which both runners serve from the page's origin (seen in Chromium 156.0.8078.114: X-Frame-Options: DENY
// refuses that navigation). A top-level navigation has none.
std::optional<Origin> Evaluation::frameAncestor() const
{
    if (corpRequestKind() == CorpRequestKind::FrameNavigation)
        return m_origin;
    if (m_request.via == Via::Navigate && m_scenario.pageSandboxed)
        return Origin::fromUrl(m_prepared.page);
    return std::nullopt;
}

// What a frame's navigation response meets before its document shows, in Chromium's order (seen in
// Chromium 156.0.8078.114): CORP (passesResourcePolicy), the frame's own COEP, then frame-ancestors or,
// without it, X-Frame-Options.
bool Evaluation::frameMayShow(const Url &url, const Response &response, const Origin &ancestor)
{
    // The page's COEP binds its own frames; a sandboxed page's parent is not the page.
    if (corpRequestKind() == CorpRequestKind::FrameNavigation && !frameEmbedderPolicyAllows(url, response))
        return false;
    // https://w3c.github.io/webappsec-csp/#frame-ancestors-navigation-response: each enforced policy must allow.
    const QList<AncestorSourceList> directives = enforcedFrameAncestors(*response.headers);
    if (directives.isEmpty())
        return xFrameOptionsAllows(url, response, ancestor);
    const QByteArray ancestorName = ancestor.serialize().toUtf8();
    if (const std::optional<AncestorSourceList> violated = violatedFrameAncestors(directives, ancestor, Origin::fromUrl(url))) {
        const QByteArray directive = serializeFrameAncestors(*violated);
        failStep(StepId::FrameAncestorsCheck, {CorsError::FrameAncestors, directive}, url, {directive, ancestorName});
        return false;
    }
    QByteArrayList serialized;
    for (const AncestorSourceList &sources : directives)
        serialized << serializeFrameAncestors(sources);
    step(StepId::FrameAncestorsCheck, true, serialized.join("; "), ancestorName);
    // https://html.spec.whatwg.org/multipage/document-lifecycle.html#check-a-navigation-response's-adherence-to-x-frame-options,
    // step 2: an enforced frame-ancestors takes precedence (seen in Chromium 156.0.8078.114: DENY beside
    // frame-ancestors * shows the frame; beside a report-only one it does not).
    if (const std::optional<QByteArray> value = response.headers->get("x-frame-options"))
        step(StepId::XFrameOptionsCheck, StepReason::XFrameOptionsOverridden, *value, ancestorName);
    return true;
}

// https://html.spec.whatwg.org/multipage/browsers.html#check-a-navigation-response's-adherence-to-its-embedder-policy:
// a frame of a page whose COEP is require-corp or credentialless needs one of those itself, even from
// the page's own origin (seen in Chromium 156.0.8078.114).
bool Evaluation::frameEmbedderPolicyAllows(const Url &url, const Response &response)
{
    const EmbedderPolicyValue parent = m_prepared.embedderPolicy.value;
    if (!isCompatibleWithCrossOriginIsolation(parent))
        return true;
    const EmbedderPolicyValue own = obtainEmbedderPolicy(*response.headers, url).value;
    StepArgs args{latin1Arg(embedderPolicyValueName(own)), latin1Arg(embedderPolicyValueName(parent)), url.serialize().toUtf8()};
    if (isCompatibleWithCrossOriginIsolation(own)) {
        step(StepId::FrameEmbedderPolicyCheck, true, std::move(args));
        return true;
    }
    failStep(StepId::FrameEmbedderPolicyCheck, {CorsError::CoepFrameResourceNeedsCoepHeader, {}}, url, std::move(args));
    return false;
}

// https://html.spec.whatwg.org/multipage/document-lifecycle.html#check-a-navigation-response's-adherence-to-x-frame-options,
// steps 3-10, as Chromium's AncestorThrottle applies them (core/x_frame_options).
bool Evaluation::xFrameOptionsAllows(const Url &url, const Response &response, const Origin &ancestor)
{
    const std::optional<QByteArray> value = response.headers->get("x-frame-options");
    if (!value)
        return true;
    const XFrameOptions options = parseXFrameOptions(*response.headers);
    const StepArgs args{*value, ancestor.serialize().toUtf8()};
    if (xFrameOptionsAllow(options, ancestor, Origin::fromUrl(url))) {
        step(StepId::XFrameOptionsCheck, xFrameOptionsReason(options), args);
        return true;
    }
    failStep(StepId::XFrameOptionsCheck, {CorsError::XFrameOptions, *value}, url, args, xFrameOptionsReason(options));
    return false;
}

void Evaluation::finish(const Url &url, const Response &response)
{
    const Via via = m_request.via;
    // https://fetch.spec.whatwg.org/#http-fetch, step 4.4: the CORS check.
    if (m_tainting == Tainting::Cors && !passesCorsCheck(url, response))
        return;
    // Step 5: CORP, before ORB or the element see the response (seen in Chromium 156.0.8078.114: an
    // HTML body or a 404 with CORP same-origin fails as CorpNotSameOrigin).
    if (!passesResourcePolicy(url, response, m_verdict.exchanges.constLast().credentials))
        return;
    if (const std::optional<Origin> ancestor = frameAncestor(); ancestor && !frameMayShow(url, response, *ancestor))
        return;
    bool corbEmptied = false;
    if (m_tainting == Tainting::Opaque) {
        step(StepId::OpaqueResponse, true);
        if ((via == Via::Img || via == Via::Media) && blocksStatusAsOpaque(url, response))
            return;
        // https://fetch.spec.whatwg.org/#orb (current Chromium) / CORB (Chromium 102: the body is emptied).
        if (opaqueResponseBlocked(*response.headers, response.hasBody() ? *response.body : std::nullopt, m_behaviour)) {
            step(StepId::OpaqueResponseBlocking, false, mimeTypeEssence(*response.headers));
            if (via == Via::Fetch) {
                // Both hand fetch() an empty opaque response instead of failing it (seen in Chromium 156).
            } else if (m_behaviour.opaqueResponseBlocking) {
                block({CorsError::OpaqueResponseBlocked, {}}, url);
                return;
            } else if (via == Via::Img || via == Via::Media) {
                // Chromium 102's CORB empties the body: an image fails to decode...
                refuseElement(ElementLoadFailure::NothingToUse, url);
                return;
            } else {
                // ...and a script or stylesheet loads empty, no MIME check left to fail.
                corbEmptied = true;
            }
        }
    }
    if (const auto failure = corbEmptied ? std::nullopt : elementLoadFailure(url, response)) {
        step(StepId::ElementLoadFailed, false, decimalArg(response.status), mimeTypeEssence(*response.headers));
        refuseElement(*failure, url);
        return;
    }

    const bool corsSameOrigin = m_tainting != Tainting::Opaque;   // https://html.spec.whatwg.org/multipage/urls-and-fetching.html#cors-same-origin
    switch (via) {
    case Via::Script:
        // https://html.spec.whatwg.org/multipage/webappapis.html#muted-errors: Firefox reports what the
        // script throws itself (seen in Firefox 153.8.0esr).
        if (!corsSameOrigin && !m_behaviour.mutesScriptErrorObjects && throwsOwnErrorObject(response)) {
            m_verdict.readable = true;
            step(StepId::ElementReadability, StepReason::UnmutedErrorObject, latin1Arg(viaName(via)));
            return;
        }
        m_verdict.readable = corsSameOrigin;
        break;
    case Via::Fetch:
    case Via::Xhr:
    case Via::Img:
    case Via::Media:
    case Via::Stylesheet:
    case Via::Font:
        m_verdict.readable = corsSameOrigin;
        break;
    case Via::Iframe:
    case Via::Form:
        // The page reads the frame's document only when it is same origin; a top-level form leaves the page.
        m_verdict.readable = !navigatesTopLevel(m_request) && m_origin.isSameOrigin(Origin::fromUrl(url));
        break;
    case Via::Navigate:
        m_verdict.readable = false;
        break;
    }
    if (via != Via::Fetch && via != Via::Xhr)
        step(StepId::ElementReadability, m_verdict.readable, latin1Arg(viaName(via)));

    // https://fetch.spec.whatwg.org/#concept-filtered-response-cors: which headers script sees.
    if ((via == Via::Fetch || via == Via::Xhr) && m_verdict.readable) {
        const RouteFacts &facts = *response.facts;
        const bool wildcard = m_credentials != CredentialsMode::Include && facts.exposeWildcard;
        const bool every = m_tainting == Tainting::Basic || wildcard;
        m_verdict.exposedHeaders = every ? facts.headerNames : facts.corsExposedNames;
        step(StepId::ExposedHeaders, true, every ? facts.headerNamesJoined : facts.corsExposedNamesJoined);
    }
}

// A check failed and stops the request: its step, then the block at `url`.
void Evaluation::failStep(StepId id, CorsErrorStatus error, const Url &url, StepArgs args, StepReason reason)
{
    addStep(id, false, reason, std::move(args)).error = error.error;
    block(std::move(error), url);
}

// A CORS or preflight check failed: its step's argument is the failed parameter.
void Evaluation::failCheck(StepId id, CorsErrorStatus error, const Url &url)
{
    const QByteArray parameter = error.failedParameter;
    failStep(id, std::move(error), url, {parameter});
}

void Evaluation::block(CorsErrorStatus error, const Url &url)
{
    markBlocked(url);
    m_verdict.error = std::move(error);
}

// The element cannot use the response: its `error` event fires.
void Evaluation::refuseElement(ElementLoadFailure failure, const Url &url)
{
    markBlocked(url);
    m_verdict.elementFailure = failure;
}

// What the words of a block name: the URL refused and the one the page asked for.
void Evaluation::markBlocked(const Url &url)
{
    m_verdict.blocked = true;
    m_verdict.readable = false;
    m_verdict.blockedUrl = url.serialize();
    m_verdict.requestedUrl = m_prepared.target.serialize();
}

} // namespace

std::optional<PreparedScenario> PreparedScenario::prepare(Scenario scenario)
{
    std::optional<Url> page = parseUrlOrNull(scenario.page);
    std::optional<Url> target = parseUrlOrNull(scenario.request.url);
    if (!page || !target)
        return std::nullopt;
    PreparedScenario p;
    p.scenario = std::move(scenario);
    p.page = std::move(*page);
    p.target = std::move(*target);
    // https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#submit-mutate-action:
    // a GET form replaces the action URL's query with its fields.
    const ScenarioRequest &request = p.scenario.request;
    if (request.via == Via::Form && request.method.compare("GET", Qt::CaseInsensitive) == 0)
        p.target.query = request.body ? QString::fromUtf8(*request.body) : QString();
    p.targetKey = serverUrl(p.target);
    p.routeKeys.reserve(p.scenario.server.size());
    p.routeFacts.reserve(p.scenario.server.size());
    normalizeReceivedHeaders(p.scenario.pageHeaders);
    p.embedderPolicy = obtainEmbedderPolicy(p.scenario.pageHeaders, p.page);
    for (ServerRoute &route : p.scenario.server) {
        // Routes are written as they go on the wire; the engine judges what the browser parsed.
        normalizeReceivedHeaders(route.headers);
        const std::optional<Url> url = parseUrlOrNull(route.url);
        p.routeKeys.append(url ? serverUrl(*url) : QString());
        if (p.routeKeys.constLast() == p.targetKey)
            p.targetRoutes.append(int(p.routeKeys.size() - 1));
        RouteFacts facts;
        facts.status = route.status;
        facts.allowOrigin = route.headers.get("access-control-allow-origin");
        facts.allowCredentials = route.headers.get("access-control-allow-credentials");
        // https://fetch.spec.whatwg.org/#redirect-status with a Location header (the scenario format's rule).
        const bool redirectStatus = route.status == 301 || route.status == 302 || route.status == 303
                                    || route.status == 307 || route.status == 308;
        if (redirectStatus)
            facts.location = redirectLocation(route.headers);
        // Max-Age uncapped: each engine applies its own cap.
        constexpr int kUncapped = std::numeric_limits<int>::max();
        facts.preflightResult = createPreflightResult(route.headers, false, kUncapped);
        facts.credentialedPreflightResult = createPreflightResult(route.headers, true, kUncapped);
        for (const Header &header : route.headers.entries()) {
            const QByteArray name = header.name.toLower();
            if (!isForbiddenResponseHeaderName(name) && !facts.headerNames.contains(name))
                facts.headerNames.append(name);
        }
        std::sort(facts.headerNames.begin(), facts.headerNames.end());
        facts.exposeList = extractAccessControlExposeHeaders(route.headers);
        facts.exposeWildcard = facts.exposeList.contains(QByteArrayView("*"));
        for (const QByteArray &name : std::as_const(facts.headerNames)) {
            if (isCorsSafelistedResponseHeaderName(name, facts.exposeList))
                facts.corsExposedNames.append(name);
        }
        facts.headerNamesJoined = facts.headerNames.join(", ");
        facts.corsExposedNamesJoined = facts.corsExposedNames.join(", ");
        p.routeFacts.append(std::move(facts));
    }
    // https://html.spec.whatwg.org/multipage/browsers.html#sandboxed-origin-browsing-context-flag
    p.origin = p.scenario.pageSandboxed ? Origin::createOpaque() : Origin::fromUrl(p.page);
    p.serializedOrigin = p.origin.serialize();
    p.serializedOriginBytes = p.serializedOrigin.toLatin1();
    p.targetOrigin = Origin::fromUrl(p.target);
    p.serializedTargetOrigin = p.targetOrigin.serialize();
    p.serializedTargetOriginBytes = p.serializedTargetOrigin.toUtf8();
    p.sameOrigin = p.origin.isSameOrigin(p.targetOrigin);
    p.sameSite = p.origin.isSameSite(p.targetOrigin);
    setUpRequest(p);
    p.need = preflightNeed(p.method, p.headers);
    setUpPolicy(p);
    p.preflightHeaders = preflightRequestHeaders(p.method, p.need, p.serializedOriginBytes);
    appendContextHeaders(p.preflightHeaders, p.targetReferer, p.target, p.targetFetchSite, p.scenario, true);
    p.headersWithOrigin = p.headers;
    p.headersWithOrigin.reserve(p.headers.size() + 1 + kContextHeaders);
    p.headersWithOrigin.appendAbsent(QByteArrayLiteral("Origin"), p.serializedOriginBytes);
    appendContextHeaders(p.headersWithOrigin, p.targetReferer, p.target, p.targetFetchSite, p.scenario, false);
    return p;
}

Verdict decide(const PreparedScenario &prepared, const EngineBehaviour &behaviour)
{
    Verdict verdict;
    Evaluation(prepared, behaviour, verdict).run();
    return verdict;
}

Verdict decide(const PreparedScenario &prepared, EngineProfile profile)
{
    return decide(prepared, engineBehaviour(profile));
}

std::optional<Verdict> decide(const Scenario &scenario, EngineProfile profile)
{
    const std::optional<PreparedScenario> prepared = PreparedScenario::prepare(scenario);
    if (!prepared)
        return std::nullopt;
    return decide(*prepared, profile);
}

QLatin1StringView fetchModeName(FetchMode mode)
{
    switch (mode) {
    case FetchMode::Cors: return "cors"_L1;
    case FetchMode::NoCors: return "no-cors"_L1;
    case FetchMode::SameOrigin: return "same-origin"_L1;
    case FetchMode::Navigate: return "navigate"_L1;
    }
    return {};
}

QString serverUrl(Url url)
{
    url.username.clear();
    url.password.clear();
    // A bare "?" (a GET form with no fields sends one) reaches the server as no query at all.
    if (url.query && url.query->isEmpty())
        url.query.reset();
    return url.serialize(true);
}

} // namespace corslab
