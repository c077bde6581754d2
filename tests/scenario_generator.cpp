#include "scenario_generator.h"

#include <QRandomGenerator>
#include <QStringList>
#include <array>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace corslab::testing {

namespace {

struct Origin3 {
    QString scheme;
    QString host;
    int port = 0;   // 0: the scheme's default port
    QString serialize() const
    {
        return port ? u"%1://%2:%3"_s.arg(scheme, host).arg(port) : u"%1://%2"_s.arg(scheme, host);
    }
    friend bool operator==(const Origin3 &, const Origin3 &) = default;
};

QString otherScheme(const QString &scheme) { return scheme == u"https" ? u"http"_s : u"https"_s; }

class Generator {
public:
    Generator(quint32 seed, int index)
    {
        // The scenario's own stream: seed and index together, so #i does not depend on #0..#i-1.
        const quint32 words[] = {seed, quint32(index), 0x636f7273u /* "cors" */};
        m_rng = QRandomGenerator(words, 3);
        m_seed = seed;
        m_index = index;
    }

    Scenario generate();

private:
    // Index into `weights`, each chosen with probability weight / sum.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = int(m_rng.bounded(total));
        int i = 0;
        for (int w : weights) {
            if (roll < w)
                return i;
            roll -= w;
            ++i;
        }
        return i - 1;
    }
    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }
    template <typename T>
    T pick(std::initializer_list<T> items)
    {
        return *(items.begin() + m_rng.bounded(int(items.size())));
    }

    Origin3 targetOrigin();
    Origin3 hopOrigin(const Origin3 &current);
    QByteArray requestMethod(Via via);
    void requestHeaders(ScenarioRequest &request);
    bool needsPreflightLikely() const;
    QByteArray methodOnWire() const;

    void addAllowOrigin(HeaderList &headers, bool forPreflight);
    void addAllowCredentials(HeaderList &headers);
    void addRoutes(const QString &url, const Origin3 &origin, int depth);
    void addPreflightRoute(const QString &url, const Origin3 &origin);
    QByteArray contentTypeFor(Via via);

    QRandomGenerator m_rng;
    quint32 m_seed = 0;
    int m_index = 0;
    int m_hops = 0;
    Origin3 m_page;
    Scenario m_scenario;
};

Origin3 Generator::targetOrigin()
{
    const QString s = m_page.scheme;
    switch (weighted({25, 30, 25, 10, 10})) {
    case 0: return m_page;                                                     // same origin
    case 1: return {s, u"api.example.com"_s};                                  // sibling subdomain (same site)
    case 2: return {s, u"api.example.net"_s};                                  // other site
    case 3: return {s, pick({u"app.example.com"_s, u"api.example.com"_s}), s == u"https" ? 8443 : 8080};   // other port
    default:                                                                   // other scheme (mixed content or upgrade)
        return {otherScheme(s), pick({u"app.example.com"_s, u"api.example.com"_s})};
    }
}

Origin3 Generator::hopOrigin(const Origin3 &current)
{
    switch (weighted({40, 20, 15, 15, 5, 5})) {
    case 0: return current;
    case 1: return m_page;
    case 2: return {current.scheme, u"api.example.com"_s};
    case 3: return {current.scheme, u"cdn.example.net"_s};
    case 4: return {current.scheme, u"app.example.com"_s, current.scheme == u"https" ? 8443 : 8080};
    default: return {otherScheme(current.scheme), current.host, 0};
    }
}

QByteArray Generator::requestMethod(Via via)
{
    if (via == Via::Fetch || via == Via::Xhr) {
        static const QByteArray methods[] = {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "patch", "put"};
        return methods[weighted({35, 7, 25, 10, 8, 8, 4, 3})];
    }
    if (via == Via::Form)
        return chance(55) ? "POST" : "GET";
    return "GET";
}

// Chromium upper-cases DELETE, GET, HEAD, OPTIONS, POST and PUT in any case; other methods go as written.
QByteArray Generator::methodOnWire() const
{
    const QByteArray upper = m_scenario.request.method.toUpper();
    for (const char *m : {"DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"}) {
        if (upper == m)
            return upper;
    }
    return m_scenario.request.method;
}

