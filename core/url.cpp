#include "core/url.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

// The end-of-file code point of https://url.spec.whatwg.org/#pointer
constexpr char32_t eof = 0xFFFFFFFF;

enum class State {
    SchemeStart,
    Scheme,
    NoScheme,
    SpecialRelativeOrAuthority,
    PathOrAuthority,
    Relative,
    RelativeSlash,
    SpecialAuthoritySlashes,
    SpecialAuthorityIgnoreSlashes,
    Authority,
    Host,
    Port,
    File,
    FileSlash,
    FileHost,
    PathStart,
    Path,
    OpaquePath,
    Query,
    Fragment,
};

bool isAsciiAlpha(char32_t c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }
bool isAsciiDigit(char32_t c) { return c >= u'0' && c <= u'9'; }
char16_t asciiLower(char32_t c) { return char16_t((c >= u'A' && c <= u'Z') ? (c | 0x20) : c); }

// https://url.spec.whatwg.org/#special-scheme
bool isSpecialScheme(QStringView scheme)
{
    return scheme == u"http" || scheme == u"https" || scheme == u"ws" || scheme == u"wss" || scheme == u"ftp"
        || scheme == u"file";
}

// https://url.spec.whatwg.org/#windows-drive-letter
bool isWindowsDriveLetter(QStringView s)
{
    return s.size() == 2 && isAsciiAlpha(s[0].unicode()) && (s[1] == u':' || s[1] == u'|');
}

// https://url.spec.whatwg.org/#normalized-windows-drive-letter
bool isNormalizedWindowsDriveLetter(QStringView s) { return isWindowsDriveLetter(s) && s[1] == u':'; }

// https://url.spec.whatwg.org/#start-with-a-windows-drive-letter
bool startsWithWindowsDriveLetter(QStringView s)
{
    if (s.size() < 2 || !isWindowsDriveLetter(s.first(2)))
        return false;
    if (s.size() == 2)
        return true;
    const QChar third = s[2];
    return third == u'/' || third == u'\\' || third == u'?' || third == u'#';
}

// https://url.spec.whatwg.org/#single-dot-path-segment
bool isSingleDotSegment(QStringView s)
{
    return s == u"." || s.compare(u"%2e", Qt::CaseInsensitive) == 0;
}

// https://url.spec.whatwg.org/#double-dot-path-segment
bool isDoubleDotSegment(QStringView s)
{
    return s == u".." || s.compare(u".%2e", Qt::CaseInsensitive) == 0
        || s.compare(u"%2e.", Qt::CaseInsensitive) == 0 || s.compare(u"%2e%2e", Qt::CaseInsensitive) == 0;
}

// https://url.spec.whatwg.org/#shorten-a-urls-path
void shortenPath(Url &url)
{
    if (url.scheme == u"file" && url.path.size() == 1 && isNormalizedWindowsDriveLetter(url.path.first()))
        return;
    if (!url.path.isEmpty())
        url.path.removeLast();
}

// https://url.spec.whatwg.org/#concept-basic-url-parser, steps 1-3: trim C0 controls and spaces, remove
// tabs and newlines. Lone surrogates become U+FFFD, as the USVString conversion before parsing does.
QStringView preprocess(QStringView input, QString &storage)
{
    while (!input.isEmpty() && input.front().unicode() <= 0x20)
        input = input.sliced(1);
    while (!input.isEmpty() && input.back().unicode() <= 0x20)
        input.chop(1);
    bool needsCopy = false;
    for (qsizetype i = 0; i < input.size() && !needsCopy; ++i) {
        const char16_t c = input[i].unicode();
        if (c == u'\t' || c == u'\n' || c == u'\r')
            needsCopy = true;
        else if (QChar::isHighSurrogate(c) && i + 1 < input.size() && input[i + 1].isLowSurrogate())
            ++i;
        else if (QChar::isSurrogate(c))
            needsCopy = true;
    }
    if (!needsCopy)
        return input;
    storage.reserve(input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        const char16_t c = input[i].unicode();
        if (c == u'\t' || c == u'\n' || c == u'\r')
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < input.size() && input[i + 1].isLowSurrogate()) {
            storage.append(input[i]);
            storage.append(input[++i]);
        } else if (QChar::isSurrogate(c)) {
            storage.append(QChar(QChar::ReplacementCharacter));
        } else {
            storage.append(input[i]);
        }
    }
    return storage;
}

} // namespace

