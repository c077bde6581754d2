#pragma once
// The scenario file, format corslab-scenario/1 (docs/scenario-format.md): the page, the request it
// makes and the server's routes. Load, validate, save; unknown fields survive a round trip.
#include "core/header_list.h"
#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace corslab {

inline constexpr QLatin1StringView kScenarioFormat{"corslab-scenario/1"};

// How the page makes the request (scenario field request.via).
enum class Via { Fetch, Xhr, Form, Navigate, Img, Script, Stylesheet, Font, Media, Iframe };
inline constexpr Via kAllVias[] = {Via::Fetch, Via::Xhr,    Via::Form,       Via::Navigate, Via::Img,
                                   Via::Script, Via::Stylesheet, Via::Font, Via::Media,    Via::Iframe};
// https://fetch.spec.whatwg.org/#concept-request-mode (navigate and websocket are not scenario modes)
enum class RequestMode { Cors, NoCors, SameOrigin };
// https://fetch.spec.whatwg.org/#concept-request-credentials-mode
enum class CredentialsMode { Omit, SameOrigin, Include };
// https://html.spec.whatwg.org/multipage/urls-and-fetching.html#cors-settings-attributes
enum class CrossOriginAttribute { Anonymous, UseCredentials };
// https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#attr-fs-enctype
enum class FormEnctype { UrlEncoded, Multipart, TextPlain };
// https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#attr-fs-target: where a form's
// response goes. The format's forms submit into a frame of the page unless `formTarget` is "_top".
enum class FormTarget { Frame, Top };

QLatin1StringView viaName(Via via);
std::optional<Via> viaFromName(QStringView name);
QLatin1StringView requestModeName(RequestMode mode);
QLatin1StringView credentialsModeName(CredentialsMode mode);
QLatin1StringView crossOriginName(CrossOriginAttribute attribute);
QLatin1StringView enctypeName(FormEnctype enctype);
QLatin1StringView formTargetName(FormTarget target);   // "_top" (Frame has no name: the field is absent)
// Which optional request fields a `via` takes.
bool viaTakesMode(Via via);
bool viaTakesCredentials(Via via);
bool viaTakesCrossOrigin(Via via);
bool viaTakesHeaders(Via via);
bool viaTakesEnctype(Via via);
bool viaTakesMethod(Via via);

struct ScenarioRequest {
    Via via = Via::Fetch;
    QString url;
    QByteArray method = QByteArrayLiteral("GET");
    std::optional<RequestMode> mode;
    std::optional<CredentialsMode> credentials;
    std::optional<CrossOriginAttribute> crossorigin;
    HeaderList headers;
    std::optional<QByteArray> body;
    std::optional<FormEnctype> enctype;
    // A referrer policy token as written (https://w3c.github.io/webappsec-referrer-policy/#referrer-policies);
    // one the browser does not know is kept and ignored as the browser ignores it.
    std::optional<QString> referrerPolicy;
    FormTarget formTarget = FormTarget::Frame;   // forms only
    // https://html.spec.whatwg.org/multipage/interaction.html#transient-activation: the request starts
    // in a person's click or submit, not in script alone.
    bool userActivation = false;
    QJsonObject unknownFields;
    friend bool operator==(const ScenarioRequest &, const ScenarioRequest &) = default;
};

// https://html.spec.whatwg.org/multipage/document-sequences.html#top-level-traversable: whether the
// request navigates the top-level page (a link, a form with target "_top") rather than a frame.
bool navigatesTopLevel(const ScenarioRequest &request);

struct ServerRoute {
    QByteArray method = QByteArrayLiteral("*");   // a method, or "*" for any
    QString url;
    int status = 200;
    HeaderList headers;
    std::optional<QByteArray> body;
    QJsonObject unknownFields;
    friend bool operator==(const ServerRoute &, const ServerRoute &) = default;
};

