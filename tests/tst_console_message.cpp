// classifyConsoleMessage: Chromium's console texts (Chromium 102 as in Qt WebEngine 6.4, and the
// current wording) back to CorsError + failed parameter. Rows marked "live" were printed by Qt
// WebEngine 6.4 in corslab-live runs.
#include "core/console_message.h"
#include "core/cors_error.h"
#include <QTest>

using namespace corslab;

class TestConsoleMessage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classify_data();
    void classify();
    void refusal_data();
    void refusal();
};

namespace {
const QString kPrefix = QStringLiteral(
    "Access to fetch at 'https://api.example.com/v1/items' from origin 'https://app.example.com' has been blocked by CORS policy: ");
const QString kXhrPrefix = QStringLiteral(
    "Access to XMLHttpRequest at 'https://api.example.com/v1/items' from origin 'https://app.example.com' has been blocked by CORS policy: ");
const QString kPreflight = QStringLiteral("Response to preflight request doesn't pass access control check: ");
const QString kNoCors102 = QStringLiteral(
    " If an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the resource with CORS disabled.");
const QString kValid102 = QStringLiteral(
    " Have the server send the header with a valid value, or, if an opaque response serves your needs, set the request's mode "
    "to 'no-cors' to fetch the resource with CORS disabled.");
const QString kValidNow = QStringLiteral(" Have the server send the header with a valid value.");
} // namespace

