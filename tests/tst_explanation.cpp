// explanation: the one place that words the engine's decisions. Chromium's console text for each
// CorsError and the other blocks (third_party/blink/renderer/platform/loader/cors/cors_error_string.cc,
// current and Chromium 102 wording), the same built from a verdict the engine could have returned,
// Firefox's reasons (dom/locales/en-US/chrome/security/security.properties), each step's words and
// spec link from its typed reason (English, and Russian from resources/translations), fixes in words.
#include "core/cors_error.h"
#include "core/engine_profile.h"
#include "core/explanation.h"
#include "core/scenario.h"
#include "core/verdict.h"
#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace corslab;

Q_DECLARE_METATYPE(corslab::HeaderList)
Q_DECLARE_METATYPE(corslab::Step)
Q_DECLARE_METATYPE(corslab::Verdict)
Q_DECLARE_METATYPE(corslab::Fix)
Q_DECLARE_METATYPE(corslab::Block)
Q_DECLARE_METATYPE(corslab::SameOriginPolicyContrast)
Q_DECLARE_METATYPE(std::optional<corslab::CorsError>)
Q_DECLARE_METATYPE(std::optional<corslab::ElementLoadFailure>)

namespace {

const QString kOrigin = u"https://app.test"_s;
const QString kPage = u"https://app.test/page"_s;
const QString kUrl = u"https://api.test/items"_s;
const QString kRedirected = u"https://api2.test/items"_s;

QString blocked(const QString &kind, const QString &url, const QString &reason)
{
    return u"Access to "_s + kind + u" at '"_s + url + u"' from origin 'https://app.test' has been blocked by CORS policy: "_s + reason;
}

QString preflightBlocked(const QString &reason)
{
    return blocked(u"fetch"_s, kUrl, u"Response to preflight request doesn't pass access control check: "_s + reason);
}

const QString kMissing = u"No 'Access-Control-Allow-Origin' header is present on the requested resource."_s;
const QString kValidNow = u" Have the server send the header with a valid value."_s;
const QString kValid102 =
    u" Have the server send the header with a valid value, or, if an opaque response serves your needs, set the request's "
    "mode to 'no-cors' to fetch the resource with CORS disabled."_s;
const QString kWildcard =
    u"The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's "
    "credentials mode is 'include'."_s;
const QString kXhrCredentials =
    u" The credentials mode of requests initiated by the XMLHttpRequest is controlled by the withCredentials attribute."_s;

Step step(StepId id, bool passed, StepArgs args = {}, StepReason reason = StepReason::None, std::optional<CorsError> error = {})
{
    return Step{id, passed, reason, error, std::move(args)};
}

Step reasoned(StepId id, StepReason reason, StepArgs args = {})
{
    return step(id, true, std::move(args), reason);
}

Step failed(StepId id, CorsError error, QByteArray parameter = {})
{
    return step(id, false, {std::move(parameter)}, StepReason::None, error);
}

// A verdict the engine could return for a block at `blockedUrl`, the last response answered with `headers`.
Verdict blockedVerdict(std::optional<CorsError> error, std::optional<ElementLoadFailure> failure, const QString &blockedUrl,
                       const QString &requestedUrl, int status, const HeaderList &headers)
{
    Verdict verdict;
    verdict.origin = kOrigin;
    verdict.blocked = true;
    if (error)
        verdict.error = CorsErrorStatus{*error, {}};
    verdict.elementFailure = failure;
    verdict.blockedUrl = blockedUrl;
    verdict.requestedUrl = requestedUrl;
    Exchange exchange;
    exchange.url = blockedUrl;
    exchange.status = status;
    exchange.responseHeaders = headers;
    verdict.exchanges.append(exchange);
    return verdict;
}

// The app's Russian words (resources/translations, compiled for the test) while it lives; none when `on`
// is false.
class RussianWords {
public:
    explicit RussianWords(bool on = true)
    {
        if (on && m_translator.load(u":/i18n/corslab_ru.qm"_s))
            QCoreApplication::installTranslator(&m_translator);
    }
    ~RussianWords() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded() const { return !m_translator.isEmpty(); }

private:
    QTranslator m_translator;
};

Scenario scenario(Via via, const QString &page = kPage)
{
    Scenario scenario;
    scenario.page = page;
    scenario.request.via = via;
    return scenario;
}

} // namespace

class TestExplanation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void consoleMessage_data();
    void consoleMessage();
    void verdictMessage_data();
    void verdictMessage();
    void firefox_data();
    void firefox();
    void firefoxBlockTexts_data();
    void firefoxBlockTexts();
    void firefoxEmbedding_data();
    void firefoxEmbedding();
    void stepWords_data();
    void stepWords();
    void russianStepWords_data();
    void russianStepWords();
    void fixWords_data();
    void fixWords();
    void blockWords_data();
    void blockWords();
    void contrastWords_data();
    void contrastWords();
    void summary_data();
    void summary();
    void reportTriple_data();
    void reportTriple();
};

