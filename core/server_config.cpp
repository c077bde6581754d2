#include "core/server_config.h"

#include "core/fetch_engine.h"
#include "core/fix.h"
#include "core/origin.h"
#include "core/preflight.h"
#include "core/safelist.h"

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

// Sets `error` and returns an empty result: false, nullopt, no policies.
template<typename T = bool>
T fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return T{};
}

template<typename T>
void appendUnique(QList<T> &list, const T &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

// Every value goes into the snippets inside double quotes ("…" is a plain string in all eight
// languages) or a regex, so only characters that need no escaping in any of them are let through:
// no quote, backslash, `$` (nginx variables), braces (Caddy placeholders) or `%` (decoded before
// matching by some servers and not by others).
bool isPlainText(QStringView text, QStringView extra)
{
    for (const QChar c : text) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && !extra.contains(c))
            return false;
    }
    return !text.isEmpty();
}

// https://html.spec.whatwg.org/multipage/browsers.html#ascii-serialisation-of-an-origin, or "null".
bool checkOrigin(const QString &origin, QString *error)
{
    if (origin == "null"_L1)
        return true;
    const std::optional<Url> url = parseUrlOrNull(origin);
    if (!url || Origin::fromUrl(*url).isOpaque() || Origin::fromUrl(*url).serialize() != origin)
        return fail(error, u"\"%1\" is not a serialised origin (scheme://host[:port], or null)"_s.arg(origin));
    if (!isPlainText(origin, u"+-.:/[]"))
        return fail(error, u"origin \"%1\" has characters the snippets do not quote"_s.arg(origin));
    return true;
}

bool checkPolicy(const CorsPolicy &policy, QString *error)
{
    if (policy.allowedOrigins.isEmpty())
        return fail(error, u"no origin to allow"_s);
    for (const QString &origin : policy.allowedOrigins) {
        if (!checkOrigin(origin, error))
            return false;
    }
    if (!policy.path.startsWith(u'/') || !isPlainText(policy.path, u"/._~-"))
        return fail(error, u"path \"%1\" is not an absolute path of letters, digits and / . _ ~ -"_s.arg(policy.path));
    for (const QList<QByteArray> *tokens : {&policy.methods, &policy.headers, &policy.exposedHeaders}) {
        for (const QByteArray &token : *tokens) {
            if (!isHeaderName(token) || token.contains('$') || token.contains('%') || token.contains('\''))
                return fail(error, u"\"%1\" is not a method or header name the snippets can carry"_s.arg(QString::fromLatin1(token)));
        }
    }
    return true;
}

bool needsCredentials(const ScenarioRequest &request)
{
    return request.credentials == CredentialsMode::Include || request.crossorigin == CrossOriginAttribute::UseCredentials;
}

CorsPolicy &policyFor(QList<CorsPolicy> &policies, const QString &serverOrigin, const QString &path)
{
    for (CorsPolicy &policy : policies) {
        if (policy.serverOrigin == serverOrigin && policy.path == path)
            return policy;
    }
    CorsPolicy policy;
    policy.serverOrigin = serverOrigin;
    policy.path = path;
    policies.append(policy);
    return policies.last();
}

// Snippets ---------------------------------------------------------------------------------------

// One policy with a name every language accepts as an identifier part, unique in the snippet.
struct Resource {
    const CorsPolicy *policy;
    QString name;        // "v1_items"
    QString camelName;   // "v1Items"
};
struct ServerGroup {
    QString serverOrigin;
    QList<Resource> resources;
};

QString identifierFor(const QString &path)
{
    QString name;
    for (const QChar c : path) {
        if (c.isLetterOrNumber())
            name += c.toLower();
        else if (!name.isEmpty() && !name.endsWith(u'_'))
            name += u'_';
    }
    while (name.endsWith(u'_'))
        name.chop(1);
    if (name.isEmpty())
        return u"root"_s;
    return name.front().isDigit() ? u"r_"_s + name : name;
}

QString camelCase(const QString &name)
{
    QString camel;
    bool upper = false;
    for (const QChar c : name) {
        if (c == u'_')
            upper = true;
        else {
            camel += upper ? c.toUpper() : c;
            upper = false;
        }
    }
    return camel;
}