void Generator::requestHeaders(ScenarioRequest &request)
{
    const bool body = request.body.has_value();
    // Content-Type first, usually when there is a body.
    if (chance(body ? 65 : 8)) {
        request.headers.append("Content-Type", pick<QByteArray>({"text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
                                                                 "multipart/form-data; boundary=xyz", "application/json",
                                                                 "application/json", "text/xml"}));
    }
    const int extra = weighted({55, 33, 12});
    for (int i = 0; i < extra; ++i) {
        switch (weighted({10, 6, 6, 16, 8, 12, 8, 4})) {
        case 0: request.headers.append("Accept", pick<QByteArray>({"application/json", "*/*", "text/html"})); break;
        case 1: request.headers.append("Accept-Language", "en-US,en;q=0.9"); break;
        case 2: request.headers.append("Content-Language", pick<QByteArray>({"de", "en-GB"})); break;
        case 3: request.headers.append("X-Custom", pick<QByteArray>({"1", "abc"})); break;
        case 4: request.headers.append("X-Requested-With", "XMLHttpRequest"); break;
        case 5: request.headers.append("Authorization", pick<QByteArray>({"Bearer abc.def", "Basic dXNlcjpwYXNz"})); break;
        case 6: request.headers.append("Range", pick<QByteArray>({"bytes=0-99", "bytes=100-", "bytes=0-1,5-6"})); break;
        default: request.headers.append("X-Trace", "42"); break;
        }
    }
}

// Whether the request, as the page makes it, most likely needs a preflight: a server's author who
// expects one adds an OPTIONS answer far more often.
bool Generator::needsPreflightLikely() const
{
    const ScenarioRequest &r = m_scenario.request;
    if (r.via != Via::Fetch && r.via != Via::Xhr)
        return false;
    const QByteArray m = methodOnWire();
    if (m != "GET" && m != "HEAD" && m != "POST")
        return true;
    for (const Header &h : r.headers.entries()) {
        const QByteArray n = h.name.toLower();
        if (n == "x-custom" || n == "x-requested-with" || n == "authorization" || n == "x-trace")
            return true;
        if (n == "content-type" && (h.value.startsWith("application/json") || h.value == "text/xml"))
            return true;
    }
    return false;
}

void Generator::addAllowOrigin(HeaderList &headers, bool forPreflight)
{
    Q_UNUSED(forPreflight);
    const QString page = m_page.serialize();
    // Sandboxed pages: servers that know about them answer "null" more often.
    const int nullWeight = m_scenario.pageSandboxed ? 20 : 4;
    switch (weighted({40, 20, 15, nullWeight, 7, 5, 8})) {
    case 0: headers.append("Access-Control-Allow-Origin", page.toLatin1()); break;
    case 1: headers.append("Access-Control-Allow-Origin", "*"); break;
    case 2: break;   // absent
    case 3: headers.append("Access-Control-Allow-Origin", "null"); break;
    case 4:
        headers.append("Access-Control-Allow-Origin",
                       pick({u"https://evil.example.net"_s, Origin3{otherScheme(m_page.scheme), m_page.host}.serialize(),
                             u"https://api.example.com"_s})
                           .toLatin1());
        break;
    case 5: headers.append("Access-Control-Allow-Origin", (page + u'/').toLatin1()); break;
    default:   // two lines
        headers.append("Access-Control-Allow-Origin", page.toLatin1());
        headers.append("Access-Control-Allow-Origin", chance(50) ? page.toLatin1() : QByteArray("*"));
        break;
    }
}

void Generator::addAllowCredentials(HeaderList &headers)
{
    switch (weighted({35, 5, 60})) {
    case 0: headers.append("Access-Control-Allow-Credentials", "true"); break;
    case 1: headers.append("Access-Control-Allow-Credentials", "True"); break;
    default: break;
    }
}