void TestExplanation::consoleMessage_data()
{
    QTest::addColumn<CorsError>("error");
    QTest::addColumn<QByteArray>("failedParameter");
    QTest::addColumn<Via>("via");
    QTest::addColumn<QString>("initialUrl");
    QTest::addColumn<QString>("url");
    QTest::addColumn<EngineProfile>("profile");
    QTest::addColumn<QString>("text");

    const EngineProfile now = EngineProfile::Current;
    const EngineProfile old = EngineProfile::Chromium102;
    const QByteArray other = "https://other.test";

    // -- "Access to {kind} at …": Blink's resource type names
    QTest::newRow("missing ACAO, fetch") << CorsError::MissingAllowOriginHeader << QByteArray() << Via::Fetch << kUrl << kUrl << now
                                         << blocked(u"fetch"_s, kUrl, kMissing);
    QTest::newRow("missing ACAO, fetch, Chromium 102")
        << CorsError::MissingAllowOriginHeader << QByteArray() << Via::Fetch << kUrl << kUrl << old
        << blocked(u"fetch"_s, kUrl, kMissing + u" If an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the resource with CORS disabled."_s);
    const std::pair<Via, const char *> kinds[] = {{Via::Xhr, "XMLHttpRequest"}, {Via::Img, "image"}, {Via::Script, "script"},
                                                  {Via::Stylesheet, "CSS stylesheet"}, {Via::Font, "font"}, {Via::Media, "audio"}};
    for (const auto &[via, kind] : kinds) {
        QTest::addRow("missing ACAO, %s", kind) << CorsError::MissingAllowOriginHeader << QByteArray() << via << kUrl << kUrl << old
                                                << blocked(QString::fromLatin1(kind), kUrl, kMissing);
    }
    QTest::newRow("after a redirect") << CorsError::MissingAllowOriginHeader << QByteArray() << Via::Fetch << kUrl << kRedirected << now
                                      << u"Access to fetch at 'https://api2.test/items' (redirected from 'https://api.test/items') from origin "
                                         "'https://app.test' has been blocked by CORS policy: "_s + kMissing;

    // -- the CORS check's errors, and their preflight twins
    QTest::newRow("preflight, missing ACAO") << CorsError::PreflightMissingAllowOriginHeader << QByteArray() << Via::Fetch << kUrl << kUrl
                                             << now << preflightBlocked(kMissing);
    QTest::newRow("wildcard, fetch") << CorsError::WildcardOriginNotAllowed << QByteArray() << Via::Fetch << kUrl << kUrl << now
                                     << blocked(u"fetch"_s, kUrl, kWildcard);
    QTest::newRow("wildcard, XHR") << CorsError::WildcardOriginNotAllowed << QByteArray() << Via::Xhr << kUrl << kUrl << now
                                   << blocked(u"XMLHttpRequest"_s, kUrl, kWildcard + kXhrCredentials);
    QTest::newRow("preflight, wildcard") << CorsError::PreflightWildcardOriginNotAllowed << QByteArray() << Via::Fetch << kUrl << kUrl
                                         << now << preflightBlocked(kWildcard);
    const QString multiple = u"The 'Access-Control-Allow-Origin' header contains multiple values 'https://a.test, https://b.test', but only one is allowed."_s;
    QTest::newRow("multiple values, fetch") << CorsError::MultipleAllowOriginValues << "https://a.test, https://b.test"_ba << Via::Fetch
                                            << kUrl << kUrl << now << blocked(u"fetch"_s, kUrl, multiple + kValidNow);
    QTest::newRow("multiple values, fetch, Chromium 102") << CorsError::MultipleAllowOriginValues << "https://a.test, https://b.test"_ba
                                                          << Via::Fetch << kUrl << kUrl << old << blocked(u"fetch"_s, kUrl, multiple + kValid102);
    QTest::newRow("multiple values, XHR: no advice") << CorsError::MultipleAllowOriginValues << "https://a.test, https://b.test"_ba
                                                     << Via::Xhr << kUrl << kUrl << now << blocked(u"XMLHttpRequest"_s, kUrl, multiple);
    QTest::newRow("invalid value") << CorsError::InvalidAllowOriginValue << "app.test"_ba << Via::Fetch << kUrl << kUrl << now
                                   << blocked(u"fetch"_s, kUrl, u"The 'Access-Control-Allow-Origin' header contains the invalid value 'app.test'."_s + kValidNow);
    const QString mismatch = u"The 'Access-Control-Allow-Origin' header has a value 'https://other.test' that is not equal to the supplied origin."_s;
    QTest::newRow("mismatch") << CorsError::AllowOriginMismatch << other << Via::Fetch << kUrl << kUrl << now
                              << blocked(u"fetch"_s, kUrl, mismatch + kValidNow);
    QTest::newRow("preflight, mismatch, Chromium 102") << CorsError::PreflightAllowOriginMismatch << other << Via::Fetch << kUrl << kUrl
                                                       << old << preflightBlocked(mismatch + kValid102);
    // Blink's EncodeHint: printable ASCII as is, every other byte as \uXXXX.
    QTest::newRow("mismatch, a non-ASCII value escaped byte by byte")
        << CorsError::AllowOriginMismatch << "https://caf\xc3\xa9.test"_ba << Via::Img << kUrl << kUrl << now
        << blocked(u"image"_s, kUrl, u"The 'Access-Control-Allow-Origin' header has a value 'https://caf\\u00C3\\u00A9.test' that is not equal to the supplied origin."_s);
    const QString credentials = u"The value of the 'Access-Control-Allow-Credentials' header in the response is 'TRUE' which must be 'true' when the request's credentials mode is 'include'."_s;
    QTest::newRow("credentials flag, fetch") << CorsError::InvalidAllowCredentials << "TRUE"_ba << Via::Fetch << kUrl << kUrl << now
                                             << blocked(u"fetch"_s, kUrl, credentials);
    QTest::newRow("credentials flag, XHR") << CorsError::InvalidAllowCredentials << "TRUE"_ba << Via::Xhr << kUrl << kUrl << now
                                           << blocked(u"XMLHttpRequest"_s, kUrl, credentials + kXhrCredentials);

    // -- the preflight's own errors
    QTest::newRow("preflight status") << CorsError::PreflightInvalidStatus << "404"_ba << Via::Fetch << kUrl << kUrl << now
                                      << preflightBlocked(u"It does not have HTTP ok status."_s);
    QTest::newRow("preflight redirect") << CorsError::PreflightDisallowedRedirect << QByteArray() << Via::Fetch << kUrl << kUrl << now
                                        << preflightBlocked(u"Redirect is not allowed for a preflight request."_s);
    QTest::newRow("methods list unparsable: no preflight prefix")
        << CorsError::InvalidAllowMethodsPreflightResponse << "a b"_ba << Via::Fetch << kUrl << kUrl << now
        << blocked(u"fetch"_s, kUrl, u"Cannot parse Access-Control-Allow-Methods response header field in preflight response."_s);
    QTest::newRow("headers list unparsable")
        << CorsError::InvalidAllowHeadersPreflightResponse << "x(a)"_ba << Via::Fetch << kUrl << kUrl << now
        << blocked(u"fetch"_s, kUrl, u"Cannot parse Access-Control-Allow-Headers response header field in preflight response."_s);
    QTest::newRow("method not allowed") << CorsError::MethodDisallowedByPreflightResponse << "PUT"_ba << Via::Fetch << kUrl << kUrl << now
                                        << blocked(u"fetch"_s, kUrl, u"Method PUT is not allowed by Access-Control-Allow-Methods in preflight response."_s);
    QTest::newRow("header not allowed") << CorsError::HeaderDisallowedByPreflightResponse << "x-trace"_ba << Via::Fetch << kUrl << kUrl << now
                                        << blocked(u"fetch"_s, kUrl, u"Request header field x-trace is not allowed by Access-Control-Allow-Headers in preflight response."_s);
    QTest::newRow("invalid response") << CorsError::InvalidResponse << QByteArray() << Via::Fetch << kUrl << kUrl << now
                                      << blocked(u"fetch"_s, kUrl, u"The response is invalid."_s);

    // -- redirects and schemes
    // Chromium 156 quotes an empty location.
    QTest::newRow("redirect to credentials") << CorsError::RedirectContainsCredentials << QByteArray() << Via::Fetch << kUrl << kUrl << now
                                             << blocked(u"fetch"_s, kUrl, u"Redirect location '' contains a username and password, which is disallowed for cross-origin requests."_s);
    QTest::newRow("too many redirects") << CorsError::TooManyRedirects << QByteArray() << Via::Fetch << kUrl << kRedirected << now
                                        << u"Failed to load resource: net::ERR_TOO_MANY_REDIRECTS"_s;
    QTest::newRow("invalid redirect") << CorsError::InvalidRedirect << "https://api.test:99999/"_ba << Via::Img << kUrl << kUrl << now
                                      << u"Failed to load resource: net::ERR_INVALID_REDIRECT"_s;
    // -- network errors that are not CORS errors: the network console line only (seen in Chromium 156)
    QTest::newRow("unsafe redirect") << CorsError::UnsafeRedirect << QByteArray() << Via::Fetch << kUrl << kUrl << now
                                     << u"Failed to load resource: net::ERR_UNSAFE_REDIRECT"_s;
    QTest::newRow("unsafe redirect, Chromium 102") << CorsError::UnsafeRedirect << QByteArray() << Via::Fetch << kUrl << kUrl << old
                                                   << u"Failed to load resource: net::ERR_UNSAFE_REDIRECT"_s;
    QTest::newRow("unknown scheme, image") << CorsError::UnknownUrlScheme << QByteArray() << Via::Img << kUrl << kUrl << now
                                           << u"Failed to load resource: net::ERR_UNKNOWN_URL_SCHEME"_s;
    QTest::newRow("407, XHR") << CorsError::UnexpectedProxyAuth << QByteArray() << Via::Xhr << kUrl << kUrl << now
                              << u"Failed to load resource: net::ERR_UNEXPECTED_PROXY_AUTH"_s;
    QTest::newRow("only a 1xx, script") << CorsError::EmptyResponse << QByteArray() << Via::Script << kUrl << kUrl << now
                                        << u"Failed to load resource: net::ERR_EMPTY_RESPONSE"_s;
    QTest::newRow("unsafe redirect, navigation: no console line") << CorsError::UnsafeRedirect << QByteArray() << Via::Navigate << kUrl << kUrl
                                                                  << now << QString();
    QTest::newRow("407, frame: no console line") << CorsError::UnexpectedProxyAuth << QByteArray() << Via::Iframe << kUrl << kUrl << now
                                                 << QString();
    const QString ftp = u"ftp://files.test/a"_s;
    QTest::newRow("scheme without CORS, image")
        << CorsError::CorsDisabledScheme << QByteArray() << Via::Img << ftp << ftp << now
        << blocked(u"image"_s, ftp, u"Cross origin requests are only supported for protocol schemes: chrome, chrome-experimental-site-token-provider, chrome-extension, chrome-untrusted, data, http, https, isolated-app."_s);
    QTest::newRow("scheme without CORS, image, Chromium 102")
        << CorsError::CorsDisabledScheme << QByteArray() << Via::Img << ftp << ftp << old
        << blocked(u"image"_s, ftp, u"Cross origin requests are only supported for protocol schemes: http, data, chrome, chrome-extension, chrome-untrusted, https."_s);
    QTest::newRow("file URL") << CorsError::CorsDisabledScheme << QByteArray() << Via::Img << u"file:///etc/hosts"_s << u"file:///etc/hosts"_s
                              << now << u"Not allowed to load local resource: file:///etc/hosts"_s;
    QTest::newRow("fetch of ftp") << CorsError::CorsDisabledScheme << QByteArray() << Via::Fetch << ftp << ftp << now
                                  << u"Fetch API cannot load ftp://files.test/a. URL scheme \"ftp\" is not supported."_s;
    QTest::newRow("XHR of ftp") << CorsError::CorsDisabledScheme << QByteArray() << Via::Xhr << ftp << ftp << now << u"FTP is not supported."_s;
    QTest::newRow("redirect to ftp")
        << CorsError::CorsDisabledScheme << QByteArray() << Via::Fetch << kUrl << ftp << now
        << u"Access to fetch at 'ftp://files.test/a' (redirected from 'https://api.test/items') from origin 'https://app.test' has been "
           "blocked by CORS policy: Cross origin requests are only supported for protocol schemes: chrome, chrome-experimental-site-token-provider, "
           "chrome-extension, chrome-untrusted, data, http, https, isolated-app."_s;

    // -- blocks before CORS
    QTest::newRow("mode same-origin") << CorsError::DisallowedByMode << QByteArray() << Via::Fetch << kUrl << kUrl << now
                                      << u"Fetch API cannot load https://api.test/items. Request mode is \"same-origin\" but the URL's origin is "
                                         "not same as the request origin https://app.test."_s;
    QTest::newRow("mode same-origin, redirected away")
        << CorsError::DisallowedByMode << QByteArray() << Via::Fetch << kUrl << kRedirected << now
        << u"Unsafe attempt to load URL https://api2.test/items from frame with URL https://app.test/page. Domains, protocols and ports must match.\n"_s;
    const std::pair<Via, const char *> insecure[] = {{Via::Fetch, "resource"}, {Via::Xhr, "XMLHttpRequest endpoint"}, {Via::Script, "script"},
                                                     {Via::Form, "form action"}, {Via::Iframe, "frame"}};
    for (const auto &[via, kind] : insecure) {
        QTest::addRow("mixed content, %s", kind)
            << CorsError::MixedContent << QByteArray() << via << u"http://api.test/a"_s << u"http://api.test/a"_s << now
            << u"Mixed Content: The page at 'https://app.test/page' was loaded over HTTPS, but requested an insecure %1 'http://api.test/a'. "
               "This request has been blocked; the content must be served over HTTPS."_s.arg(QString::fromLatin1(kind));
    }
    QTest::newRow("no-cors PUT") << CorsError::NoCorsMethodNotSafelisted << "PUT"_ba << Via::Fetch << kUrl << kUrl << now
                                 << u"TypeError: Failed to execute 'fetch' on 'Window': 'PUT' is unsupported in no-cors mode."_s;
    QTest::newRow("sandboxed form") << CorsError::SandboxedFormSubmission << QByteArray() << Via::Form << kUrl << kUrl << now
                                    << u"Blocked form submission to 'https://api.test/items' because the form's frame is sandboxed and the "
                                       "'allow-forms' permission is not set."_s;
    QTest::newRow("credentials in a fetch URL")
        << CorsError::UrlContainsCredentials << QByteArray() << Via::Fetch << u"https://u:p@api.test/"_s << u"https://u:p@api.test/"_s << now
        << u"TypeError: Failed to execute 'fetch' on 'Window': Request cannot be constructed from a URL that includes credentials: https://u:p@api.test/"_s;
    // Blocks Chromium reports only as a DevTools issue or a failed load, with no console text.
    QTest::newRow("ORB: no console text") << CorsError::OpaqueResponseBlocked << QByteArray() << Via::Img << kUrl << kUrl << now << QString();
    QTest::newRow("credentials in a subresource URL: no console text")
        << CorsError::CredentialedSubresourceBlocked << QByteArray() << Via::Img << kUrl << kUrl << now << QString();

    // -- embedding controls (each seen in Chromium 156.0.8078.114): CORP's reason after the net error...
    QTest::newRow("CORP same-origin, img") << CorsError::CorpNotSameOrigin << QByteArray() << Via::Img << kUrl << kUrl << now
                                           << u"Failed to load resource: net::ERR_BLOCKED_BY_RESPONSE.NotSameOrigin"_s;
    QTest::newRow("CORP same-site, stylesheet") << CorsError::CorpNotSameSite << QByteArray() << Via::Stylesheet << kUrl << kUrl << now
                                                << u"Failed to load resource: net::ERR_BLOCKED_BY_RESPONSE.NotSameSite"_s;
    QTest::newRow("COEP's default, no-cors fetch") << CorsError::CorpNotSameOriginAfterDefaultedToSameOriginByCoep << QByteArray() << Via::Fetch
                                                   << kUrl << kUrl << now
                                                   << u"Failed to load resource: net::ERR_BLOCKED_BY_RESPONSE.NotSameOriginAfterDefaultedToSameOriginByCoep"_s;
    // ...and none for a frame, the iframe's or the form's
    QTest::newRow("COEP's default, iframe: no console text") << CorsError::CorpNotSameOriginAfterDefaultedToSameOriginByCoep << QByteArray()
                                                             << Via::Iframe << kUrl << kUrl << now << QString();
    QTest::newRow("COEP's default, form: no console text") << CorsError::CorpNotSameOriginAfterDefaultedToSameOriginByCoep << QByteArray()
                                                           << Via::Form << kUrl << kUrl << now << QString();
    QTest::newRow("frame without COEP: no console text") << CorsError::CoepFrameResourceNeedsCoepHeader << QByteArray() << Via::Iframe
                                                         << kUrl << kUrl << now << QString();
    // The framed document named by its origin.
    QTest::newRow("X-Frame-Options DENY") << CorsError::XFrameOptions << "DENY"_ba << Via::Iframe << kUrl << kUrl << now
                                          << u"Refused to display 'https://api.test/' in a frame because it set 'X-Frame-Options' to 'deny'."_s;
    QTest::newRow("X-Frame-Options sameorigin, form") << CorsError::XFrameOptions << "sameorigin"_ba << Via::Form << kUrl << kUrl << now
                                                      << u"Refused to display 'https://api.test/' in a frame because it set 'X-Frame-Options' to 'sameorigin'."_s;
    QTest::newRow("X-Frame-Options conflict") << CorsError::XFrameOptions << "SAMEORIGIN, DENY"_ba << Via::Iframe << kUrl << kUrl << now
                                              << u"Refused to display 'https://api.test/' in a frame because it set multiple 'X-Frame-Options' headers "
                                                 "with conflicting values ('SAMEORIGIN, DENY'). Falling back to 'deny'."_s;
    QTest::newRow("frame-ancestors, port kept") << CorsError::FrameAncestors << "frame-ancestors 'none'"_ba << Via::Iframe << kUrl
                                                << u"https://api.test:8443/a?b"_s << now
                                                << u"Framing 'https://api.test:8443/' violates the following Content Security Policy directive: "
                                                   "\"frame-ancestors 'none'\". The request has been blocked.\n"_s;
    QTest::newRow("frame-ancestors *, opaque page") << CorsError::FrameAncestors << "frame-ancestors *"_ba << Via::Iframe << kUrl << kUrl << now
                                                    << u"Framing 'https://api.test/' violates the following Content Security Policy directive: "
                                                       "\"frame-ancestors *\". The request has been blocked. Note that '*' matches only URLs with network "
                                                       "schemes ('http', 'https', 'ws', 'wss'), or URLs whose scheme matches `self`'s scheme. The scheme "
                                                       "'https:' must be added explicitly.\n"_s;
}