// The walk every kind shares: policies grouped by server, in order, each with its unique name.
QList<ServerGroup> groupByServer(const QList<CorsPolicy> &policies)
{
    QList<ServerGroup> groups;
    QStringList used;
    for (const CorsPolicy &policy : policies) {
        QString name = identifierFor(policy.path);
        for (int n = 2; used.contains(name); ++n)
            name = identifierFor(policy.path) + u'_' + QString::number(n);
        used.append(name);
        auto group = std::find_if(groups.begin(), groups.end(), [&](const ServerGroup &g) { return g.serverOrigin == policy.serverOrigin; });
        if (group == groups.end()) {
            groups.append({policy.serverOrigin, {}});
            group = groups.end() - 1;
        }
        group->resources.append({&policy, name, camelCase(name)});
    }
    return groups;
}

QString serverLabel(const QString &serverOrigin)
{
    return serverOrigin.isEmpty() ? u"the server"_s : serverOrigin;
}

QStringList strings(const QList<QByteArray> &list)
{
    QStringList result;
    for (const QByteArray &item : list)
        result.append(QString::fromLatin1(item));
    return result;
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

QString quotedList(const QStringList &items)
{
    QStringList result;
    for (const QString &item : items)
        result.append(quoted(item));
    return result.join(u", "_s);
}

QString headerValue(const QList<QByteArray> &list)
{
    return quoted(strings(list).join(u", "_s));
}

// A regex that matches exactly one of `items`: anchored, its metacharacters (the dots) escaped.
QString exactRegex(const QStringList &items)
{
    QStringList escaped;
    for (const QString &item : items) {
        QString text;
        for (const QChar c : item) {
            if (u"\\.^$|?*+()[]{}"_s.contains(c))
                text += u'\\';
            text += c;
        }
        escaped.append(text);
    }
    return escaped.size() == 1 ? u'^' + escaped.first() + u'$' : u"^("_s + escaped.join(u'|') + u")$"_s;
}

// The summary at the top of every snippet, in the kind's comment syntax.
QString summary(const QString &comment, const QList<CorsPolicy> &policies)
{
    QString text = comment + u" CORS from corslab: exactly these origins, never the request's Origin reflected"_s
                   + u" (https://fetch.spec.whatwg.org/#http-cors-protocol).\n"_s;
    bool null = false;
    for (const CorsPolicy &policy : policies) {
        text += comment + u' ' + serverLabel(policy.serverOrigin) + policy.path + u": allow "_s
                + policy.allowedOrigins.join(u", "_s) + (policy.credentials ? u", with credentials"_s : QString());
        if (policy.preflight) {
            text += u"; preflight "_s + strings(policy.methods).join(u", "_s)
                    + (policy.headers.isEmpty() ? QString() : u" with "_s + strings(policy.headers).join(u", "_s))
                    + u", cached %1 s"_s.arg(policy.maxAgeSeconds);
        }
        if (!policy.exposedHeaders.isEmpty())
            text += u"; exposes "_s + strings(policy.exposedHeaders).join(u", "_s);
        text += u".\n"_s;
        null = null || policy.allowedOrigins.contains(u"null"_s);
    }
    if (null) {
        text += comment + u" Origin null is sent by sandboxed pages and after a cross-origin redirect: any site can"_s
                + u" send it, so allow it only for what any page may read.\n"_s;
    }
    return text;
}

QString commentBanner(const QString &comment, const QString &where)
{
    return u'\n' + comment + u" --- "_s + where + u" ---\n"_s;
}

// nginx. add_header: https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header ("always":
// every status; inherited from the enclosing level only when a level has none of its own).
QString nginxOriginVariable(const Resource &resource)
{
    return u"$cors_allow_origin_"_s + resource.name;
}

QString nginxMaps(const QList<ServerGroup> &groups)
{
    QString text;
    for (const ServerGroup &group : groups) {
        for (const Resource &resource : group.resources) {
            // An Origin outside the list maps to "", and add_header with an empty value sends nothing.
            // The value is the listed origin itself, not $http_origin: map compares ignoring case.
            text += u"map $http_origin "_s + nginxOriginVariable(resource) + u" {\n    default \"\";\n"_s;
            for (const QString &origin : resource.policy->allowedOrigins)
                text += u"    "_s + quoted(origin) + u' ' + quoted(origin) + u";\n"_s;
            text += u"}\n"_s;
            if (resource.policy->credentials) {
                text += u"map "_s + nginxOriginVariable(resource) + u" $cors_allow_credentials_"_s + resource.name
                        + u" {\n    \"\" \"\";\n    default \"true\";\n}\n"_s;
            }
        }
    }
    return text;
}

QString nginxHeaders(const Resource &resource, const QString &indent)
{
    QString text = indent + u"add_header Access-Control-Allow-Origin "_s + nginxOriginVariable(resource) + u" always;\n"_s;
    if (resource.policy->credentials)
        text += indent + u"add_header Access-Control-Allow-Credentials $cors_allow_credentials_"_s + resource.name + u" always;\n"_s;
    return text + indent + u"add_header Vary Origin always;\n"_s;
}

QString nginxLocationBlocks(const QList<ServerGroup> &groups)
{
    QString text;
    for (const ServerGroup &group : groups) {
        text += commentBanner(u"#"_s, u"nginx: in the server {} block of "_s + serverLabel(group.serverOrigin) + u", beside its other locations"_s);
        for (const Resource &resource : group.resources) {
            const CorsPolicy &policy = *resource.policy;
            text += u"location = "_s + policy.path + u" {\n"_s;
            text += u"    # \"always\": on every status, errors included.\n"_s + nginxHeaders(resource, u"    "_s);
            if (!policy.exposedHeaders.isEmpty())
                text += u"    add_header Access-Control-Expose-Headers "_s + headerValue(policy.exposedHeaders) + u" always;\n"_s;
            if (policy.preflight) {
                text += u"    if ($request_method = OPTIONS) {\n"_s
                        u"        # add_header here replaces every one above, so the preflight answer repeats them.\n"_s
                        + nginxHeaders(resource, u"        "_s)
                        + u"        add_header Access-Control-Allow-Methods "_s + headerValue(policy.methods) + u" always;\n"_s;
                if (!policy.headers.isEmpty())
                    text += u"        add_header Access-Control-Allow-Headers "_s + headerValue(policy.headers) + u" always;\n"_s;
                text += u"        add_header Access-Control-Max-Age %1 always;\n"_s.arg(policy.maxAgeSeconds)
                        + u"        return 204;\n    }\n"_s;
            }
            text += u"    # your content here\n}\n"_s;
        }
    }
    return text;
}

QString nginxSnippet(const QList<ServerGroup> &groups)
{
    return commentBanner(u"#"_s, u"nginx: in the http {} context (a map cannot go inside server {})"_s) + nginxMaps(groups)
           + nginxLocationBlocks(groups);
}

// Apache httpd 2.4: mod_setenvif (https://httpd.apache.org/docs/2.4/mod/mod_setenvif.html#setenvif), mod_headers
// (https://httpd.apache.org/docs/2.4/mod/mod_headers.html#header: "always" also reaches error and
// redirect answers, the 204 below among them) and mod_rewrite ([R=204]: a status outside 3xx ends the request).
QString apacheSnippet(const QList<ServerGroup> &groups)
{
    QString text;
    for (const ServerGroup &group : groups) {
        text += commentBanner(u"#"_s, u"Apache httpd 2.4 (mod_setenvif, mod_headers, mod_rewrite): in the <VirtualHost> of "_s
                                        + serverLabel(group.serverOrigin));
        for (const Resource &resource : group.resources) {
            const CorsPolicy &policy = *resource.policy;
            const QString condition = u" env=CORS_ALLOW_ORIGIN\n"_s;
            text += u"<Location "_s + quoted(policy.path) + u">\n"_s
                    u"    # Set only for an Origin in the list: the regex is anchored and its dots escaped.\n"_s
                    u"    SetEnvIf Origin "_s + quoted(exactRegex(policy.allowedOrigins)) + u" CORS_ALLOW_ORIGIN=$0\n"_s
                    u"    Header always set Access-Control-Allow-Origin \"%{CORS_ALLOW_ORIGIN}e\""_s + condition;
            if (policy.credentials)
                text += u"    Header always set Access-Control-Allow-Credentials \"true\""_s + condition;
            text += u"    Header always merge Vary \"Origin\"\n"_s;
            if (!policy.exposedHeaders.isEmpty())
                text += u"    Header always set Access-Control-Expose-Headers "_s + headerValue(policy.exposedHeaders) + condition;
            if (policy.preflight) {
                text += u"    <If \"%{REQUEST_METHOD} == 'OPTIONS'\">\n"_s
                        u"        Header always set Access-Control-Allow-Methods "_s + headerValue(policy.methods) + condition;
                if (!policy.headers.isEmpty())
                    text += u"        Header always set Access-Control-Allow-Headers "_s + headerValue(policy.headers) + condition;
                text += u"        Header always set Access-Control-Max-Age \"%1\""_s.arg(policy.maxAgeSeconds) + condition
                        + u"    </If>\n"_s
                          u"    # The preflight answer: 204, no content.\n"_s
                          u"    RewriteEngine On\n"_s
                          u"    RewriteCond %{REQUEST_METHOD} =OPTIONS\n"_s
                          u"    RewriteCond %{HTTP:Access-Control-Request-Method} .\n"_s
                          u"    RewriteRule .* - [R=204,L]\n"_s;
            }
            text += u"</Location>\n"_s;
        }
    }
    return text;
}

// Caddy v2 (https://caddyserver.com/docs/caddyfile/directives/header, .../matchers#header): a header
// matcher compares exactly, and lines of the same field are OR'ed.
QString caddySnippet(const QList<ServerGroup> &groups)
{
    QString text;
    for (const ServerGroup &group : groups) {
        text += commentBanner(u"#"_s, u"Caddyfile: in the site block of "_s + serverLabel(group.serverOrigin));
        for (const Resource &resource : group.resources) {
            const CorsPolicy &policy = *resource.policy;
            const QString matcher = u"@cors_"_s + resource.name;
            QString origins;
            for (const QString &origin : policy.allowedOrigins)
                origins += u"\theader Origin "_s + quoted(origin) + u'\n';
            text += matcher + u" {\n\tpath "_s + policy.path + u'\n' + origins + u"}\n"_s;
            if (policy.preflight) {
                text += matcher + u"_preflight {\n\tpath "_s + policy.path + u"\n\tmethod OPTIONS\n"_s + origins
                        + u"\theader Access-Control-Request-Method *\n}\n"_s;
            }
            text += u"# Every answer of the path depends on Origin.\nheader "_s + policy.path + u" +Vary Origin\n"_s
                    u"# {header.Origin} is one of the origins listed in the matcher, compared exactly.\n"_s
                    u"header "_s + matcher + u" {\n\tAccess-Control-Allow-Origin \"{header.Origin}\"\n"_s;
            if (policy.credentials)
                text += u"\tAccess-Control-Allow-Credentials \"true\"\n"_s;
            if (!policy.exposedHeaders.isEmpty())
                text += u"\tAccess-Control-Expose-Headers "_s + headerValue(policy.exposedHeaders) + u'\n';
            text += u"}\n"_s;
            if (policy.preflight) {
                text += u"header "_s + matcher + u"_preflight {\n\tAccess-Control-Allow-Methods "_s + headerValue(policy.methods) + u'\n';
                if (!policy.headers.isEmpty())
                    text += u"\tAccess-Control-Allow-Headers "_s + headerValue(policy.headers) + u'\n';
                text += u"\tAccess-Control-Max-Age \"%1\"\n}\n"_s.arg(policy.maxAgeSeconds) + u"respond "_s + matcher + u"_preflight 204\n"_s;
            }
        }
    }
    return text;
}

// Express with the cors package (https://github.com/expressjs/cors#configuration-options).
QString expressSnippet(const QList<ServerGroup> &groups)
{
    QString text = u"// npm install cors. With a list as `origin`, cors answers only a listed Origin (compared exactly),\n"_s
                   u"// adds Vary: Origin to every answer itself, and ends the preflight with optionsSuccessStatus.\n"_s
                   u"const cors = require('cors');\n"_s;
    for (const ServerGroup &group : groups) {
        text += commentBanner(u"//"_s, u"Express: in the app of "_s + serverLabel(group.serverOrigin) + u", before its routes"_s);
        for (const Resource &resource : group.resources) {
            const CorsPolicy &policy = *resource.policy;
            const QString variable = resource.camelName + u"Cors"_s;
            text += u"const "_s + variable + u" = cors({\n  origin: ["_s + quotedList(policy.allowedOrigins) + u"],\n"_s
                    + (policy.credentials ? u"  credentials: true,\n"_s : QString())
                    + u"  methods: ["_s + quotedList(strings(policy.methods)) + u"],\n"_s
                    // An empty list, not none: without allowedHeaders, cors reflects Access-Control-Request-Headers.
                    + u"  allowedHeaders: ["_s + quotedList(strings(policy.headers)) + u"],\n"_s
                    + (policy.exposedHeaders.isEmpty() ? QString() : u"  exposedHeaders: ["_s + quotedList(strings(policy.exposedHeaders)) + u"],\n"_s)
                    + u"  maxAge: %1,\n  optionsSuccessStatus: 204,\n});\n"_s.arg(policy.maxAgeSeconds)
                    + u"app.all("_s + quoted(policy.path) + u", "_s + variable + u");\n"_s;
        }
    }
    return text;
}

// A Python list of strings.
QString pythonList(const QStringList &items)
{
    return u'[' + quotedList(items) + u']';
}

// Django with django-cors-headers (https://github.com/adamchainz/django-cors-headers#configuration): one
// policy per project, so the paths of one server share it.
QString djangoSnippet(const QList<ServerGroup> &groups)
{
    QString text;
    for (const ServerGroup &group : groups) {
        CorsPolicy merged;
        merged.maxAgeSeconds = group.resources.first().policy->maxAgeSeconds;
        QStringList paths;
        for (const Resource &resource : group.resources) {
            const CorsPolicy &policy = *resource.policy;
            paths.append(policy.path);
            for (const QString &origin : policy.allowedOrigins)
                appendUnique(merged.allowedOrigins, origin);
            for (const QByteArray &method : policy.methods)
                appendUnique(merged.methods, method);
            for (const QByteArray &header : policy.headers)
                appendUnique(merged.headers, header);
            for (const QByteArray &header : policy.exposedHeaders)
                appendUnique(merged.exposedHeaders, header);
            merged.credentials = merged.credentials || policy.credentials;
            merged.preflight = merged.preflight || policy.preflight;
            merged.maxAgeSeconds = std::min(merged.maxAgeSeconds, policy.maxAgeSeconds);
        }
        text += commentBanner(u"#"_s, u"Django (pip install django-cors-headers): in settings.py of "_s + serverLabel(group.serverOrigin));
        text += u"# Add \"corsheaders\" to INSTALLED_APPS and \"corsheaders.middleware.CorsMiddleware\" to MIDDLEWARE,\n"_s
                u"# above CommonMiddleware. It adds Vary: Origin to every answer of CORS_URLS_REGEX itself, and\n"_s
                u"# answers a preflight itself with 200, which is an ok status (https://fetch.spec.whatwg.org/#ok-status):\n"_s
                u"# it has no setting for 204.\n"_s;
        if (group.resources.size() > 1)
            text += u"# These paths share one policy (django-cors-headers has one per project): what each needs, together.\n"_s;
        text += u"CORS_URLS_REGEX = r"_s + quoted(exactRegex(paths)) + u'\n'
                + u"CORS_ALLOWED_ORIGINS = "_s + pythonList(merged.allowedOrigins) + u'\n'
                + (merged.credentials ? u"CORS_ALLOW_CREDENTIALS = True\n"_s : QString())
                + u"CORS_ALLOW_METHODS = "_s + pythonList(strings(merged.methods)) + u'\n'
                + u"CORS_ALLOW_HEADERS = "_s + pythonList(strings(merged.headers)) + u'\n'
                + (merged.exposedHeaders.isEmpty() ? QString() : u"CORS_EXPOSE_HEADERS = "_s + pythonList(strings(merged.exposedHeaders)) + u'\n')
                + (merged.preflight ? u"CORS_PREFLIGHT_MAX_AGE = %1\n"_s.arg(merged.maxAgeSeconds) : QString());
    }
    return text;
}

// Flask-CORS (https://flask-cors.readthedocs.io/en/latest/api.html): `resources` keys are regexes matched
// against the path, plain `origins` strings are compared exactly (ignoring case).
QString flaskSnippet(const QList<ServerGroup> &groups)
{
    QString text;
    for (const ServerGroup &group : groups) {
        QStringList paths;
        QString resources;
        bool lowerCaseMethod = false;
        for (const Resource &resource : group.resources) {
            const CorsPolicy &policy = *resource.policy;
            paths.append(policy.path);
            QStringList origins;
            for (const QString &origin : policy.allowedOrigins)
                origins.append(origin.contains(u'[') ? exactRegex({origin}) : origin);   // "[" would make it a regex
            for (const QByteArray &method : policy.methods)
                lowerCaseMethod = lowerCaseMethod || method != method.toUpper();
            resources += u"    r"_s + quoted(exactRegex({policy.path})) + u": {\n"_s
                         + u"        \"origins\": "_s + pythonList(origins) + u",\n"_s
                         + (policy.credentials ? u"        \"supports_credentials\": True,\n"_s : QString())
                         + u"        \"methods\": "_s + pythonList(strings(policy.methods)) + u",\n"_s
                         + u"        \"allow_headers\": "_s + pythonList(strings(policy.headers)) + u",\n"_s
                         + (policy.exposedHeaders.isEmpty() ? QString() : u"        \"expose_headers\": "_s + pythonList(strings(policy.exposedHeaders)) + u",\n"_s)
                         + u"        \"max_age\": %1,\n    },\n"_s.arg(policy.maxAgeSeconds);
        }
        text += commentBanner(u"#"_s, u"Flask (pip install flask-cors): in the app of "_s + serverLabel(group.serverOrigin));
        if (lowerCaseMethod) {
            text += u"# Flask-CORS upper-cases methods, and Chromium compares Access-Control-Allow-Methods byte for byte:\n"_s
                    u"# a lower-case method (\"patch\") is refused until the page sends it upper-case.\n"_s;
        }
        text += u"from flask import request\nfrom flask_cors import CORS\n\n"_s
                u"CORS_PATHS = {"_s + quotedList(paths) + u"}\n\n"_s
                u"# Flask-CORS adds Vary: Origin only when it allows one of several origins, yet every answer of\n"_s
                u"# these paths depends on Origin; and Flask answers OPTIONS with 200 where a preflight answer has\n"_s
                u"# no content: 204. Registered before CORS(app), so it runs after Flask-CORS's own handler.\n"_s
                u"@app.after_request\ndef cors_vary_and_preflight_status(response):\n"_s
                u"    if request.path in CORS_PATHS:\n"_s
                u"        response.vary.add(\"Origin\")\n"_s
                u"        if request.method == \"OPTIONS\" and \"Access-Control-Request-Method\" in request.headers:\n"_s
                u"            response.status_code = 204\n"_s
                u"    return response\n\n"_s
                u"CORS(app, resources={\n"_s + resources + u"})\n"_s;
    }
    return text;
}

// A Java or C# list of string arguments.
QString argumentList(const QList<QByteArray> &items)
{
    return quotedList(strings(items));
}

// Spring Framework (https://docs.spring.io/spring-framework/reference/web/webmvc-cors.html#mvc-cors-filter).
QString springSnippet(const QList<ServerGroup> &groups)
{
    QString text = u"import java.util.List;\n"_s
                   u"import org.springframework.context.annotation.Bean;\n"_s
                   u"import org.springframework.web.cors.CorsConfiguration;\n"_s
                   u"import org.springframework.web.cors.UrlBasedCorsConfigurationSource;\n"_s
                   u"import org.springframework.web.filter.CorsFilter;\n"_s;
    for (const ServerGroup &group : groups) {
        text += commentBanner(u"//"_s, u"Spring: in a @Configuration class of the application of "_s + serverLabel(group.serverOrigin));
        text += u"// DefaultCorsProcessor adds Vary: Origin to every answer of a registered path itself, and answers a\n"_s
                u"// preflight itself with 200, which is an ok status (https://fetch.spec.whatwg.org/#ok-status).\n"_s
                u"@Bean\npublic CorsFilter corsFilter() {\n"_s
                u"    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();\n"_s;
        for (const Resource &resource : group.resources) {
            const CorsPolicy &policy = *resource.policy;
            const QString variable = resource.camelName;
            text += u"\n    CorsConfiguration "_s + variable + u" = new CorsConfiguration();\n"_s
                    + u"    "_s + variable + u".setAllowedOrigins(List.of("_s + quotedList(policy.allowedOrigins) + u"));\n"_s
                    + (policy.credentials ? u"    "_s + variable + u".setAllowCredentials(true);\n"_s : QString())
                    + u"    "_s + variable + u".setAllowedMethods(List.of("_s + argumentList(policy.methods) + u"));\n"_s
                    + (policy.headers.isEmpty() ? QString() : u"    "_s + variable + u".setAllowedHeaders(List.of("_s + argumentList(policy.headers) + u"));\n"_s)
                    + (policy.exposedHeaders.isEmpty() ? QString() : u"    "_s + variable + u".setExposedHeaders(List.of("_s + argumentList(policy.exposedHeaders) + u"));\n"_s)
                    + u"    "_s + variable + u".setMaxAge(%1L);\n"_s.arg(policy.maxAgeSeconds)
                    + u"    source.registerCorsConfiguration("_s + quoted(policy.path) + u", "_s + variable + u");\n"_s;
        }
        text += u"\n    return new CorsFilter(source);\n}\n"_s;
    }
    return text;
}

// ASP.NET Core CORS middleware (https://learn.microsoft.com/aspnet/core/security/cors).
QString aspNetSnippet(const QList<ServerGroup> &groups)
{
    QString text;
    for (const ServerGroup &group : groups) {
        text += commentBanner(u"//"_s, u"ASP.NET Core: in Program.cs of "_s + serverLabel(group.serverOrigin) + u", before builder.Build()"_s);
        text += u"builder.Services.AddCors(options =>\n{\n"_s;
        for (const Resource &resource : group.resources) {
            const CorsPolicy &policy = *resource.policy;
            text += u"    options.AddPolicy("_s + quoted(resource.name) + u", policy => policy\n"_s
                    + u"        .WithOrigins("_s + quotedList(policy.allowedOrigins) + u")\n"_s
                    + u"        .WithMethods("_s + argumentList(policy.methods) + u")\n"_s
                    + (policy.headers.isEmpty() ? QString() : u"        .WithHeaders("_s + argumentList(policy.headers) + u")\n"_s)
                    + (policy.exposedHeaders.isEmpty() ? QString() : u"        .WithExposedHeaders("_s + argumentList(policy.exposedHeaders) + u")\n"_s)
                    + (policy.credentials ? u"        .AllowCredentials()\n"_s : QString())
                    + u"        .SetPreflightMaxAge(TimeSpan.FromSeconds(%1)));\n"_s.arg(policy.maxAgeSeconds);
        }
        text += u"});\n"_s;
        text += commentBanner(u"//"_s, u"ASP.NET Core: after builder.Build(), after UseRouting() if called, before the endpoints"_s);
        text += u"// CorsMiddleware answers the preflight with 204 itself, but adds Vary: Origin only to an allowed\n"_s
                u"// Origin and only when more than one is listed: every answer of these paths gets it here.\n"_s;
        for (const Resource &resource : group.resources) {
            text += u"app.UseWhen(context => context.Request.Path == "_s + quoted(resource.policy->path) + u", branch =>\n{\n"_s
                    u"    branch.Use(async (context, next) =>\n    {\n"_s
                    u"        context.Response.OnStarting(() =>\n        {\n"_s
                    u"            if (!context.Response.Headers.Vary.Contains(\"Origin\"))\n"_s
                    u"                context.Response.Headers.Append(\"Vary\", \"Origin\");\n"_s
                    u"            return Task.CompletedTask;\n        });\n"_s
                    u"        await next();\n    });\n"_s
                    u"    branch.UseCors("_s + quoted(resource.name) + u");\n});\n"_s;
        }
    }
    return text;
}

} // namespace