// One cookie in the browser's jar before the request: stored as if a response from `url` had carried
// `Set-Cookie: setCookie`, received by a top-level navigation to `url`, or, with `embeddedIn`, by a frame
// of a top-level page at that URL (which keys a Partitioned cookie to that page's site).
struct JarCookie {
    QString url;
    QByteArray setCookie;
    QString embeddedIn;
    QJsonObject unknownFields;
    friend bool operator==(const JarCookie &, const JarCookie &) = default;
};

// The user's choice in the browser's settings (chrome://settings/cookies).
enum class ThirdPartyCookies { Allow, Block };
QLatin1StringView thirdPartyCookiesName(ThirdPartyCookies setting);

struct BrowserSettings {
    ThirdPartyCookies thirdPartyCookies = ThirdPartyCookies::Allow;
    QJsonObject unknownFields;
    friend bool operator==(const BrowserSettings &, const BrowserSettings &) = default;
};

struct Scenario {
    QString title;
    QString notes;
    QString page;
    bool pageSandboxed = false;
    HeaderList pageHeaders;        // the page document's response headers (COEP, Referrer-Policy, ...)
    QList<JarCookie> cookies;
    BrowserSettings browser;
    ScenarioRequest request;
    QList<ServerRoute> server;
    QJsonObject unknownFields;
    friend bool operator==(const Scenario &, const Scenario &) = default;
};

// One problem in a scenario file: the file, the JSON path of the field
// (`request.headers[2][0]`, empty for the whole document) and what is wrong.
struct ScenarioError {
    QString file;
    QString path;
    QString message;
    QString toString() const;
    friend bool operator==(const ScenarioError &, const ScenarioError &) = default;
};

struct ScenarioLoad {
    std::optional<Scenario> scenario;   // set only when there are no errors
    QList<ScenarioError> errors;
};

// Limits that keep a hostile file from exhausting memory; each is larger than any real use.
inline constexpr qint64 kMaxScenarioFileBytes = 16 * 1024 * 1024;
inline constexpr qsizetype kMaxUrlLength = 2 * 1024 * 1024;        // Chromium's url::kMaxURLChars
inline constexpr qsizetype kMaxHeaderValueBytes = 64 * 1024;
inline constexpr qsizetype kMaxBodyBytes = 1024 * 1024;
inline constexpr qsizetype kMaxHeaders = 1000;
inline constexpr qsizetype kMaxRoutes = 1000;
inline constexpr qsizetype kMaxCookies = 1000;
// Which optional request fields a `via` takes (continued): the elements and fetch() that carry a
// referrerpolicy (https://html.spec.whatwg.org/multipage/urls-and-fetching.html#referrer-policy-attributes).
bool viaTakesReferrerPolicy(Via via);

ScenarioLoad parseScenario(const QByteArray &json, const QString &fileName);
ScenarioLoad loadScenarioFile(const QString &path);
// Validation of an in-memory scenario (the GUI's edits): the same rules and paths as loading.
QList<ScenarioError> validateScenario(const Scenario &scenario, const QString &fileName = {});
QJsonObject scenarioToJson(const Scenario &scenario);
// [[name, value], …] as the format writes header lists.
QJsonArray headersToJsonArray(const HeaderList &headers);
QByteArray serializeScenario(const Scenario &scenario);
// "a string", "an object", "missing": a JSON value's type as the loaders' errors name it.
QString describeJsonType(const QJsonValue &value);
// A file's JSON text as its top-level object, or nullopt with the error appended: more than
// kMaxScenarioFileBytes ("a `kind` is at most …"), not JSON (with its line and column), not an object.
std::optional<QJsonObject> parseJsonObject(const QByteArray &json, const QString &fileName, const QString &kind,
                                           QList<ScenarioError> *errors);
// A file's bytes for parseJsonObject, or nullopt with the error appended (it cannot be read, or it is
// larger than kMaxScenarioFileBytes). A FIFO or device is read one byte past the limit, no further.
std::optional<QByteArray> readJsonFile(const QString &path, const QString &kind, QList<ScenarioError> *errors);

} // namespace corslab