void TestExplanation::consoleMessage()
{
    QFETCH(CorsError, error);
    QFETCH(QByteArray, failedParameter);
    QFETCH(Via, via);
    QFETCH(QString, initialUrl);
    QFETCH(QString, url);
    QFETCH(EngineProfile, profile);
    QFETCH(QString, text);

    const MessageContext context{via, initialUrl, url, kOrigin, kPage, 200, nullptr};
    QCOMPARE(corslab::consoleMessage(CorsErrorStatus{error, failedParameter}, context, profile), text);
}

void TestExplanation::verdictMessage_data()
{
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("page");
    QTest::addColumn<Via>("via");
    QTest::addColumn<QString>("text");

    const QString script = u"https://cdn.test/a.js"_s;
    const QString sheet = u"https://cdn.test/a.css"_s;
    const HeaderList image{{"Content-Type", "image/png"}};
    const HeaderList plain{{"Content-Type", "text/plain; charset=utf-8"}, {"X-Content-Type-Options", "nosniff"}};

    QTest::newRow("nothing blocked: no text") << Verdict{} << kPage << Via::Fetch << QString();
    QTest::newRow("an error at a redirect's target: both URLs")
        << blockedVerdict(CorsError::MissingAllowOriginHeader, {}, kRedirected, kUrl, 200, {}) << kPage << Via::Fetch
        << u"Access to fetch at 'https://api2.test/items' (redirected from 'https://api.test/items') from origin 'https://app.test' has "
           "been blocked by CORS policy: "_s + kMissing;
    QTest::newRow("mixed content: the page URL as the browser serialises it")
        << blockedVerdict(CorsError::MixedContent, {}, u"http://api.test/a.js"_s, u"http://api.test/a.js"_s, 0, {}) << u"HTTPS://App.test"_s
        << Via::Script
        << u"Mixed Content: The page at 'https://app.test/' was loaded over HTTPS, but requested an insecure script 'http://api.test/a.js'. "
           "This request has been blocked; the content must be served over HTTPS."_s;
    QTest::newRow("script served as an image")
        << blockedVerdict({}, ElementLoadFailure::BlockedMimeType, script, script, 200, image) << kPage << Via::Script
        << u"Refused to execute script from 'https://cdn.test/a.js' because its MIME type ('image/png') is not executable."_s;
    QTest::newRow("own script, nosniff, text/plain")
        << blockedVerdict({}, ElementLoadFailure::NosniffMismatch, script, script, 200, plain) << kPage << Via::Script
        << u"Refused to execute script from 'https://cdn.test/a.js' because its MIME type ('text/plain') is not executable, and strict MIME "
           "type checking is enabled."_s;
    QTest::newRow("own stylesheet, nosniff, text/plain")
        << blockedVerdict({}, ElementLoadFailure::NosniffMismatch, sheet, sheet, 200, plain) << kPage << Via::Stylesheet
        << u"Refused to apply style from 'https://cdn.test/a.css' because its MIME type ('text/plain') is not a supported stylesheet MIME "
           "type, and strict MIME checking is enabled."_s;
    QTest::newRow("another origin's script, nosniff: no text")
        << blockedVerdict({}, ElementLoadFailure::CrossOriginNosniffMismatch, script, script, 200, plain) << kPage << Via::Script << QString();
    QTest::newRow("an image with nothing to decode: no text")
        << blockedVerdict({}, ElementLoadFailure::NothingToUse, script, script, 204, image) << kPage << Via::Img << QString();
}

void TestExplanation::verdictMessage()
{
    QFETCH(Verdict, verdict);
    QFETCH(QString, page);
    QFETCH(Via, via);
    QFETCH(QString, text);
    QCOMPARE(corslab::consoleMessage(verdict, scenario(via, page), EngineProfile::Current), text);
}