QLatin1StringView serverKindName(ServerKind kind)
{
    switch (kind) {
    case ServerKind::Nginx: return "nginx"_L1;
    case ServerKind::Apache: return "apache"_L1;
    case ServerKind::Caddy: return "caddy"_L1;
    case ServerKind::Express: return "express"_L1;
    case ServerKind::Django: return "django"_L1;
    case ServerKind::Flask: return "flask"_L1;
    case ServerKind::Spring: return "spring"_L1;
    case ServerKind::AspNet: return "aspnet"_L1;
    }
    return {};
}

std::optional<ServerKind> serverKindFromName(QStringView name)
{
    for (const ServerKind kind : kAllServerKinds) {
        if (name == serverKindName(kind))
            return kind;
    }
    return std::nullopt;
}

std::optional<CorsPolicy> corsPolicyAllowing(const QStringList &trustedOrigins, const QString &path, bool credentials,
                                             const QList<QByteArray> &methods, const QList<QByteArray> &headers, QString *error)
{
    CorsPolicy policy;
    policy.path = path;
    policy.credentials = credentials;
    for (const QString &origin : trustedOrigins)
        appendUnique(policy.allowedOrigins, origin);
    for (const QByteArray &method : methods)
        appendUnique(policy.methods, method);
    for (const QByteArray &header : headers)
        appendUnique(policy.headers, byteLowercase(header));
    // https://fetch.spec.whatwg.org/#main-fetch, step 12: a method that is not safelisted or an unsafe header.
    policy.preflight = !policy.headers.isEmpty()
                       || std::any_of(policy.methods.begin(), policy.methods.end(), [](const QByteArray &m) { return !isCorsSafelistedMethod(m); });
    if (policy.methods.isEmpty())
        return fail<std::optional<CorsPolicy>>(error, u"no method to allow"_s);
    if (!checkPolicy(policy, error))
        return std::nullopt;
    return policy;
}