void TestConsoleMessage::classify_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");       // empty: not a block
    QTest::addColumn<QByteArray>("parameter");

    // -- the CORS check on the response
    QTest::newRow("missing ACAO, fetch, Chromium 102")
        << kPrefix + QStringLiteral("No 'Access-Control-Allow-Origin' header is present on the requested resource.") + kNoCors102
        << "MissingAllowOriginHeader" << QByteArray();
    QTest::newRow("missing ACAO, fetch, current")
        << kPrefix + QStringLiteral("No 'Access-Control-Allow-Origin' header is present on the requested resource.")
        << "MissingAllowOriginHeader" << QByteArray();
    QTest::newRow("missing ACAO, image")
        << QStringLiteral("Access to image at 'https://cdn.example.net/a.png' from origin 'https://app.example.com' has been "
                          "blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.")
        << "MissingAllowOriginHeader" << QByteArray();
    QTest::newRow("wildcard with credentials, fetch")
        << kPrefix + QStringLiteral("The value of the 'Access-Control-Allow-Origin' header in the response must not be the "
                                    "wildcard '*' when the request's credentials mode is 'include'.")
        << "WildcardOriginNotAllowed" << QByteArray();
    QTest::newRow("wildcard with credentials, XHR")
        << kXhrPrefix + QStringLiteral("The value of the 'Access-Control-Allow-Origin' header in the response must not be the "
                                       "wildcard '*' when the request's credentials mode is 'include'. The credentials mode of "
                                       "requests initiated by the XMLHttpRequest is controlled by the withCredentials attribute.")
        << "WildcardOriginNotAllowed" << QByteArray();
    QTest::newRow("mismatch, Chromium 102")
        << kPrefix + QStringLiteral("The 'Access-Control-Allow-Origin' header has a value 'https://other.example' that is not "
                                    "equal to the supplied origin.") + kValid102
        << "AllowOriginMismatch" << QByteArray("https://other.example");
    QTest::newRow("mismatch, current")
        << kPrefix + QStringLiteral("The 'Access-Control-Allow-Origin' header has a value 'null' that is not equal to the "
                                    "supplied origin.") + kValidNow
        << "AllowOriginMismatch" << QByteArray("null");
    QTest::newRow("multiple values")
        << kPrefix + QStringLiteral("The 'Access-Control-Allow-Origin' header contains multiple values "
                                    "'https://app.example.com, https://app.example.com', but only one is allowed.") + kValid102
        << "MultipleAllowOriginValues" << QByteArray("https://app.example.com, https://app.example.com");
    QTest::newRow("invalid value")
        << kPrefix + QStringLiteral("The 'Access-Control-Allow-Origin' header contains the invalid value 'app.example.com'.") + kValid102
        << "InvalidAllowOriginValue" << QByteArray("app.example.com");
    QTest::newRow("invalid value, current, nothing after")
        << kPrefix + QStringLiteral("The 'Access-Control-Allow-Origin' header contains the invalid value 'x'.")
        << "InvalidAllowOriginValue" << QByteArray("x");
    QTest::newRow("credentials flag not true")
        << kPrefix + QStringLiteral("The value of the 'Access-Control-Allow-Credentials' header in the response is 'TRUE' "
                                    "which must be 'true' when the request's credentials mode is 'include'.")
        << "InvalidAllowCredentials" << QByteArray("TRUE");
    QTest::newRow("credentials flag absent")
        << kPrefix + QStringLiteral("The value of the 'Access-Control-Allow-Credentials' header in the response is '' "
                                    "which must be 'true' when the request's credentials mode is 'include'.")
        << "InvalidAllowCredentials" << QByteArray();
    QTest::newRow("after a redirect")
        << QStringLiteral("Access to fetch at 'https://b.example.org/x' (redirected from 'https://api.example.com/old') from "
                          "origin 'https://app.example.com' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' "
                          "header is present on the requested resource.") + kNoCors102
        << "MissingAllowOriginHeader" << QByteArray();
    QTest::newRow("request mode")
        << kPrefix + QStringLiteral("Cross origin requests are not allowed by request mode.")
        << "DisallowedByMode" << QByteArray();
    QTest::newRow("scheme")
        << kPrefix + QStringLiteral("Cross origin requests are only supported for protocol schemes: http, data, isolated-app, "
                                    "chrome-extension, chrome, https, chrome-untrusted.")
        << "CorsDisabledScheme" << QByteArray();
    QTest::newRow("redirect to credentials")
        << kPrefix + QStringLiteral("Redirect location 'https://u:p@api.example.com/' contains a username and password, which "
                                    "is disallowed for cross-origin requests.")
        << "RedirectContainsCredentials" << QByteArray("https://u:p@api.example.com/");

    // -- preflight
    QTest::newRow("preflight status")
        << kPrefix + kPreflight + QStringLiteral("It does not have HTTP ok status.")
        << "PreflightInvalidStatus" << QByteArray();
    QTest::newRow("preflight missing ACAO")
        << kPrefix + kPreflight + QStringLiteral("No 'Access-Control-Allow-Origin' header is present on the requested resource.") + kNoCors102
        << "PreflightMissingAllowOriginHeader" << QByteArray();
    QTest::newRow("preflight wildcard")
        << kPrefix + kPreflight + QStringLiteral("The value of the 'Access-Control-Allow-Origin' header in the response must not "
                                                 "be the wildcard '*' when the request's credentials mode is 'include'.")
        << "PreflightWildcardOriginNotAllowed" << QByteArray();
    QTest::newRow("preflight mismatch")
        << kPrefix + kPreflight + QStringLiteral("The 'Access-Control-Allow-Origin' header has a value 'https://a.example' that "
                                                 "is not equal to the supplied origin.") + kValid102
        << "PreflightAllowOriginMismatch" << QByteArray("https://a.example");
    QTest::newRow("preflight credentials")
        << kPrefix + kPreflight + QStringLiteral("The value of the 'Access-Control-Allow-Credentials' header in the response is "
                                                 "'' which must be 'true' when the request's credentials mode is 'include'.")
        << "PreflightInvalidAllowCredentials" << QByteArray();
    QTest::newRow("preflight redirect")
        << kPrefix + kPreflight + QStringLiteral("Redirect is not allowed for a preflight request.")
        << "PreflightDisallowedRedirect" << QByteArray();
    QTest::newRow("method not allowed")
        << kPrefix + QStringLiteral("Method PUT is not allowed by Access-Control-Allow-Methods in preflight response.")
        << "MethodDisallowedByPreflightResponse" << QByteArray("PUT");
    QTest::newRow("header not allowed")
        << kPrefix + QStringLiteral("Request header field x-trace is not allowed by Access-Control-Allow-Headers in preflight response.")
        << "HeaderDisallowedByPreflightResponse" << QByteArray("x-trace");
    QTest::newRow("allow-methods unparsable")
        << kPrefix + QStringLiteral("Cannot parse Access-Control-Allow-Methods response header field in preflight response.")
        << "InvalidAllowMethodsPreflightResponse" << QByteArray();
    QTest::newRow("allow-headers unparsable")
        << kPrefix + QStringLiteral("Cannot parse Access-Control-Allow-Headers response header field in preflight response.")
        << "InvalidAllowHeadersPreflightResponse" << QByteArray();

    // -- other blocks
    QTest::newRow("same-origin mode, Fetch API text")
        << QStringLiteral("Fetch API cannot load https://api.example.com/v1/items. Request mode is \"same-origin\" but the URL's "
                          "origin is not same as the request origin https://app.example.com.")
        << "DisallowedByMode" << QByteArray();
    QTest::newRow("mixed content, fetch")
        << QStringLiteral("Mixed Content: The page at 'https://app.example.com/' was loaded over HTTPS, but requested an insecure "
                          "resource 'http://api.example.com/x'. This request has been blocked; the content must be served over HTTPS.")
        << "MixedContent" << QByteArray("http://api.example.com/x");
    QTest::newRow("mixed content, XHR")
        << QStringLiteral("Mixed Content: The page at 'https://app.example.com/' was loaded over HTTPS, but requested an insecure "
                          "XMLHttpRequest endpoint 'http://api.example.com/x'. This request has been blocked; the content must be "
                          "served over HTTPS.")
        << "MixedContent" << QByteArray("http://api.example.com/x");
    QTest::newRow("mixed content, image upgraded (not a block)")
        << QStringLiteral("Mixed Content: The page at 'https://app.example.com/' was loaded over HTTPS, but requested an insecure "
                          "element 'http://cdn.example.net/a.png'. This request was automatically upgraded to HTTPS, For more "
                          "information see https://blog.chromium.org/2019/10/no-more-mixed-messages-about-https.html")
        << "" << QByteArray();
    QTest::newRow("sandboxed form")
        << QStringLiteral("Blocked form submission to 'https://api.example.com/submit' because the form's frame is sandboxed and "
                          "the 'allow-forms' permission is not set.")
        << "SandboxedFormSubmission" << QByteArray("https://api.example.com/submit");
    QTest::newRow("CORB (Chromium 102)")
        << QStringLiteral("Cross-Origin Read Blocking (CORB) blocked cross-origin response https://api.example.com/data.json with "
                          "MIME type application/json. See https://www.chromestatus.com/feature/5629709824032768 for more details.")
        << "OpaqueResponseBlocked" << QByteArray("https://api.example.com/data.json");
    QTest::newRow("no-cors method")
        << QStringLiteral("TypeError: Failed to execute 'fetch' on 'Window': 'PUT' is unsupported in no-cors mode.")
        << "NoCorsMethodNotSafelisted" << QByteArray("PUT");
    QTest::newRow("credentials in URL")
        << QStringLiteral("TypeError: Failed to execute 'fetch' on 'Window': Request cannot be constructed from a URL that "
                          "includes credentials: https://u:p@api.example.com/")
        << "UrlContainsCredentials" << QByteArray("https://u:p@api.example.com/");

    QTest::newRow("same-origin mode redirected away (live)")
        << QStringLiteral("Unsafe attempt to load URL https://api.example.com/items from frame with URL "
                          "https://app.example.com/. Domains, protocols and ports must match.\n")
        << "DisallowedByMode" << QByteArray();
    QTest::newRow("file: URL (live)")
        << QStringLiteral("Not allowed to load local resource: file:///etc/hosts") << "CorsDisabledScheme" << QByteArray();
    QTest::newRow("fetch of ftp: (live)")
        << QStringLiteral("Fetch API cannot load ftp://files.example.com/a. URL scheme \"ftp\" is not supported.")
        << "CorsDisabledScheme" << QByteArray();
    QTest::newRow("CORP same-origin")
        << QStringLiteral("Failed to load resource: net::ERR_BLOCKED_BY_RESPONSE.NotSameOrigin")
        << "CorpNotSameOrigin" << QByteArray();
    QTest::newRow("CORP same-site")
        << QStringLiteral("GET https://cdn.example.net/a.png net::ERR_BLOCKED_BY_RESPONSE.NotSameSite 200 (OK)")
        << "CorpNotSameSite" << QByteArray();
    QTest::newRow("CORP defaulted by COEP")
        << QStringLiteral("Failed to load resource: net::ERR_BLOCKED_BY_RESPONSE.NotSameOriginAfterDefaultedToSameOriginByCoep")
        << "CorpNotSameOriginAfterDefaultedToSameOriginByCoep" << QByteArray();
    QTest::newRow("X-Frame-Options DENY (live)")
        << QStringLiteral("Refused to display 'https://api.example.com/' in a frame because it set 'X-Frame-Options' to 'deny'.")
        << "XFrameOptions" << QByteArray();
    QTest::newRow("X-Frame-Options conflicting")
        << QStringLiteral("Refused to display 'https://api.example.com/' in a frame because it set multiple 'X-Frame-Options' "
                          "headers with conflicting values ('DENY, SAMEORIGIN'). Falling back to 'deny'.")
        << "XFrameOptions" << QByteArray();
    QTest::newRow("frame-ancestors (Chromium 102, live)")
        << QStringLiteral("Refused to frame 'https://api.example.com/' because an ancestor violates the following Content "
                          "Security Policy directive: \"frame-ancestors 'none'\".\n")
        << "FrameAncestors" << QByteArray();
    QTest::newRow("frame-ancestors (Chromium 156)")
        << QStringLiteral("Framing 'https://api.example.com/' violates the following Content Security Policy directive: "
                          "\"frame-ancestors 'self'\". The request has been blocked.")
        << "FrameAncestors" << QByteArray();
    QTest::newRow("FTP unsupported") << QStringLiteral("FTP is not supported.") << "CorsDisabledScheme" << QByteArray();

    // -- not blocks
    QTest::newRow("failed to load resource") << QStringLiteral("Failed to load resource: net::ERR_FAILED") << "" << QByteArray();
    QTest::newRow("failed to fetch") << QStringLiteral("TypeError: Failed to fetch") << "" << QByteArray();
    QTest::newRow("empty") << QString() << "" << QByteArray();
    QTest::newRow("script MIME refusal (a block, not a CORS error)")
        << QStringLiteral("Refused to execute script from 'https://api.example.com/lib.js' because its MIME type "
                          "('text/plain') is not executable, and strict MIME type checking is enabled.")
        << "" << QByteArray();
    QTest::newRow("style MIME refusal (a block, not a CORS error)")
        << QStringLiteral("Refused to apply style from 'https://api.example.com/a.css' because its MIME type ('text/plain') "
                          "is not a supported stylesheet MIME type, and strict MIME checking is enabled.")
        << "" << QByteArray();
    QTest::newRow("unknown CORS reason")
        << kPrefix + QStringLiteral("Something new that this table does not know.") << "" << QByteArray();
}