void TestExplanation::firefox_data()
{
    QTest::addColumn<CorsError>("error");
    QTest::addColumn<QByteArray>("failedParameter");
    QTest::addColumn<int>("status");                  // the last response's; 0: none
    QTest::addColumn<HeaderList>("responseHeaders");
    QTest::addColumn<QString>("reason");              // empty: Firefox reports no CORS reason
    QTest::addColumn<QString>("because");             // the text in "(Reason: …)"

    const HeaderList none;
    QTest::newRow("missing ACAO, with the status") << CorsError::MissingAllowOriginHeader << QByteArray() << 500 << none
                                                   << u"CORSMissingAllowOrigin2"_s << u"CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 500."_s;
    QTest::newRow("preflight missing ACAO") << CorsError::PreflightMissingAllowOriginHeader << QByteArray() << 404 << none
                                            << u"CORSMissingAllowOrigin2"_s << u"CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 404."_s;
    // Firefox counts header lines: two lines are "multiple", one line "a, b" is a mismatch.
    QTest::newRow("two ACAO lines") << CorsError::MultipleAllowOriginValues << "https://a.test, https://b.test"_ba << 200
                                    << HeaderList{{"Access-Control-Allow-Origin", "https://a.test"}, {"access-control-allow-origin", "https://b.test"}}
                                    << u"CORSMultipleAllowOriginNotAllowed"_s << u"Multiple CORS header ‘Access-Control-Allow-Origin’ not allowed)."_s;
    QTest::newRow("one ACAO line with two origins") << CorsError::MultipleAllowOriginValues << "https://a.test, https://b.test"_ba << 200
                                                    << HeaderList{{"Access-Control-Allow-Origin", "https://a.test, https://b.test"}}
                                                    << u"CORSAllowOriginNotMatchingOrigin"_s
                                                    << u"CORS header ‘Access-Control-Allow-Origin’ does not match ‘https://a.test, https://b.test’)."_s;
    QTest::newRow("mismatch") << CorsError::AllowOriginMismatch << "https://other.test"_ba << 200 << none << u"CORSAllowOriginNotMatchingOrigin"_s
                              << u"CORS header ‘Access-Control-Allow-Origin’ does not match ‘https://other.test’)."_s;
    QTest::newRow("invalid value") << CorsError::InvalidAllowOriginValue << "app.test"_ba << 200 << none << u"CORSAllowOriginNotMatchingOrigin"_s
                                   << u"CORS header ‘Access-Control-Allow-Origin’ does not match ‘app.test’)."_s;
    QTest::newRow("wildcard with credentials") << CorsError::PreflightWildcardOriginNotAllowed << QByteArray() << 204 << none
                                               << u"CORSNotSupportingCredentials"_s
                                               << u"Credential is not supported if the CORS header ‘Access-Control-Allow-Origin’ is ‘*’)."_s;
    QTest::newRow("credentials flag") << CorsError::InvalidAllowCredentials << QByteArray() << 200 << none << u"CORSMissingAllowCredentials"_s
                                      << u"expected ‘true’ in CORS header ‘Access-Control-Allow-Credentials’)."_s;
    QTest::newRow("scheme") << CorsError::CorsDisabledScheme << QByteArray() << 0 << none << u"CORSRequestNotHttp"_s << u"CORS request not HTTP)."_s;
    QTest::newRow("preflight status") << CorsError::PreflightInvalidStatus << "403"_ba << 403 << none << u"CORSPreflightDidNotSucceed3"_s
                                      << u"CORS preflight response did not succeed). Status code: 403."_s;
    QTest::newRow("preflight redirect") << CorsError::PreflightDisallowedRedirect << QByteArray() << 302 << none
                                        << u"CORSExternalRedirectNotAllowed"_s << u"CORS request external redirect not allowed)."_s;
    QTest::newRow("methods list") << CorsError::InvalidAllowMethodsPreflightResponse << "a b"_ba << 204 << none << u"CORSInvalidAllowMethod"_s
                                  << u"invalid token ‘a b’ in CORS header ‘Access-Control-Allow-Methods’)."_s;
    QTest::newRow("headers list") << CorsError::InvalidAllowHeadersPreflightResponse << "x(a)"_ba << 204 << none << u"CORSInvalidAllowHeader"_s
                                  << u"invalid token ‘x(a)’ in CORS header ‘Access-Control-Allow-Headers’)."_s;
    QTest::newRow("method") << CorsError::MethodDisallowedByPreflightResponse << "PUT"_ba << 204 << none << u"CORSMethodNotFound"_s
                            << u"Did not find method in CORS header ‘Access-Control-Allow-Methods’)."_s;
    QTest::newRow("header") << CorsError::HeaderDisallowedByPreflightResponse << "x-trace"_ba << 204 << none
                            << u"CORSMissingAllowHeaderFromPreflight2"_s
                            << u"header ‘x-trace’ is not allowed according to header ‘Access-Control-Allow-Headers’ from CORS preflight response)."_s;
    QTest::newRow("invalid response, no status") << CorsError::InvalidResponse << QByteArray() << 0 << none << u"CORSDidNotSucceed2"_s
                                                 << u"CORS request did not succeed). Status code: (null)."_s;
    for (const CorsError error : {CorsError::DisallowedByMode, CorsError::RedirectContainsCredentials, CorsError::TooManyRedirects, CorsError::InvalidRedirect,
                                  CorsError::UnsafeRedirect, CorsError::UnknownUrlScheme, CorsError::UnexpectedProxyAuth,
                                  CorsError::EmptyResponse})
        QTest::addRow("no Firefox reason: %s", corsErrorName(error).data()) << error << QByteArray() << 200 << none << QString() << QString();
}

// Firefox's texts for blocks that are not CORS's, as Firefox 153.8.0esr printed them (the goldens named).
void TestExplanation::firefoxBlockTexts_data()
{
    QTest::addColumn<Via>("via");
    QTest::addColumn<CorsError>("error");
    QTest::addColumn<QByteArray>("failedParameter");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");
    QTest::newRow("mixed active content (firefox-mixed-fetch-blocked)")
        << Via::Fetch << CorsError::MixedContent << QByteArray() << u"BlockMixedActiveContent"_s
        << u"Blocked loading mixed active content “https://api.test/items”"_s;
    QTest::newRow("mixed display content") << Via::Img << CorsError::MixedContent << QByteArray() << u"BlockMixedDisplayContent"_s
                                           << u"Blocked loading mixed display content “https://api.test/items”"_s;
    QTest::newRow("ORB: the log's, no console text (firefox-orb-img-html)")
        << Via::Img << CorsError::OpaqueResponseBlocked << QByteArray() << u"ORB"_s << QString();
    QTest::newRow("no-cors method (mode-no-cors-delete-lower)") << Via::Fetch << CorsError::NoCorsMethodNotSafelisted << "DELETE"_ba
                                                                 << u"MSG_INVALID_REQUEST_METHOD"_s
                                                                 << u"TypeError: Window.fetch: Invalid request method DELETE."_s;
    QTest::newRow("credentials in the URL (url-credentials-fetch-same-origin)")
        << Via::Fetch << CorsError::UrlContainsCredentials << QByteArray() << u"MSG_URL_HAS_CREDENTIALS"_s
        << u"TypeError: Window.fetch: https://api.test/items is an url with embedded credentials."_s;
}

void TestExplanation::firefoxBlockTexts()
{
    QFETCH(Via, via);
    QFETCH(CorsError, error);
    QFETCH(QByteArray, failedParameter);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    const MessageContext context{via, kUrl, kUrl, kOrigin, kPage, 200, nullptr};
    const std::optional<FirefoxReport> report = firefoxReport(CorsErrorStatus{error, failedParameter}, context);
    QVERIFY(report);
    QCOMPARE(report->reason, reason);
    QCOMPARE(report->message, message);
    QVERIFY(firefoxReasonNamesOneError(reason));
}

void TestExplanation::firefox()
{
    QFETCH(CorsError, error);
    QFETCH(QByteArray, failedParameter);
    QFETCH(int, status);
    QFETCH(HeaderList, responseHeaders);
    QFETCH(QString, reason);
    QFETCH(QString, because);

    const MessageContext context{Via::Fetch, kUrl, kUrl, kOrigin, kPage, status, &responseHeaders};
    const std::optional<FirefoxReport> report = firefoxReport(CorsErrorStatus{error, failedParameter}, context);
    QCOMPARE(report ? report->reason : QString(), reason);
    if (report) {
        QCOMPARE(report->message, u"Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at "
                                  "https://api.test/items. (Reason: "_s + because);
    }
}

// Firefox's own texts for the embedding blocks (necko.properties CORPBlocked, security.properties
// XFrameOptionsDeny, csp.properties CSPGenericViolation), not CORS reasons.
void TestExplanation::firefoxEmbedding_data()
{
    QTest::addColumn<CorsError>("error");
    QTest::addColumn<QByteArray>("failedParameter");
    QTest::addColumn<QString>("reason");    // empty: no report
    QTest::addColumn<QString>("message");

    for (const CorsError error : {CorsError::CorpNotSameOrigin, CorsError::CorpNotSameSite,
                                  CorsError::CorpNotSameOriginAfterDefaultedToSameOriginByCoep})
        QTest::addRow("%s", corsErrorName(error).data())
            << error << QByteArray() << u"CORPBlocked"_s
            << u"The resource at “https://api.test/items” was blocked due to its Cross-Origin-Resource-Policy header (or lack thereof). "
               "See https://developer.mozilla.org/docs/Web/HTTP/Cross-Origin_Resource_Policy_(CORP)#"_s;
    QTest::newRow("X-Frame-Options") << CorsError::XFrameOptions << "DENY"_ba << u"XFrameOptionsDeny"_s
                                     << u"The loading of “https://api.test/items” in a frame is denied by “X-Frame-Options“ directive set to “DENY“."_s;
    QTest::newRow("frame-ancestors") << CorsError::FrameAncestors << "frame-ancestors 'self'"_ba << u"CSPGenericViolation"_s
                                     << u"The page’s settings blocked the loading of a resource (frame-ancestors) at https://api.test/items because it "
                                        "violates the following directive: “frame-ancestors 'self'”"_s;
    QTest::newRow("frame without COEP") << CorsError::CoepFrameResourceNeedsCoepHeader << QByteArray() << QString() << QString();
}