QList<CorsPolicy> corsPoliciesForFix(const Scenario &scenario, const QList<Fix> &fixes, EngineProfile profile, QString *reason)
{
    const Scenario fixed = applyFixes(scenario, fixes);
    const std::optional<PreparedScenario> prepared = PreparedScenario::prepare(fixed);
    if (!prepared)
        return fail<QList<CorsPolicy>>(reason, u"the scenario's URLs do not parse"_s);
    const Verdict verdict = decide(*prepared, profile);
    if (!passes(verdict))
        return fail<QList<CorsPolicy>>(reason, u"the scenario does not pass with these fixes"_s);

    QList<CorsPolicy> policies;
    if (prepared->mode == FetchMode::Cors) {
        for (const Exchange &exchange : verdict.exchanges) {
            // https://fetch.spec.whatwg.org/#concept-cors-check runs where the request's Origin is not the URL's
            // origin (a cross-origin URL, or Origin null once a redirect tainted it).
            const std::optional<QByteArray> origin = exchange.requestHeaders.get("origin");
            const std::optional<Url> url = parseUrlOrNull(exchange.url);
            if (!origin || !url || Origin::fromUrl(*url).serialize() == QString::fromLatin1(*origin)
                || exchange.routeIndex < 0 || exchange.routeIndex >= fixed.server.size())
                continue;
            const ServerRoute &route = fixed.server.at(exchange.routeIndex);
            const std::optional<Url> routeUrl = parseUrlOrNull(route.url);
            if (!routeUrl)
                continue;
            CorsPolicy &policy = policyFor(policies, Origin::fromUrl(*routeUrl).serialize(), routeUrl->serializePath());
            policy.credentials = needsCredentials(fixed.request);
            appendUnique(policy.allowedOrigins, QString::fromLatin1(*origin));
            if (exchange.kind == Exchange::Kind::Preflight) {
                policy.preflight = true;
                // Chromium 102 upper-cases the method before comparing; current Chromium compares it as sent.
                QByteArray method = exchange.requestHeaders.get("access-control-request-method").value_or(QByteArray());
                appendUnique(policy.methods, engineBehaviour(profile).uppercasesAllowedMethod ? method.toUpper() : method);
                for (const QByteArray &name : exchange.requestHeaders.get("access-control-request-headers").value_or(QByteArray()).split(','))
                    appendUnique(policy.headers, name);
                if (route.headers.contains("access-control-max-age"))
                    policy.maxAgeSeconds = preflightCacheSeconds(route.headers, engineBehaviour(profile).preflightCacheCap);
            } else {
                appendUnique(policy.methods, exchange.method);
                for (const QByteArray &name : extractAccessControlExposeHeaders(route.headers))
                    appendUnique(policy.exposedHeaders, name);
            }
        }
    }
    if (policies.isEmpty()) {
        return fail<QList<CorsPolicy>>(reason, u"no response needs CORS headers (the request's mode is \"%1\", %2)"_s.arg(
                                                   fetchModeName(prepared->mode), verdict.sameOrigin ? u"same-origin"_s : u"cross-origin"_s));
    }
    for (const CorsPolicy &policy : policies) {
        if (!checkPolicy(policy, reason))
            return {};
    }
    return policies;
}