void TestConsoleMessage::classify()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QFETCH(QByteArray, parameter);
    const std::optional<CorsErrorStatus> status = classifyConsoleMessage(text);
    if (error.isEmpty()) {
        QVERIFY2(!status, status ? corsErrorName(status->error).data() : "");
        return;
    }
    QVERIFY(status.has_value());
    QCOMPARE(QString(corsErrorName(status->error)), error);
    QCOMPARE(status->failedParameter, parameter);
}

// isRefusalMessage: the texts that are a block's message though they name no CORS error.
void TestConsoleMessage::refusal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("refusal");

    QTest::newRow("script, strict")
        << QStringLiteral("Refused to execute script from 'https://api.example.com/lib.js' because its MIME type "
                          "('text/plain') is not executable, and strict MIME type checking is enabled.")
        << true;
    QTest::newRow("script, image type")
        << QStringLiteral("Refused to execute script from 'https://api.example.com/a.png' because its MIME type "
                          "('image/png') is not executable.")
        << true;
    QTest::newRow("style")
        << QStringLiteral("Refused to apply style from 'https://api.example.com/a.css' because its MIME type ('text/plain') "
                          "is not a supported stylesheet MIME type, and strict MIME checking is enabled.")
        << true;
    QTest::newRow("CORS text") << kPrefix + QStringLiteral("Cross origin requests are not allowed by request mode.") << false;
    QTest::newRow("failed to load resource") << QStringLiteral("Failed to load resource: net::ERR_FAILED") << false;
}

void TestConsoleMessage::refusal()
{
    QFETCH(QString, text);
    QFETCH(bool, refusal);
    QCOMPARE(isRefusalMessage(text), refusal);
}

QTEST_GUILESS_MAIN(TestConsoleMessage)
#include "tst_console_message.moc"
