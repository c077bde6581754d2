#include "core/frame_ancestors.h"

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

bool isAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

AncestorSource ofKind(AncestorSource::Kind kind)
{
    AncestorSource source;
    source.kind = kind;
    return source;
}

// https://w3c.github.io/webappsec-csp/#grammardef-scheme-part: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
bool isSchemePart(QByteArrayView text)
{
    if (text.isEmpty() || !isAsciiAlpha(text.front()))
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return isAsciiAlpha(c) || isAsciiDigit(c) || c == '+' || c == '-' || c == '.'; });
}

// https://w3c.github.io/webappsec-csp/#grammardef-host-part: "*" / [ "*." ] 1*host-char *( "." 1*host-char ),
// with a trailing dot kept, as Chromium keeps (and prints) it.
bool parseHostPart(QByteArrayView text, AncestorSource &source)
{
    if (text == "*") {
        source.hostWildcard = true;
        return true;
    }
    if (text.startsWith("*.")) {
        source.hostWildcard = true;
        text = text.sliced(2);
    }
    const QByteArrayView labels = text.endsWith('.') ? text.chopped(1) : text;
    if (labels.isEmpty())
        return false;
    const auto isHostChar = [](char c) { return isAsciiAlpha(c) || isAsciiDigit(c) || c == '-'; };
    for (const QByteArray &label : labels.toByteArray().split('.')) {
        if (label.isEmpty() || !std::all_of(label.begin(), label.end(), isHostChar))
            return false;
    }
    source.host = QString::fromLatin1(text).toLower();
    return true;
}

// https://w3c.github.io/webappsec-csp/#grammardef-host-source: [ scheme-part "://" ] host-part [ ":" port-part ] [ path-part ]
std::optional<AncestorSource> parseHostSource(QByteArrayView text)
{
    AncestorSource source;
    if (const qsizetype separator = text.indexOf("://"); separator >= 0) {
        if (!isSchemePart(text.first(separator)))
            return std::nullopt;
        source.scheme = QString::fromLatin1(text.first(separator)).toLower();
        text = text.sliced(separator + 3);
    }
    const qsizetype pathStart = text.indexOf('/');
    const QByteArrayView path = pathStart >= 0 ? text.sliced(pathStart) : QByteArrayView();
    QByteArrayView hostAndPort = pathStart >= 0 ? text.first(pathStart) : text;
    if (const qsizetype colon = hostAndPort.lastIndexOf(':'); colon >= 0) {
        const QByteArrayView port = hostAndPort.sliced(colon + 1);
        if (port == "*") {
            source.portWildcard = true;
        } else if (!port.isEmpty() && std::all_of(port.begin(), port.end(), isAsciiDigit) && port.size() <= 5) {
            source.port = port.toInt();
        } else {
            return std::nullopt;
        }
        hostAndPort = hostAndPort.first(colon);
    }
    if (!parseHostPart(hostAndPort, source))
        return std::nullopt;
    // Chromium percent-decodes the path (seen in Chromium 156.0.8078.114: /%66oo prints as /foo).
    source.path = QString::fromUtf8(QByteArray::fromPercentEncoding(path.toByteArray()));
    return source;
}

// One source expression, nullopt for what frame-ancestors does not take ('unsafe-inline', foo^bar…),
// which Chromium drops.
std::optional<AncestorSource> parseSource(QByteArrayView token)
{
    if (isByteCaseInsensitiveMatch(token, "'self'"))
        return ofKind(AncestorSource::Kind::Self);
    if (token == "*")
        return ofKind(AncestorSource::Kind::Star);
    // https://w3c.github.io/webappsec-csp/#grammardef-scheme-source
    if (token.endsWith(':') && isSchemePart(token.chopped(1))) {
        AncestorSource source = ofKind(AncestorSource::Kind::Scheme);
        source.scheme = QString::fromLatin1(token.chopped(1)).toLower();
        return source;
    }
    if (token.startsWith('\''))
        return std::nullopt;
    return parseHostSource(token);
}

// https://w3c.github.io/webappsec-csp/#parse-serialized-policy, for the directive value: the sources,
// split on ASCII whitespace. 'none' beside other sources is ignored, as Chromium warns ("The keyword
// 'none' must be the only source expression in the directive value, otherwise it is ignored").
AncestorSourceList parseSourceList(QByteArrayView value)
{
    AncestorSourceList sources;
    for (const QByteArray &token : value.toByteArray().simplified().split(' ')) {
        if (token.isEmpty() || isByteCaseInsensitiveMatch(token, "'none'"))
            continue;
        if (std::optional<AncestorSource> source = parseSource(token); source && !sources.contains(*source))
            sources.append(std::move(*source));
    }
    return sources;
}

// One serialized policy's frame-ancestors directive; the first one counts, later ones are duplicates.
std::optional<AncestorSourceList> frameAncestorsOf(QByteArrayView policy)
{
    for (const QByteArray &token : policy.toByteArray().split(';')) {
        const QByteArray directive = token.simplified();
        const qsizetype space = directive.indexOf(' ');
        const QByteArrayView name = QByteArrayView(directive).first(space >= 0 ? space : directive.size());
        if (isByteCaseInsensitiveMatch(name, "frame-ancestors"))
            return parseSourceList(QByteArrayView(directive).sliced(name.size()));
    }
    return std::nullopt;
}

// https://w3c.github.io/webappsec-csp/#match-schemes as Chromium's SourceAllowScheme has it: the same
// scheme, or the secure one of http and ws. The standard lets ws and wss match http(s) too; Chromium
// does not (seen in Chromium 156.0.8078.114: ws://app.example.com refuses https://app.example.com).
bool schemePartMatches(const QString &a, const QString &b)
{
    return a == b || (a == "http"_L1 && b == "https"_L1) || (a == "ws"_L1 && b == "wss"_L1);
}