void TestExplanation::firefoxEmbedding()
{
    QFETCH(CorsError, error);
    QFETCH(QByteArray, failedParameter);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    const MessageContext context{Via::Iframe, kUrl, kUrl, kOrigin, kPage, 200, nullptr};
    const std::optional<FirefoxReport> report = firefoxReport(CorsErrorStatus{error, failedParameter}, context);
    QCOMPARE(report ? report->reason : QString(), reason);
    QCOMPARE(report ? report->message : QString(), message);
}

void TestExplanation::stepWords_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("spec");

    const QString fetch = u"https://fetch.spec.whatwg.org/"_s;
    const QString html = u"https://html.spec.whatwg.org/multipage/"_s;
    const QString corsCheck = fetch + u"#concept-cors-check"_s;
    const QString mainFetch = fetch + u"#main-fetch"_s;
    const QString preflight = fetch + u"#cors-preflight-fetch"_s;
    const QString redirect = fetch + u"#http-redirect-fetch"_s;
    const QString corsSameOrigin = html + u"urls-and-fetching.html#cors-same-origin"_s;

    // -- typed reasons
    QTest::newRow("same origin") << reasoned(StepId::SameOriginCheck, StepReason::SameOrigin, {"https://app.test", "https://app.test"})
                                 << u"Same origin?"_s << u"https://app.test and https://app.test are the same origin."_s
                                 << html + u"browsers.html#same-origin"_s;
    QTest::newRow("cross origin") << reasoned(StepId::SameOriginCheck, StepReason::CrossOrigin, {"https://app.test", "https://api.test"})
                                  << u"Same origin?"_s << u"https://app.test and https://api.test differ in scheme, host or port: a cross-origin request."_s
                                  << html + u"browsers.html#same-origin"_s;
    QTest::newRow("main fetch, basic") << reasoned(StepId::ModeCheck, StepReason::BasicFetch) << u"Main fetch"_s
                                       << u"Same origin (or a navigation): fetched without CORS, fully visible."_s << mainFetch;
    QTest::newRow("main fetch, no-cors") << reasoned(StepId::ModeCheck, StepReason::NoCorsFetch) << u"Main fetch"_s
                                         << u"Mode \"no-cors\": fetched, but the response is opaque to the page."_s << mainFetch;
    QTest::newRow("main fetch, cors") << reasoned(StepId::ModeCheck, StepReason::CorsFetch) << u"Main fetch"_s
                                      << u"Cross-origin with mode \"cors\": the response must pass the CORS check."_s << mainFetch;
    QTest::newRow("main fetch, same-origin refused") << failed(StepId::ModeCheck, CorsError::DisallowedByMode) << u"Main fetch"_s
                                                     << u"Mode \"same-origin\" forbids another origin."_s << mainFetch;
    QTest::newRow("cookies go along") << reasoned(StepId::CookiesAttached, StepReason::CredentialsIncluded, {"include"}) << u"Cookies"_s
                                      << u"Credentials mode \"include\": cookies go along."_s << fetch + u"#concept-request-credentials-mode"_s;
    QTest::newRow("cookies stay home") << reasoned(StepId::CookiesAttached, StepReason::CredentialsExcluded, {"same-origin"}) << u"Cookies"_s
                                       << u"Credentials mode \"same-origin\": no cookies are sent."_s << fetch + u"#concept-request-credentials-mode"_s;

    // -- failed checks name their CorsError and the failed parameter
    QTest::newRow("CORS check passed") << step(StepId::CorsCheck, true) << u"CORS check"_s
                                       << u"Access-Control-Allow-Origin (and -Credentials) allow this origin."_s << corsCheck;
    QTest::newRow("CORS check failed") << failed(StepId::CorsCheck, CorsError::AllowOriginMismatch, "https://other.test") << u"CORS check"_s
                                       << u"Failed: AllowOriginMismatch https://other.test"_s << corsCheck;
    QTest::newRow("CORS check failed, no parameter") << failed(StepId::CorsCheck, CorsError::MissingAllowOriginHeader) << u"CORS check"_s
                                                     << u"Failed: MissingAllowOriginHeader "_s << corsCheck;
    QTest::newRow("preflight CORS check failed") << failed(StepId::PreflightCorsCheck, CorsError::PreflightWildcardOriginNotAllowed)
                                                 << u"CORS check (preflight)"_s << u"Failed: PreflightWildcardOriginNotAllowed "_s << corsCheck;
    QTest::newRow("preflight status ok") << step(StepId::PreflightStatus, true, {"204"}) << u"Preflight status"_s << u"204 is an ok status."_s
                                         << preflight;
    QTest::newRow("preflight status failed") << failed(StepId::PreflightStatus, CorsError::PreflightInvalidStatus, "404") << u"Preflight status"_s
                                             << u"The preflight answered 404, not 200–299."_s << preflight;
    QTest::newRow("methods allowed") << step(StepId::AllowMethods, true, {"PUT"}) << u"Access-Control-Allow-Methods"_s << u"PUT is allowed."_s
                                     << fetch + u"#http-access-control-allow-methods"_s;
    QTest::newRow("method not allowed") << failed(StepId::AllowMethods, CorsError::MethodDisallowedByPreflightResponse, "PUT")
                                        << u"Access-Control-Allow-Methods"_s << u"Failed: MethodDisallowedByPreflightResponse PUT"_s
                                        << fetch + u"#http-access-control-allow-methods"_s;
    QTest::newRow("headers allowed") << step(StepId::AllowHeaders, true) << u"Access-Control-Allow-Headers"_s
                                     << u"Every non-safelisted header is allowed."_s << fetch + u"#http-access-control-allow-headers"_s;
    QTest::newRow("header not allowed") << failed(StepId::AllowHeaders, CorsError::HeaderDisallowedByPreflightResponse, "x-trace")
                                        << u"Access-Control-Allow-Headers"_s << u"Failed: HeaderDisallowedByPreflightResponse x-trace"_s
                                        << fetch + u"#http-access-control-allow-headers"_s;

    // -- values
    QTest::newRow("request setup") << step(StepId::RequestSetup, true, {"fetch", "cors", "include", "PUT"}) << u"Request setup"_s
                                   << u"fetch makes a PUT request: mode \"cors\", credentials \"include\"."_s << fetch + u"#concept-request"_s;
    QTest::newRow("preflight not needed") << step(StepId::PreflightNeeded, true) << u"Preflight needed?"_s
                                          << u"Safelisted method and headers: no preflight."_s << preflight;
    QTest::newRow("preflight for method and headers") << step(StepId::PreflightNeeded, true, {"PUT", "content-type,x-trace"})
                                                      << u"Preflight needed?"_s
                                                      << u"Not safelisted: PUT, content-type, x-trace. The browser asks first with OPTIONS."_s << preflight;
    QTest::newRow("preflight for headers only") << step(StepId::PreflightNeeded, true, {"", "x-trace"}) << u"Preflight needed?"_s
                                                << u"Not safelisted: x-trace. The browser asks first with OPTIONS."_s << preflight;
    QTest::newRow("preflight cached") << step(StepId::PreflightCacheEntry, true, {"600"}) << u"Preflight cache"_s
                                      << u"Chromium caches this preflight for 600 s (Access-Control-Max-Age; default 5 s, at most 2 h)."_s
                                      << fetch + u"#cors-preflight-cache"_s;
    QTest::newRow("origin header") << step(StepId::OriginHeader, true, {"null"}) << u"Origin header"_s << u"Origin: null"_s
                                   << fetch + u"#append-a-request-origin-header"_s;
    QTest::newRow("no origin header") << step(StepId::OriginHeader, true) << u"Origin header"_s << u"No Origin header is sent."_s
                                      << fetch + u"#append-a-request-origin-header"_s;
    QTest::newRow("mixed content upgraded") << step(StepId::MixedContentCheck, true, {"http://cdn.test/a.png", "https://cdn.test/a.png"})
                                            << u"Mixed content"_s
                                            << u"The https page asks for http://cdn.test/a.png; Chromium upgrades it to https://cdn.test/a.png."_s
                                            << u"https://w3c.github.io/webappsec-mixed-content/#should-block-fetch"_s;
    QTest::newRow("mixed content blocked") << step(StepId::MixedContentCheck, false, {"http://api.test/a"}, StepReason::None, CorsError::MixedContent)
                                           << u"Mixed content"_s << u"The https page asks for the insecure http://api.test/a; Chromium blocks it."_s
                                           << u"https://w3c.github.io/webappsec-mixed-content/#should-block-fetch"_s;
    QTest::newRow("scheme") << step(StepId::SchemeCheck, false, {"ftp"}, StepReason::None, CorsError::CorsDisabledScheme)
                            << u"Scheme supports CORS?"_s << u"\"ftp\" is not an HTTP(S) scheme; CORS requests need one."_s << mainFetch;
    QTest::newRow("redirect") << step(StepId::Redirect, true, {"302", "https://api2.test/items"}) << u"Redirect"_s
                              << u"302 to https://api2.test/items"_s << redirect;
    QTest::newRow("tainted origin") << step(StepId::TaintedOrigin, true, {"https://api.test/a", "https://api2.test/b"}) << u"Tainted origin"_s
                                    << u"Redirected across origins from https://api.test/a to https://api2.test/b: from now on the Origin is \"null\"."_s
                                    << fetch + u"#concept-request-tainted-origin"_s;
    QTest::newRow("method rewrite") << step(StepId::MethodRewrite, true, {"POST", "303"}) << u"Method rewrite"_s
                                    << u"303 turns POST into GET and drops the body."_s << redirect;
    QTest::newRow("redirect limit") << step(StepId::RedirectLimit, false, {"20"}, StepReason::None, CorsError::TooManyRedirects)
                                    << u"Redirect limit"_s << u"More than 20 redirects."_s << redirect;
    QTest::newRow("opaque-response blocking") << step(StepId::OpaqueResponseBlocking, false, {"application/json"}) << u"Opaque-response blocking"_s
                                              << u"A no-cors response of type \"application/json\" is not an image, media, script or stylesheet: blocked."_s
                                              << fetch + u"#orb"_s;
    QTest::newRow("exposed headers") << step(StepId::ExposedHeaders, true, {"content-type, x-total"}) << u"Exposed headers"_s
                                     << u"Script can read: content-type, x-total"_s << fetch + u"#concept-filtered-response-cors"_s;
    QTest::newRow("element readable") << step(StepId::ElementReadability, true, {"img"}) << u"What the page can use"_s
                                      << u"The img is CORS-same-origin: the page can read it."_s << corsSameOrigin;
    QTest::newRow("element not readable") << step(StepId::ElementReadability, false, {"script"}) << u"What the page can use"_s
                                          << u"The script loads, but its contents are not readable across origins."_s << corsSameOrigin;
    QTest::newRow("element load failed") << step(StepId::ElementLoadFailed, false, {"204", "image/png"}) << u"Element load"_s
                                         << u"The element cannot use the response (status 204, type \"image/png\"): its error event fires."_s
                                         << corsSameOrigin;
    QTest::newRow("no route") << step(StepId::NoServerRoute, true, {"GET", "https://api.test/x"}) << u"Server"_s
                              << u"No route answers GET https://api.test/x: 404 with no headers."_s << fetch + u"#http-fetch"_s;
    // -- what the network stack fails itself
    QTest::newRow("407 from a server") << step(StepId::NetworkError, false, {"https://api.test/x", "407"}, StepReason::None, CorsError::UnexpectedProxyAuth)
                                       << u"Network error"_s
                                       << u"https://api.test/x answered 407 Proxy Authentication Required, but it is no proxy: Chromium fails the load (net::ERR_UNEXPECTED_PROXY_AUTH)."_s
                                       << u"https://www.rfc-editor.org/rfc/rfc9110#status.407"_s;
    QTest::newRow("only a 1xx") << step(StepId::NetworkError, false, {"https://api.test/x", "103"}, StepReason::None, CorsError::EmptyResponse)
                                << u"Network error"_s
                                << u"https://api.test/x answered only 103, an interim response, and closed the connection: no final response (net::ERR_EMPTY_RESPONSE)."_s
                                << u"https://www.rfc-editor.org/rfc/rfc9110#status.1xx"_s;
    QTest::newRow("unsafe redirect") << step(StepId::NetworkError, false, {"data:text/plain,hi"}, StepReason::None, CorsError::UnsafeRedirect)
                                     << u"Network error"_s
                                     << u"Chromium never follows a redirect to data:text/plain,hi, a local scheme (net::ERR_UNSAFE_REDIRECT)."_s << redirect;
    QTest::newRow("unknown scheme") << step(StepId::NetworkError, false, {"ftp://files.test/x"}, StepReason::None, CorsError::UnknownUrlScheme)
                                    << u"Network error"_s
                                    << u"The redirect goes to ftp://files.test/x, a scheme the browser cannot fetch (net::ERR_UNKNOWN_URL_SCHEME)."_s << redirect;
    QTest::newRow("external protocol") << step(StepId::ExternalProtocol, true, {"mailto:a@b.test"}) << u"External protocol"_s
                                       << u"Chromium does not load mailto:a@b.test itself: the navigation goes to the system's handler for its scheme, and the page stays."_s
                                       << u"https://html.spec.whatwg.org/multipage/browsing-the-web.html#hand-off-to-external-software"_s;

    // -- embedding controls
    const QString coep = u"https://html.spec.whatwg.org/multipage/browsers.html#coep"_s;
    const QString corp = fetch + u"#cross-origin-resource-policy-check"_s;
    const QString xfo = u"https://html.spec.whatwg.org/multipage/document-lifecycle.html#the-x-frame-options-header"_s;
    QTest::newRow("COEP require-corp") << reasoned(StepId::EmbedderPolicy, StepReason::EmbedderPolicyEnforced, {"require-corp", "require-corp"})
                                       << u"Cross-Origin-Embedder-Policy"_s
                                       << u"The page's COEP is require-corp: every no-cors load from another origin needs Cross-Origin-Resource-Policy, "
                                          "and a frame a COEP of its own."_s << coep;
    QTest::newRow("COEP credentialless, report-only require-corp")
        << reasoned(StepId::EmbedderPolicy, StepReason::EmbedderPolicyEnforced, {"credentialless", "credentialless", "require-corp"})
        << u"Cross-Origin-Embedder-Policy"_s
        << u"The page's COEP is credentialless: its no-cors loads from other origins go without cookies, and a frame needs CORP and a COEP "
           "of its own. Report-only: require-corp, which reports and never blocks."_s << coep;
    QTest::newRow("COEP not parsed") << reasoned(StepId::EmbedderPolicy, StepReason::EmbedderPolicyUnsafeNone, {"unsafe-none", "Require-Corp"})
                                     << u"Cross-Origin-Embedder-Policy"_s
                                     << u"Cross-Origin-Embedder-Policy: Require-Corp names no policy that applies (require-corp or credentialless, as one token)."_s
                                     << coep;
    QTest::newRow("COEP on an http page") << reasoned(StepId::EmbedderPolicy, StepReason::EmbedderPolicyNotSecure, {"unsafe-none", "require-corp"})
                                          << u"Cross-Origin-Embedder-Policy"_s
                                          << u"The page is not a secure context (https, or http on localhost): its Cross-Origin-Embedder-Policy is ignored."_s
                                          << coep;
    QTest::newRow("cookies omitted by COEP credentialless")
        << reasoned(StepId::CookiesAttached, StepReason::CredentialsOmittedByEmbedderPolicy, {"include"}) << u"Cookies"_s
        << u"Credentials mode \"include\", but the page's COEP is credentialless: a no-cors request to another origin goes without cookies."_s
        << fetch + u"#concept-request-credentials-mode"_s;
    QTest::newRow("CORP same-origin refused")
        << step(StepId::CrossOriginResourcePolicyCheck, false, {"https://cdn.test/a.png", "same-origin", "unsafe-none"}, StepReason::CorpSameOrigin,
                CorsError::CorpNotSameOrigin)
        << u"Cross-Origin-Resource-Policy"_s << u"same-origin: only https://cdn.test/a.png's own origin may embed it; blocked (CorpNotSameOrigin)."_s << corp;
    QTest::newRow("CORP defaulted by COEP")
        << step(StepId::CrossOriginResourcePolicyCheck, false, {"https://cdn.test/a.png", "", "require-corp"}, StepReason::CorpDefaultedToSameOrigin,
                CorsError::CorpNotSameOriginAfterDefaultedToSameOriginByCoep)
        << u"Cross-Origin-Resource-Policy"_s
        << u"No usable Cross-Origin-Resource-Policy, and the page's COEP require-corp makes it same-origin; blocked "
           "(CorpNotSameOriginAfterDefaultedToSameOriginByCoep)."_s << corp;
    QTest::newRow("CORP invalid")
        << step(StepId::CrossOriginResourcePolicyCheck, true, {"https://cdn.test/a.png", "Same-Origin", "unsafe-none"}, StepReason::CorpInvalid)
        << u"Cross-Origin-Resource-Policy"_s
        << u"\"Same-Origin\" is none of same-origin, same-site, cross-origin (in that case): ignored, so allowed."_s << corp;
    QTest::newRow("CORP cross-origin")
        << step(StepId::CrossOriginResourcePolicyCheck, true, {"https://cdn.test/a.png", "cross-origin", "require-corp"}, StepReason::CorpCrossOrigin)
        << u"Cross-Origin-Resource-Policy"_s << u"cross-origin: any page may embed it; allowed."_s << corp;
    QTest::newRow("frame without COEP")
        << step(StepId::FrameEmbedderPolicyCheck, false, {"unsafe-none", "require-corp", "https://cdn.test/f"}, StepReason::None,
                CorsError::CoepFrameResourceNeedsCoepHeader)
        << u"The frame's own COEP"_s
        << u"The page's COEP is require-corp, and the frame https://cdn.test/f sends none of require-corp or credentialless (unsafe-none)."_s
        << u"https://html.spec.whatwg.org/multipage/browsers.html#check-a-navigation-response's-adherence-to-its-embedder-policy"_s;
    QTest::newRow("frame-ancestors refused")
        << step(StepId::FrameAncestorsCheck, false, {"frame-ancestors 'self'", "https://app.test"}, StepReason::None, CorsError::FrameAncestors)
        << u"frame-ancestors"_s << u"frame-ancestors 'self' does not let the page https://app.test frame the document: refused."_s
        << u"https://w3c.github.io/webappsec-csp/#frame-ancestors-navigation-response"_s;
    QTest::newRow("X-Frame-Options SAMEORIGIN refused")
        << step(StepId::XFrameOptionsCheck, false, {"SAMEORIGIN", "https://app.test"}, StepReason::XFrameOptionsSameOrigin, CorsError::XFrameOptions)
        << u"X-Frame-Options"_s << u"SAMEORIGIN, and the page https://app.test is another origin."_s << xfo;
    QTest::newRow("X-Frame-Options overridden") << reasoned(StepId::XFrameOptionsCheck, StepReason::XFrameOptionsOverridden, {"DENY"})
                                                << u"X-Frame-Options"_s << u"X-Frame-Options: DENY is not consulted: frame-ancestors decides."_s << xfo;
    QTest::newRow("X-Frame-Options ALLOW-FROM") << reasoned(StepId::XFrameOptionsCheck, StepReason::XFrameOptionsInvalid, {"ALLOW-FROM https://app.test"})
                                                << u"X-Frame-Options"_s
                                                << u"\"ALLOW-FROM https://app.test\" is no value Chromium knows (ALLOW-FROM is obsolete): ignored."_s << xfo;
}