std::optional<int> defaultPort(QStringView scheme)
{
    if (scheme == u"http" || scheme == u"ws")
        return 80;
    if (scheme == u"https" || scheme == u"wss")
        return 443;
    if (scheme == u"ftp")
        return 21;
    return std::nullopt;
}

bool Url::isSpecial() const { return isSpecialScheme(scheme); }

QString Url::serializePath() const
{
    if (hasOpaquePath)
        return opaquePath;
    QString output;
    for (const QString &segment : path) {
        output.append(u'/');
        output.append(segment);
    }
    return output;
}

QString Url::serialize(bool excludeFragment) const
{
    // https://url.spec.whatwg.org/#concept-url-serializer
    QString output = scheme;
    output.append(u':');
    if (host) {
        output.append(u"//");
        if (includesCredentials()) {
            output.append(username);
            if (!password.isEmpty()) {
                output.append(u':');
                output.append(password);
            }
            output.append(u'@');
        }
        output.append(host->serialize());
        if (port) {
            output.append(u':');
            output.append(QString::number(*port));
        }
    }
    // step 3: "/." keeps a path starting with an empty segment from reading as an authority
    if (!host && !hasOpaquePath && path.size() > 1 && path.first().isEmpty())
        output.append(u"/.");
    output.append(serializePath());
    if (query) {
        output.append(u'?');
        output.append(*query);
    }
    if (!excludeFragment && fragment) {
        output.append(u'#');
        output.append(*fragment);
    }
    return output;
}