bool isHttpScheme(const QString &scheme) { return scheme == "http"_L1 || scheme == "https"_L1; }

// https://w3c.github.io/webappsec-csp/#match-hosts. The standard matches domains only; Chromium
// matches an IP address literally too (seen in Chromium 156.0.8078.114: frame-ancestors
// http://127.0.0.1:8831 lets http://127.0.0.1:8831 frame the document).
bool hostPartMatches(const AncestorSource &source, const QString &host)
{
    if (source.hostWildcard)
        return source.host.isEmpty() || host.endsWith(u'.' + source.host);
    return host == source.host;
}

// https://w3c.github.io/webappsec-csp/#match-ports. Chromium lets port 80 match https's default 443 as
// it lets http match https (seen in Chromium 156.0.8078.114: http://app.example.com:80 allows
// https://app.example.com).
bool portPartMatches(const AncestorSource &source, const Origin &url)
{
    if (source.portWildcard)
        return true;
    if (source.port == url.port())
        return true;
    const std::optional<int> port = url.port() ? url.port() : defaultPort(url.scheme());
    return source.port && (source.port == port || (*source.port == 80 && url.scheme() == "https"_L1 && port == 443));
}

// https://w3c.github.io/webappsec-csp/#match-paths against the ancestor's URL, whose path is "/".
bool pathPartMatches(const QString &path)
{
    return path.isEmpty() || path == "/"_L1;
}

// https://w3c.github.io/webappsec-csp/#match-url-to-source-expression, the URL being the ancestor's
// origin and `self` the framed document's.
bool sourceMatches(const AncestorSource &source, const Origin &url, const Origin &self)
{
    switch (source.kind) {
    case AncestorSource::Kind::Star:
        return isHttpScheme(url.scheme()) || url.scheme() == self.scheme();
    case AncestorSource::Kind::Scheme:
        return schemePartMatches(source.scheme, url.scheme());
    case AncestorSource::Kind::Host:
        if (!schemePartMatches(source.scheme.isEmpty() ? self.scheme() : source.scheme, url.scheme()))
            return false;
        return hostPartMatches(source, url.host().serialize()) && portPartMatches(source, url) && pathPartMatches(source.path);
    case AncestorSource::Kind::Self: {
        if (self.isSameOrigin(url))
            return true;
        const auto effectivePort = [](const Origin &origin) { return origin.port() ? origin.port() : defaultPort(origin.scheme()); };
        const bool upgrade = url.scheme() == "https"_L1 || url.scheme() == "wss"_L1
                             || (self.scheme() == "http"_L1 && (url.scheme() == "http"_L1 || url.scheme() == "ws"_L1));
        return self.host() == url.host() && effectivePort(self) == effectivePort(url) && upgrade;
    }
    }
    return false;
}

QByteArray serializeSource(const AncestorSource &source)
{
    switch (source.kind) {
    case AncestorSource::Kind::Self: return "'self'";
    case AncestorSource::Kind::Star: return "*";
    case AncestorSource::Kind::Scheme: return source.scheme.toLatin1() + ':';
    case AncestorSource::Kind::Host: break;
    }
    QByteArray text;
    if (!source.scheme.isEmpty())
        text += source.scheme.toLatin1() + "://";
    if (source.hostWildcard)
        text += source.host.isEmpty() ? "*" : "*.";
    text += source.host.toLatin1();
    if (source.portWildcard)
        text += ":*";
    else if (source.port)
        text += ':' + QByteArray::number(*source.port);
    return text + source.path.toUtf8();
}

} // namespace

QList<AncestorSourceList> enforcedFrameAncestors(const HeaderList &headers)
{
    QList<AncestorSourceList> directives;
    for (const Header &header : headers.entries()) {
        if (!isByteCaseInsensitiveMatch(header.name, "content-security-policy"))
            continue;
        for (const QByteArray &policy : header.value.split(',')) {
            if (std::optional<AncestorSourceList> sources = frameAncestorsOf(policy))
                directives.append(std::move(*sources));
        }
    }
    return directives;
}

bool frameAncestorsAllow(const AncestorSourceList &sources, const Origin &ancestor, const Origin &self)
{
    if (ancestor.isOpaque())
        return false;
    return std::any_of(sources.cbegin(), sources.cend(), [&](const AncestorSource &source) { return sourceMatches(source, ancestor, self); });
}

std::optional<AncestorSourceList> violatedFrameAncestors(const QList<AncestorSourceList> &directives, const Origin &ancestor,
                                                         const Origin &self)
{
    for (const AncestorSourceList &sources : directives) {
        if (!frameAncestorsAllow(sources, ancestor, self))
            return sources;
    }
    return std::nullopt;
}

QByteArray serializeFrameAncestors(const AncestorSourceList &sources)
{
    // Chromium's ToString: an empty list is 'none', a list with * is just *, else 'self' first and the
    // other sources in the order written (seen in Chromium 156.0.8078.114).
    const auto has = [&sources](AncestorSource::Kind kind) {
        return std::any_of(sources.cbegin(), sources.cend(), [kind](const AncestorSource &source) { return source.kind == kind; });
    };
    if (sources.isEmpty())
        return "frame-ancestors 'none'";
    if (has(AncestorSource::Kind::Star))
        return "frame-ancestors *";
    QByteArrayList parts;
    if (has(AncestorSource::Kind::Self))
        parts << serializeSource(ofKind(AncestorSource::Kind::Self));
    for (const AncestorSource &source : sources) {
        if (source.kind != AncestorSource::Kind::Self)
            parts << serializeSource(source);
    }
    return "frame-ancestors " + parts.join(' ');
}

} // namespace corslab