void TestExplanation::stepWords()
{
    QFETCH(Step, step);
    QFETCH(QString, check);
    QFETCH(QString, detail);
    QFETCH(QString, spec);

    const StepText words = describeStep(step);
    QCOMPARE(words.check, check);
    QCOMPARE(words.detail, detail);
    QCOMPARE(QString(words.spec), spec);
}

void TestExplanation::russianStepWords_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("detail");

    // The same typed reasons pick the same sentences in resources/translations/corslab_ru.ts.
    QTest::newRow("same origin") << reasoned(StepId::SameOriginCheck, StepReason::SameOrigin, {"https://app.test", "https://app.test"})
                                 << u"Тот же источник?"_s << u"https://app.test и https://app.test — один и тот же источник."_s;
    QTest::newRow("cross origin") << reasoned(StepId::SameOriginCheck, StepReason::CrossOrigin, {"https://app.test", "https://api.test"})
                                  << u"Тот же источник?"_s
                                  << u"https://app.test и https://api.test различаются схемой, хостом или портом: запрос к другому источнику."_s;
    QTest::newRow("main fetch, basic") << reasoned(StepId::ModeCheck, StepReason::BasicFetch) << u"Основная выборка (main fetch)"_s
                                       << u"Тот же источник (или переход): загружается без CORS, виден полностью."_s;
    QTest::newRow("main fetch, no-cors") << reasoned(StepId::ModeCheck, StepReason::NoCorsFetch) << u"Основная выборка (main fetch)"_s
                                         << u"Режим \"no-cors\": загружается, но ответ для страницы непрозрачен."_s;
    QTest::newRow("main fetch, same-origin refused") << failed(StepId::ModeCheck, CorsError::DisallowedByMode)
                                                     << u"Основная выборка (main fetch)"_s << u"Режим \"same-origin\" запрещает другой источник."_s;
    QTest::newRow("cookies go along") << reasoned(StepId::CookiesAttached, StepReason::CredentialsIncluded, {"include"}) << u"Cookie"_s
                                      << u"Режим учётных данных \"include\": cookie отправляются."_s;
    QTest::newRow("cookies stay home") << reasoned(StepId::CookiesAttached, StepReason::CredentialsExcluded, {"omit"}) << u"Cookie"_s
                                       << u"Режим учётных данных \"omit\": cookie не отправляются."_s;
    QTest::newRow("preflight CORS check failed") << failed(StepId::PreflightCorsCheck, CorsError::PreflightMissingAllowOriginHeader)
                                                 << u"Проверка CORS (предзапрос)"_s << u"Не пройдено: PreflightMissingAllowOriginHeader "_s;
    QTest::newRow("preflight status failed") << failed(StepId::PreflightStatus, CorsError::PreflightInvalidStatus, "500")
                                             << u"Статус предзапроса"_s
                                             << u"Предзапрос получил ответ 500, а не 200–299."_s;
    QTest::newRow("407 from a server") << step(StepId::NetworkError, false, {"https://api.test/x", "407"}, StepReason::None, CorsError::UnexpectedProxyAuth)
                                       << u"Сетевая ошибка"_s
                                       << u"https://api.test/x ответил 407 Proxy Authentication Required, но это не прокси: Chromium прерывает загрузку (net::ERR_UNEXPECTED_PROXY_AUTH)."_s;
    QTest::newRow("unsafe redirect") << step(StepId::NetworkError, false, {"about:blank"}, StepReason::None, CorsError::UnsafeRedirect)
                                     << u"Сетевая ошибка"_s
                                     << u"Chromium никогда не следует перенаправлению на about:blank — это локальная схема (net::ERR_UNSAFE_REDIRECT)."_s;
    QTest::newRow("CORP cross-origin") << step(StepId::CrossOriginResourcePolicyCheck, true, {"https://cdn.test/a.png", "cross-origin", "require-corp"},
                                               StepReason::CorpCrossOrigin)
                                       << u"Cross-Origin-Resource-Policy"_s << u"cross-origin: встраивать может любая страница; разрешено."_s;
    QTest::newRow("X-Frame-Options DENY") << step(StepId::XFrameOptionsCheck, false, {"DENY", "https://app.test"}, StepReason::XFrameOptionsDeny,
                                                  CorsError::XFrameOptions)
                                          << u"X-Frame-Options"_s
                                          << u"DENY: ни одна страница не может показать документ во фрейме, даже страница его собственного источника."_s;
}