QByteArray Generator::contentTypeFor(Via via)
{
    static const QByteArray all[] = {"image/png", "text/javascript", "text/css", "font/woff2", "audio/wav",
                                     "application/json", "text/html", "text/plain"};
    // Documents (form, link, frame targets) only get types a browser renders: a font or sound in a
    // frame becomes a download, which the model does not describe.
    static const QByteArray renderable[] = {"image/png", "application/json", "text/html", "text/plain"};
    const bool document = via == Via::Form || via == Via::Navigate || via == Via::Iframe;
    if (chance(15))
        return document ? renderable[m_rng.bounded(int(std::size(renderable)))] : all[m_rng.bounded(int(std::size(all)))];
    switch (via) {
    case Via::Img: return "image/png";
    case Via::Script: return "text/javascript";
    case Via::Stylesheet: return "text/css";
    case Via::Font: return "font/woff2";
    case Via::Media: return "audio/wav";
    case Via::Fetch: case Via::Xhr: return chance(85) ? QByteArray("application/json") : QByteArray("text/plain");
    case Via::Form: case Via::Navigate: case Via::Iframe: return "text/html";
    }
    return "text/html";
}

void Generator::addPreflightRoute(const QString &url, const Origin3 &origin)
{
    ServerRoute route;
    route.method = "OPTIONS";
    route.url = url;
    route.status = QList<int>{200, 204, 404, 500, 302}.at(weighted({40, 35, 8, 7, 10}));
    if (route.status == 302) {
        const Origin3 to = hopOrigin(origin);
        route.headers.append("Location", (to.serialize() + u"/preflight-moved"_s).toLatin1());
    }
    addAllowOrigin(route.headers, true);
    addAllowCredentials(route.headers);

    const ScenarioRequest &r = m_scenario.request;
    const QByteArray method = methodOnWire();
    switch (weighted({25, 40, 20, 15})) {
    case 0: break;   // no Access-Control-Allow-Methods
    case 1:          // covers the method (as sent, or in a list)
        route.headers.append("Access-Control-Allow-Methods",
                             chance(50) ? method : QByteArray("GET, POST, PUT, DELETE, PATCH, OPTIONS"));
        break;
    case 2: route.headers.append("Access-Control-Allow-Methods", "GET, POST"); break;
    default: route.headers.append("Access-Control-Allow-Methods", "*"); break;
    }
    QList<QByteArray> names;
    for (const Header &h : r.headers.entries()) {
        if (!names.contains(h.name.toLower()))
            names.append(h.name.toLower());
    }
    switch (weighted({30, 40, 15, 15})) {
    case 0: break;
    case 1:
        if (!names.isEmpty())
            route.headers.append("Access-Control-Allow-Headers", names.join(", "));
        break;
    case 2: route.headers.append("Access-Control-Allow-Headers", "x-other"); break;
    default: route.headers.append("Access-Control-Allow-Headers", "*"); break;
    }
    if (chance(40))
        route.headers.append("Access-Control-Max-Age", pick<QByteArray>({"600", "0", "86400", "-1", "7200"}));
    m_scenario.server.append(route);
}

void Generator::addRoutes(const QString &url, const Origin3 &origin, int depth)
{
    const bool first = depth == 0;
    if (chance(needsPreflightLikely() ? (first ? 60 : 40) : 10))
        addPreflightRoute(url, origin);

    ServerRoute route;
    route.url = url;
    route.method = first && chance(15) ? methodOnWire() : QByteArray("*");
    const Via via = m_scenario.request.via;

    const bool redirect = depth < 3 && chance(first ? 22 : 15);
    if (redirect) {
        route.status = QList<int>{301, 302, 303, 307}.at(weighted({25, 35, 15, 25}));
        const Origin3 to = hopOrigin(origin);
        const QString path = u"/hop%1"_s.arg(++m_hops);
        const QString target = to.serialize() + path;
        // Relative Locations are common for hops on the same origin.
        route.headers.append("Location", (to == origin && chance(30) ? path : target).toLatin1());
        if (chance(75))
            addAllowOrigin(route.headers, false);
        if (chance(50))
            addAllowCredentials(route.headers);
        m_scenario.server.append(route);
        addRoutes(target, to, depth + 1);
        return;
    }

    route.status = QList<int>{200, 404, 500}.at(weighted({80, 10, 10}));
    addAllowOrigin(route.headers, false);
    addAllowCredentials(route.headers);
    const QByteArray type = contentTypeFor(via);
    route.headers.append("Content-Type", type);
    if ((via == Via::Fetch || via == Via::Xhr) && chance(15)) {
        route.headers.append("X-Total", "3");
        route.headers.append("Access-Control-Expose-Headers", pick<QByteArray>({"X-Total", "*", "x-total, x-other"}));
    }
    // Element types: no body, so the runner serves the usual content of the type.
    if (via == Via::Fetch || via == Via::Xhr) {
        if (type == "application/json" && chance(70))
            route.body = QByteArray("{\"ok\":true}");
        else if (type == "text/plain" && chance(50))
            route.body = QByteArray("ok");
    } else if ((via == Via::Form || via == Via::Navigate || via == Via::Iframe) && type == "text/html" && chance(50)) {
        route.body = QByteArray("<!DOCTYPE html><p>hello</p>");
    }
    m_scenario.server.append(route);
}

