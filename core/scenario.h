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

QLatin1StringView viaName(Via via);
std::optional<Via> viaFromName(QStringView name);
QLatin1StringView requestModeName(RequestMode mode);
QLatin1StringView credentialsModeName(CredentialsMode mode);
QLatin1StringView crossOriginName(CrossOriginAttribute attribute);
QLatin1StringView enctypeName(FormEnctype enctype);
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
    QJsonObject unknownFields;
    friend bool operator==(const ScenarioRequest &, const ScenarioRequest &) = default;
};

struct ServerRoute {
    QByteArray method = QByteArrayLiteral("*");   // a method, or "*" for any
    QString url;
    int status = 200;
    HeaderList headers;
    std::optional<QByteArray> body;
    QJsonObject unknownFields;
    friend bool operator==(const ServerRoute &, const ServerRoute &) = default;
};

struct Scenario {
    QString title;
    QString notes;
    QString page;
    bool pageSandboxed = false;
    HeaderList pageHeaders;        // the page document's response headers (COEP, Referrer-Policy, ...)
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

ScenarioLoad parseScenario(const QByteArray &json, const QString &fileName);
ScenarioLoad loadScenarioFile(const QString &path);
// Validation of an in-memory scenario (the GUI's edits): the same rules and paths as loading.
QList<ScenarioError> validateScenario(const Scenario &scenario, const QString &fileName = {});
QJsonObject scenarioToJson(const Scenario &scenario);
// [[name, value], …] as the format writes header lists.
QJsonArray headersToJsonArray(const HeaderList &headers);
QByteArray serializeScenario(const Scenario &scenario);

} // namespace corslab