std::variant<Url, UrlError> parseUrl(QStringView rawInput, const Url *base)
{
    QString storage;
    const QStringView input = preprocess(rawInput, storage);
    const qsizetype size = input.size();

    Url url;
    bool special = false;
    State state = State::SchemeStart;
    QString buffer;
    buffer.reserve(size);
    bool atSignSeen = false;
    bool insideBrackets = false;
    bool passwordTokenSeen = false;
    qsizetype pointer = 0;

    const auto fail = [](QString reason) { return UrlError{std::move(reason)}; };
    const auto setScheme = [&](QString scheme) {
        url.scheme = std::move(scheme);
        special = isSpecialScheme(url.scheme);
    };
    const auto remainingStartsWith = [&](char16_t c) { return pointer + 1 < size && input[pointer + 1] == c; };
    // c with its low surrogate, advancing pointer past it, for the states that percent-encode code points.
    const auto takeCodePoint = [&](char32_t c) -> char32_t {
        if (QChar::isHighSurrogate(c) && pointer + 1 < size) {
            ++pointer;
            return QChar::surrogateToUcs4(char16_t(c), input[pointer].unicode());
        }
        return c;
    };
    // Fast path: appends the run of code units from pointer on that need no percent-encoding and end no
    // component, leaving pointer on the last of them; false when c itself is not such a unit.
    const auto appendRun = [&](QString &target, auto isPlain) {
        qsizetype end = pointer;
        while (end < size && isPlain(input[end].unicode()))
            ++end;
        if (end == pointer)
            return false;
        target.append(input.sliced(pointer, end - pointer));
        pointer = end - 1;
        return true;
    };
    const auto isPlainIn = [&](PercentEncodeSet set, char16_t c) {
        return !isInPercentEncodeSet(c, set) && c != u'?' && c != u'#' && c != u'/' && !(special && c == u'\\');
    };
    const auto copyAuthority = [&](const Url &from) {
        url.username = from.username;
        url.password = from.password;
        url.host = from.host;
        url.port = from.port;
    };

    for (;;) {
        const char32_t c = pointer < size ? char32_t(input[pointer].unicode()) : eof;
        switch (state) {
        case State::SchemeStart:
            // https://url.spec.whatwg.org/#scheme-start-state
            if (isAsciiAlpha(c)) {
                buffer.append(QChar(asciiLower(c)));
                state = State::Scheme;
            } else {
                state = State::NoScheme;
                --pointer;
            }
            break;

        case State::Scheme:
            // https://url.spec.whatwg.org/#scheme-state
            if (isAsciiAlpha(c) || isAsciiDigit(c) || c == u'+' || c == u'-' || c == u'.') {
                buffer.append(QChar(asciiLower(c)));
            } else if (c == u':') {
                setScheme(std::exchange(buffer, QString()));
                if (url.scheme == u"file") {
                    state = State::File;
                } else if (special && base && base->scheme == url.scheme) {
                    state = State::SpecialRelativeOrAuthority;
                } else if (special) {
                    state = State::SpecialAuthoritySlashes;
                } else if (remainingStartsWith(u'/')) {
                    state = State::PathOrAuthority;
                    ++pointer;
                } else {
                    url.hasOpaquePath = true;
                    state = State::OpaquePath;
                }
            } else {
                // step 3: start over from the first code point as a scheme-less input
                buffer.clear();
                state = State::NoScheme;
                pointer = -1;
            }
            break;

        case State::NoScheme:
            // https://url.spec.whatwg.org/#no-scheme-state
            if (!base)
                return fail(u"relative URL without a base"_s);
            if (base->hasOpaquePath && c != u'#')
                return fail(u"relative URL against a base with an opaque path"_s);
            if (base->hasOpaquePath) {
                setScheme(base->scheme);
                url.hasOpaquePath = true;
                url.opaquePath = base->opaquePath;
                url.query = base->query;
                url.fragment = QString();
                state = State::Fragment;
            } else if (base->scheme != u"file") {
                state = State::Relative;
                --pointer;
            } else {
                state = State::File;
                --pointer;
            }
            break;

        case State::SpecialRelativeOrAuthority:
            // https://url.spec.whatwg.org/#special-relative-or-authority-state
            if (c == u'/' && remainingStartsWith(u'/')) {
                state = State::SpecialAuthorityIgnoreSlashes;
                ++pointer;
            } else {
                state = State::Relative;
                --pointer;
            }
            break;

        case State::PathOrAuthority:
            // https://url.spec.whatwg.org/#path-or-authority-state
            if (c == u'/') {
                state = State::Authority;
            } else {
                state = State::Path;
                --pointer;
            }
            break;

        case State::Relative:
            // https://url.spec.whatwg.org/#relative-state
            setScheme(base->scheme);
            if (c == u'/' || (special && c == u'\\')) {
                state = State::RelativeSlash;
            } else {
                copyAuthority(*base);
                url.path = base->path;
                url.query = base->query;
                if (c == u'?') {
                    url.query = QString();
                    state = State::Query;
                } else if (c == u'#') {
                    url.fragment = QString();
                    state = State::Fragment;
                } else if (c != eof) {
                    url.query.reset();
                    shortenPath(url);
                    state = State::Path;
                    --pointer;
                }
            }
            break;

        case State::RelativeSlash:
            // https://url.spec.whatwg.org/#relative-slash-state
            if (special && (c == u'/' || c == u'\\')) {
                state = State::SpecialAuthorityIgnoreSlashes;
            } else if (c == u'/') {
                state = State::Authority;
            } else {
                copyAuthority(*base);
                state = State::Path;
                --pointer;
            }
            break;

        case State::SpecialAuthoritySlashes:
            // https://url.spec.whatwg.org/#special-authority-slashes-state
            state = State::SpecialAuthorityIgnoreSlashes;
            if (c == u'/' && remainingStartsWith(u'/'))
                ++pointer;
            else
                --pointer;
            break;

        case State::SpecialAuthorityIgnoreSlashes:
            // https://url.spec.whatwg.org/#special-authority-ignore-slashes-state
            if (c != u'/' && c != u'\\') {
                state = State::Authority;
                --pointer;
            }
            break;

        case State::Authority:
            // https://url.spec.whatwg.org/#authority-state
            if (c == u'@') {
                if (atSignSeen)
                    buffer.prepend(u"%40"_s);
                atSignSeen = true;
                // step 1.4: split the buffer into username and password at the first ':'
                for (qsizetype i = 0; i < buffer.size(); ++i) {
                    if (buffer[i] == u':' && !passwordTokenSeen) {
                        passwordTokenSeen = true;
                        continue;
                    }
                    char32_t codePoint = buffer[i].unicode();
                    if (QChar::isHighSurrogate(codePoint) && i + 1 < buffer.size())
                        codePoint = QChar::surrogateToUcs4(char16_t(codePoint), buffer[++i].unicode());
                    appendPercentEncoded(passwordTokenSeen ? url.password : url.username, codePoint,
                                         PercentEncodeSet::Userinfo);
                }
                buffer.clear();
            } else if (c == eof || c == u'/' || c == u'?' || c == u'#' || (special && c == u'\\')) {
                if (atSignSeen && buffer.isEmpty())
                    return fail(u"missing host"_s);
                pointer -= buffer.size() + 1;
                buffer.clear();
                state = State::Host;
            } else if (!appendRun(buffer,
                                  [&](char16_t u) { return u != u'@' && isPlainIn(PercentEncodeSet::C0Control, u); })) {
                buffer.append(QChar(char16_t(c)));
            }
            break;

        case State::Host:
            // https://url.spec.whatwg.org/#host-state
            if (c == u':' && !insideBrackets) {
                if (buffer.isEmpty())
                    return fail(u"missing host"_s);
                auto host = parseHost(buffer, !special);
                if (auto *error = std::get_if<HostError>(&host))
                    return fail(std::move(error->reason));
                url.host = std::move(std::get<Host>(host));
                buffer.clear();
                state = State::Port;
            } else if (c == eof || c == u'/' || c == u'?' || c == u'#' || (special && c == u'\\')) {
                --pointer;
                if (special && buffer.isEmpty())
                    return fail(u"missing host"_s);
                auto host = parseHost(buffer, !special);
                if (auto *error = std::get_if<HostError>(&host))
                    return fail(std::move(error->reason));
                url.host = std::move(std::get<Host>(host));
                buffer.clear();
                state = State::PathStart;
            } else if (!appendRun(buffer, [&](char16_t u) {
                           return u != u':' && u != u'[' && u != u']' && isPlainIn(PercentEncodeSet::C0Control, u);
                       })) {
                if (c == u'[')
                    insideBrackets = true;
                else if (c == u']')
                    insideBrackets = false;
                buffer.append(QChar(char16_t(c)));
            }
            break;

        case State::Port:
            // https://url.spec.whatwg.org/#port-state
            if (isAsciiDigit(c)) {
                buffer.append(QChar(char16_t(c)));
            } else if (c == eof || c == u'/' || c == u'?' || c == u'#' || (special && c == u'\\')) {
                if (!buffer.isEmpty()) {
                    int port = 0;
                    for (const QChar digit : std::as_const(buffer)) {
                        port = port * 10 + (digit.unicode() - u'0');
                        if (port > 65535)
                            return fail(u"invalid port"_s);
                    }
                    if (port == defaultPort(url.scheme))
                        url.port.reset();
                    else
                        url.port = port;
                    buffer.clear();
                }
                state = State::PathStart;
                --pointer;
            } else {
                return fail(u"invalid port"_s);
            }
            break;

        case State::File:
            // https://url.spec.whatwg.org/#file-state
            setScheme(u"file"_s);
            url.host = corslab::Host{};
            if (c == u'/' || c == u'\\') {
                state = State::FileSlash;
            } else if (base && base->scheme == u"file") {
                url.host = base->host;
                url.path = base->path;
                url.query = base->query;
                if (c == u'?') {
                    url.query = QString();
                    state = State::Query;
                } else if (c == u'#') {
                    url.fragment = QString();
                    state = State::Fragment;
                } else if (c != eof) {
                    url.query.reset();
                    if (!startsWithWindowsDriveLetter(input.sliced(pointer)))
                        shortenPath(url);
                    else
                        url.path.clear();
                    state = State::Path;
                    --pointer;
                }
            } else {
                state = State::Path;
                --pointer;
            }
            break;

        case State::FileSlash:
            // https://url.spec.whatwg.org/#file-slash-state
            if (c == u'/' || c == u'\\') {
                state = State::FileHost;
            } else {
                if (base && base->scheme == u"file") {
                    url.host = base->host;
                    if (!startsWithWindowsDriveLetter(input.sliced(pointer)) && !base->path.isEmpty()
                        && isNormalizedWindowsDriveLetter(base->path.first()))
                        url.path.append(base->path.first());
                }
                state = State::Path;
                --pointer;
            }
            break;

        case State::FileHost:
            // https://url.spec.whatwg.org/#file-host-state
            if (c == eof || c == u'/' || c == u'\\' || c == u'?' || c == u'#') {
                --pointer;
                if (isWindowsDriveLetter(buffer)) {
                    // the buffer is kept: the path state reads it as the drive letter segment
                    state = State::Path;
                } else if (buffer.isEmpty()) {
                    url.host = corslab::Host{};
                    state = State::PathStart;
                } else {
                    auto parsed = parseHost(buffer, !special);
                    if (auto *error = std::get_if<HostError>(&parsed))
                        return fail(std::move(error->reason));
                    corslab::Host &host = std::get<corslab::Host>(parsed);
                    if (host.kind == corslab::Host::Kind::Domain && host.domain == u"localhost")
                        host = corslab::Host{};
                    url.host = std::move(host);
                    buffer.clear();
                    state = State::PathStart;
                }
            } else {
                buffer.append(QChar(char16_t(c)));
            }
            break;

        case State::PathStart:
            // https://url.spec.whatwg.org/#path-start-state
            if (special) {
                state = State::Path;
                if (c != u'/' && c != u'\\')
                    --pointer;
            } else if (c == u'?') {
                url.query = QString();
                state = State::Query;
            } else if (c == u'#') {
                url.fragment = QString();
                state = State::Fragment;
            } else if (c != eof) {
                state = State::Path;
                if (c != u'/')
                    --pointer;
            }
            break;

        case State::Path: {
            // https://url.spec.whatwg.org/#path-state
            const bool slash = c == u'/' || (special && c == u'\\');
            if (c == eof || slash || c == u'?' || c == u'#') {
                if (isDoubleDotSegment(buffer)) {
                    shortenPath(url);
                    if (!slash)
                        url.path.append(QString());
                } else if (isSingleDotSegment(buffer)) {
                    if (!slash)
                        url.path.append(QString());
                } else {
                    if (url.scheme == u"file" && url.path.isEmpty() && isWindowsDriveLetter(buffer))
                        buffer[1] = u':';
                    url.path.append(buffer);
                }
                buffer.clear();
                if (c == u'?') {
                    url.query = QString();
                    state = State::Query;
                } else if (c == u'#') {
                    url.fragment = QString();
                    state = State::Fragment;
                }
            } else if (!appendRun(buffer, [&](char16_t u) { return isPlainIn(PercentEncodeSet::Path, u); })) {
                appendPercentEncoded(buffer, takeCodePoint(c), PercentEncodeSet::Path);
            }
            break;
        }

        case State::OpaquePath:
            // https://url.spec.whatwg.org/#cannot-be-a-base-url-path-state
            if (c == u'?') {
                url.query = QString();
                state = State::Query;
            } else if (c == u'#') {
                url.fragment = QString();
                state = State::Fragment;
            } else if (c == u' ') {
                // step 3: a space right before '?' or '#' is encoded so that it survives stripping
                if (remainingStartsWith(u'?') || remainingStartsWith(u'#'))
                    url.opaquePath.append(u"%20");
                else
                    url.opaquePath.append(u' ');
            } else if (c != eof && !appendRun(url.opaquePath, [](char16_t u) {
                           return u != u'?' && u != u'#' && u != u' '
                               && !isInPercentEncodeSet(u, PercentEncodeSet::C0Control);
                       })) {
                appendPercentEncoded(url.opaquePath, takeCodePoint(c), PercentEncodeSet::C0Control);
            }
            break;

        case State::Query:
            // https://url.spec.whatwg.org/#query-state (UTF-8 only, so each code point is encoded as it comes)
            if (c == u'#') {
                url.fragment = QString();
                state = State::Fragment;
            } else if (c != eof) {
                const PercentEncodeSet set = special ? PercentEncodeSet::SpecialQuery : PercentEncodeSet::Query;
                if (!appendRun(*url.query, [set](char16_t u) { return u != u'#' && !isInPercentEncodeSet(u, set); }))
                    appendPercentEncoded(*url.query, takeCodePoint(c), set);
            }
            break;

        case State::Fragment:
            // https://url.spec.whatwg.org/#fragment-state
            if (c != eof && !appendRun(*url.fragment, [](char16_t u) {
                    return !isInPercentEncodeSet(u, PercentEncodeSet::Fragment);
                }))
                appendPercentEncoded(*url.fragment, takeCodePoint(c), PercentEncodeSet::Fragment);
            break;
        }

        if (pointer >= size)
            break;
        ++pointer;
    }
    return url;
}

std::optional<Url> parseUrlOrNull(QStringView input, const Url *base)
{
    auto result = parseUrl(input, base);
    if (auto *url = std::get_if<Url>(&result))
        return std::move(*url);
    return std::nullopt;
}

} // namespace corslab