QList<Fix> fixesBeyondCorsPolicy(const QList<Fix> &fixes)
{
    QList<Fix> beyond;
    for (const Fix &fix : fixes) {
        const auto outsideCors = [](const QByteArray &name) { return !byteLowercase(name).startsWith("access-control-"); };
        const bool header = std::any_of(fix.setHeaders.entries().begin(), fix.setHeaders.entries().end(),
                                        [&](const Header &h) { return outsideCors(h.name); })
                            || std::any_of(fix.removeHeaders.begin(), fix.removeHeaders.end(), outsideCors);
        // A status on the preflight's route is the 204 the configuration answers; any other is content.
        const bool status = fix.status && fix.method != "OPTIONS";
        if (fix.target != Fix::Target::ServerRoute || header || status)
            beyond.append(fix);
    }
    return beyond;
}

QString serverConfig(ServerKind kind, const QList<CorsPolicy> &policies)
{
    if (policies.isEmpty())
        return {};
    const QList<ServerGroup> groups = groupByServer(policies);
    switch (kind) {
    case ServerKind::Nginx: return summary(u"#"_s, policies) + nginxSnippet(groups);
    case ServerKind::Apache: return summary(u"#"_s, policies) + apacheSnippet(groups);
    case ServerKind::Caddy: return summary(u"#"_s, policies) + caddySnippet(groups);
    case ServerKind::Express: return summary(u"//"_s, policies) + expressSnippet(groups);
    case ServerKind::Django: return summary(u"#"_s, policies) + djangoSnippet(groups);
    case ServerKind::Flask: return summary(u"#"_s, policies) + flaskSnippet(groups);
    case ServerKind::Spring: return summary(u"//"_s, policies) + springSnippet(groups);
    case ServerKind::AspNet: return summary(u"//"_s, policies) + aspNetSnippet(groups);
    }
    return {};
}

QString nginxHttpContext(const QList<CorsPolicy> &policies)
{
    return nginxMaps(groupByServer(policies));
}

QString nginxLocations(const QList<CorsPolicy> &policies)
{
    return nginxLocationBlocks(groupByServer(policies));
}

} // namespace corslab