void TestExplanation::russianStepWords()
{
    QFETCH(Step, step);
    QFETCH(QString, check);
    QFETCH(QString, detail);

    StepText words;
    {
        const RussianWords russian;
        QVERIFY(russian.loaded());
        words = describeStep(step);
    }
    QCOMPARE(words.check, check);
    QCOMPARE(words.detail, detail);
}

void TestExplanation::fixWords_data()
{
    QTest::addColumn<Fix>("fix");
    QTest::addColumn<QString>("words");

    Fix origin;
    origin.routeIndex = 0;
    origin.setHeaders.append("Access-Control-Allow-Origin", "https://app.test");
    origin.setHeaders.append("Access-Control-Allow-Credentials", "true");
    Fix methods;
    methods.routeIndex = 1;
    methods.status = 204;
    methods.setHeaders.append("Access-Control-Allow-Methods", "PUT");
    methods.removeHeaders.append("Location");
    Fix added;
    added.method = "OPTIONS";
    added.url = kUrl;
    added.status = 204;
    added.setHeaders.append("Access-Control-Allow-Origin", "https://app.test");
    Fix page;
    page.target = Fix::Target::Request;
    page.requestField = u"request.mode"_s;
    page.requestValue = u"cors"_s;

    QTest::newRow("headers on a route for any method")
        << origin << u"Server, response to any method https://api.test/items: Access-Control-Allow-Origin: https://app.test; Access-Control-Allow-Credentials: true"_s;
    QTest::newRow("status first, removals last")
        << methods << u"Server, response to OPTIONS https://api.test/items: status 204; Access-Control-Allow-Methods: PUT; remove Location"_s;
    QTest::newRow("a new route") << added << u"Server, add a response to OPTIONS https://api.test/items: status 204; Access-Control-Allow-Origin: https://app.test"_s;
    QTest::newRow("the page") << page << u"In the page: set request.mode to cors."_s;
    Fix jar;
    jar.target = Fix::Target::CookieJar;
    jar.cookieIndex = 0;
    jar.setCookie = "sid=1; Secure; SameSite=Lax";
    QTest::newRow("a jar cookie") << jar << u"Server, when https://api.test/ sets the cookie: Set-Cookie: sid=1; Secure; SameSite=Lax"_s;
}

void TestExplanation::fixWords()
{
    QFETCH(Fix, fix);
    QFETCH(QString, words);

    Scenario routes = scenario(Via::Fetch);
    ServerRoute any;
    any.url = kUrl;
    ServerRoute options;
    options.method = "OPTIONS";
    options.url = kUrl;
    routes.server = {any, options};
    JarCookie cookie;
    cookie.url = u"https://api.test/"_s;
    cookie.setCookie = "sid=1; SameSite=None; Secure";
    routes.cookies = {cookie};
    QCOMPARE(describeFix(fix, routes), words);
}

// A block's kind, why it refuses and the verdict after it, in English and (the same typed reasons) Russian.
void TestExplanation::blockWords_data()
{
    QTest::addColumn<Block>("block");
    QTest::addColumn<bool>("russian");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("why");
    QTest::addColumn<QString>("after");

    Block remove;
    remove.reason = BlockReason::RemoveAllowOrigin;
    remove.change.routeIndex = 0;
    remove.change.removeHeaders << "Access-Control-Allow-Origin";
    remove.after.origin = kOrigin;
    remove.after.blocked = true;
    remove.after.error = CorsErrorStatus{CorsError::MissingAllowOriginHeader, {}};
    Block narrow = remove;
    narrow.reason = BlockReason::NarrowAllowOrigin;
    narrow.after.error = CorsErrorStatus{CorsError::AllowOriginMismatch, {}};
    Block refuse;
    refuse.kind = BlockKind::Write;
    refuse.reason = BlockReason::RefuseCrossSite;
    refuse.change.routeIndex = 0;
    refuse.change.status = 403;
    refuse.after.category = AccessCategory::Write;
    Block lax;
    lax.kind = BlockKind::Write;
    lax.reason = BlockReason::CookieSameSiteLax;
    lax.cookieName = "sid";
    lax.after.category = AccessCategory::Write;

    QTest::newRow("remove Allow-Origin") << remove << false << u"read"_s
                                         << u"Without Access-Control-Allow-Origin the CORS check fails: script cannot read the response."_s
                                         << u"Blocked (read) — MissingAllowOriginHeader"_s;
    QTest::newRow("narrow Allow-Origin, Russian")
        << narrow << true << u"чтение"_s
        << u"Тогда Access-Control-Allow-Origin называет только собственный источник сервера, а не https://app.test: проверка CORS не проходит, и скрипт не может прочитать ответ."_s
        << u"Заблокировано (read) — AllowOriginMismatch"_s;
    QTest::newRow("the 403 rule, and what the model verifies")
        << refuse << false << u"write"_s
        << u"The browser sends a write whatever the server answers, so the server must refuse it: the rule is \"answer 403 when Sec-Fetch-Site: cross-site\", and this request carries it. A route cannot match on request headers, so the model applies the rule as this route answering 403."_s
        << u"the server answers 403; the request still leaves the browser"_s;
    QTest::newRow("a Lax cookie, Russian")
        << lax << true << u"запись"_s
        << u"Cookie с SameSite=Lax не идёт с межсайтовым запросом, если это не переход верхнего уровня методом GET: sid больше не отправляется с этим запросом, и сессия в нём не действует."_s
        << u"sid не отправлен"_s;
}