Scenario Generator::generate()
{
    m_scenario = {};
    m_scenario.title = u"untuned seed %1 #%2"_s.arg(m_seed).arg(m_index);
    m_page = {chance(70) ? u"https"_s : u"http"_s, u"app.example.com"_s};
    m_scenario.page = m_page.serialize() + pick({u"/"_s, u"/dashboard"_s, u"/app/index.html"_s});
    m_scenario.pageSandboxed = chance(8);

    ScenarioRequest &r = m_scenario.request;
    static const Via vias[] = {Via::Fetch, Via::Xhr, Via::Form, Via::Navigate, Via::Img,
                               Via::Script, Via::Stylesheet, Via::Font, Via::Media, Via::Iframe};
    r.via = vias[weighted({32, 20, 6, 5, 7, 6, 6, 6, 6, 6})];
    const Origin3 target = targetOrigin();
    QString path;
    switch (r.via) {
    case Via::Fetch: case Via::Xhr: path = pick({u"/v1/items"_s, u"/api/data"_s, u"/v1/items?page=2"_s}); break;
    case Via::Form: path = u"/submit"_s; break;
    case Via::Navigate: path = u"/landing"_s; break;
    case Via::Img: path = u"/img/logo.png"_s; break;
    case Via::Script: path = u"/js/lib.js"_s; break;
    case Via::Stylesheet: path = u"/css/site.css"_s; break;
    case Via::Font: path = u"/fonts/sans.woff2"_s; break;
    case Via::Media: path = u"/media/clip.wav"_s; break;
    case Via::Iframe: path = u"/embed"_s; break;
    }
    r.url = target.serialize() + path;
    r.method = requestMethod(r.via);

    if (r.via == Via::Fetch) {
        const int m = weighted({50, 20, 20, 10});
        if (m > 0)
            r.mode = std::array{RequestMode::Cors, RequestMode::NoCors, RequestMode::SameOrigin}[m - 1];
        const int c = weighted({45, 15, 10, 30});
        if (c > 0)
            r.credentials = std::array{CredentialsMode::Omit, CredentialsMode::SameOrigin, CredentialsMode::Include}[c - 1];
    } else if (r.via == Via::Xhr) {
        const int c = weighted({60, 10, 30});
        if (c > 0)
            r.credentials = c == 1 ? CredentialsMode::SameOrigin : CredentialsMode::Include;
    } else if (viaTakesCrossOrigin(r.via)) {
        const int c = weighted({50, 30, 20});
        if (c > 0)
            r.crossorigin = c == 1 ? CrossOriginAttribute::Anonymous : CrossOriginAttribute::UseCredentials;
    }

    const QByteArray upper = r.method.toUpper();
    if (r.via == Via::Fetch || r.via == Via::Xhr) {
        if (upper == "POST" || upper == "PUT")
            r.body = pick<QByteArray>({"{\"name\":\"pen\"}", "a=1&b=2", "hello"});
        requestHeaders(r);
    } else if (r.via == Via::Form && upper == "POST") {
        r.body = QByteArray("name=pen&qty=2");
        const int e = weighted({50, 25, 25});
        if (e > 0)
            r.enctype = e == 1 ? FormEnctype::Multipart : FormEnctype::TextPlain;
    }

    // Sometimes the server has no route at all for the URL (404 without headers).
    if (!chance(4))
        addRoutes(r.url, target, 0);
    return m_scenario;
}

} // namespace

Scenario generateScenario(quint32 seed, int index)
{
    return Generator(seed, index).generate();
}

} // namespace corslab::testing