void TestExplanation::blockWords()
{
    QFETCH(Block, block);
    QFETCH(bool, russian);
    QFETCH(QString, kind);
    QFETCH(QString, why);
    QFETCH(QString, after);

    BlockText words;
    {
        const RussianWords language(russian);
        QVERIFY(!russian || language.loaded());
        words = describeBlock(block, scenario(Via::Fetch));
    }
    QCOMPARE(words.kind, kind);
    QCOMPARE(words.why, why);
    QCOMPARE(words.after, after);
}

// SOP against CORS: the difference per kind of access names the headers that make it, and what the page
// can use of each side; English, and the same typed difference in Russian.
void TestExplanation::contrastWords_data()
{
    QTest::addColumn<SameOriginPolicyContrast>("contrast");
    QTest::addColumn<bool>("russian");
    QTest::addColumn<QString>("difference");
    QTest::addColumn<QString>("sopCanUse");
    QTest::addColumn<QString>("corsCanUse");

    SameOriginPolicyContrast read;
    read.bare.removed << RemovedHeaders{0, {{"Access-Control-Allow-Origin", kOrigin.toLatin1()}}};
    read.cors.origin = read.sop.origin = kOrigin;
    Exchange answered;
    answered.routeIndex = 0;
    read.cors.exchanges << answered;
    read.sop.exchanges << answered;
    read.sop.sent = read.cors.sent = true;
    read.sop.blocked = true;
    read.sop.error = CorsErrorStatus{CorsError::MissingAllowOriginHeader, {}};
    read.cors.readable = true;
    read.cors.exposedHeaders << "content-type";
    read.difference = PolicyDifference::ReadRefusedBySopAllowedByCors;
    SameOriginPolicyContrast mismatch = read;
    mismatch.cors = read.sop;
    mismatch.cors.error = CorsErrorStatus{CorsError::AllowOriginMismatch, {}};
    mismatch.difference = PolicyDifference::CorsHeadersDoNotHelp;
    SameOriginPolicyContrast corp = read;
    corp.bare.removed = {RemovedHeaders{0, {{"Cross-Origin-Resource-Policy", "same-origin"}}}};
    corp.sop = Verdict{};
    corp.sop.category = corp.cors.category = AccessCategory::Embed;
    corp.sop.exchanges << answered;
    corp.sop.sent = true;
    corp.cors = corp.sop;
    corp.cors.blocked = true;
    corp.cors.error = CorsErrorStatus{CorsError::CorpNotSameOrigin, {}};
    corp.difference = PolicyDifference::EmbedRefusedByHeaders;
    SameOriginPolicyContrast write = corp;
    write.bare.removed.clear();
    write.sop.category = AccessCategory::Write;
    write.cors = write.sop;
    write.difference = PolicyDifference::WriteSentEitherWay;

    QTest::newRow("read: SOP refuses, CORS allows")
        << read << false
        << u"Read: refused by the same-origin policy, allowed by CORS. Script on https://app.test may not read a response from another origin, unless the server says so: Access-Control-Allow-Origin: https://app.test lets this page read it. Without these headers the request is still sent and the server acts on it; only its answer is kept from script."_s
        << u"Nothing: the request is sent, but script gets a network error instead of the response."_s
        << u"Script reads the status, the body and these response headers: content-type."_s;
    QTest::newRow("read: SOP refuses, CORS allows, Russian")
        << read << true
        << u"Чтение: запрещено правилом одного источника, разрешено CORS. Скрипт на https://app.test не может читать ответ другого источника, если сервер этого не разрешит: Access-Control-Allow-Origin: https://app.test позволяет этой странице его прочитать. Без этих заголовков запрос всё равно отправляется, и сервер его выполняет; от скрипта скрыт только ответ."_s
        << u"Ничего: запрос отправлен, но вместо ответа скрипт получает сетевую ошибку."_s
        << u"Скрипт читает статус, тело и эти заголовки ответа: content-type."_s;
    QTest::newRow("read: the CORS headers do not match")
        << mismatch << false
        << u"Read: refused either way. The server sends Access-Control-Allow-Origin: https://app.test, but it does not allow this request (AllowOriginMismatch): the CORS check fails, and the same-origin policy stands."_s
        << u"Nothing: the request is sent, but script gets a network error instead of the response."_s
        << u"Nothing: the request is sent, but script gets a network error instead of the response."_s;
    QTest::newRow("embed: CORP takes embedding away")
        << corp << false
        << u"Embed: the bare same-origin policy lets the page embed it; the server's Cross-Origin-Resource-Policy: same-origin refuses it (CorpNotSameOrigin). Headers like these take embedding away; they never grant reading."_s
        << u"The element uses the response (shows, runs or applies it); script cannot read its contents."_s
        << u"Nothing: the element cannot use the response and its error event fires."_s;
    QTest::newRow("write: sent either way, Russian")
        << write << true
        << u"Запись: отправляется в обоих случаях. Правило одного источника никогда не останавливало переход или отправку формы в другой источник, и заголовки CORS тоже не останавливают: сервер выполняет запрос, а страница ни в одном случае не может прочитать ответ. Чтобы отказать в записи, сервер должен сам проверять Origin или Sec-Fetch-Site."_s
        << u"Запрос доходит до сервера; его ответ заменяет страницу (или заполняет целевой фрейм), и скрипт страницы не может его прочитать."_s
        << u"Запрос доходит до сервера; его ответ заменяет страницу (или заполняет целевой фрейм), и скрипт страницы не может его прочитать."_s;
}

void TestExplanation::contrastWords()
{
    QFETCH(SameOriginPolicyContrast, contrast);
    QFETCH(bool, russian);
    QFETCH(QString, difference);
    QFETCH(QString, sopCanUse);
    QFETCH(QString, corsCanUse);

    const RussianWords language(russian);
    QVERIFY(!russian || language.loaded());
    const QString words = describePolicyDifference(contrast);
    const QString sop = pageCanUse(contrast.sop, Via::Fetch);
    const QString cors = pageCanUse(contrast.cors, Via::Fetch);
    QCOMPARE(words, difference);
    QCOMPARE(sop, sopCanUse);
    QCOMPARE(cors, corsCanUse);
}

void TestExplanation::summary_data()
{
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<AccessCategory>("category");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QString>("words");

    QTest::newRow("blocked") << true << AccessCategory::Read << false << u"Blocked"_s;
    QTest::newRow("a blocked write") << true << AccessCategory::Write << false << u"Blocked"_s;
    QTest::newRow("a read the page cannot see") << false << AccessCategory::Read << false << u"Opaque"_s;
    QTest::newRow("a read the page sees") << false << AccessCategory::Read << true << u"Allowed"_s;
    QTest::newRow("an embed, unreadable but shown") << false << AccessCategory::Embed << false << u"Allowed"_s;
}

void TestExplanation::summary()
{
    QFETCH(bool, blocked);
    QFETCH(AccessCategory, category);
    QFETCH(bool, readable);
    QFETCH(QString, words);

    Verdict verdict;
    verdict.blocked = blocked;
    verdict.category = category;
    verdict.readable = readable;
    QCOMPARE(verdictSummary(verdict), words);
}

// The text report's same-origin triple: the page's parts, then each target's marked against them.
void TestExplanation::reportTriple_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<bool>("sandboxed");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("line");   // the request's line, after its label

    QTest::newRow("sibling subdomain") << u"https://app.example.com/"_s << false << u"https://api.example.com/x"_s
        << u"https ✓  api.example.com ✗  443 ✓  https://example.com ✓  → cross-origin, same site"_s;
    QTest::newRow("same origin, default port spelled out") << u"https://app.example.com/"_s << false
        << u"https://app.example.com:443/x"_s << u"https ✓  app.example.com ✓  443 ✓  https://example.com ✓  → same origin"_s;
    QTest::newRow("another site and port") << u"http://localhost:3000/"_s << false << u"http://127.0.0.1:8080/x"_s
        << u"http ✓  127.0.0.1 ✗  8080 ✗  http://127.0.0.1 ✗  → cross-site"_s;
    QTest::newRow("sandboxed page") << u"https://app.example.com/"_s << true << u"https://app.example.com/x"_s
        << u"opaque origin: same-origin with nothing else"_s;
}

void TestExplanation::reportTriple()
{
    QFETCH(QString, page);
    QFETCH(bool, sandboxed);
    QFETCH(QString, url);
    QFETCH(QString, line);
    Scenario scenario;
    scenario.page = page;
    scenario.pageSandboxed = sandboxed;
    scenario.request.url = url;
    const QString report = verdictReport(u"f"_s, scenario, Verdict{});
    QVERIFY2(report.contains(u"    request     "_s + line + u'\n'), qPrintable(report));
    QCOMPARE(report.contains(u"    page        "_s), !sandboxed);
}

QTEST_GUILESS_MAIN(TestExplanation)
#include "tst_explanation.moc"
