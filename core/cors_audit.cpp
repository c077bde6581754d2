#include "core/cors_audit.h"

#include "core/origin.h"
#include "core/url.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

// An unrelated site no allowlist should name.
constexpr QLatin1StringView kThirdPartyOrigin{"https://attacker.example"};
constexpr QLatin1StringView kEvilSuffix{".evil.test"};

struct PlannedOrigin {
    AuditOriginKind kind;
    QString origin;
    QString derivedFrom;
};

QString originWithHost(const Origin &origin, const QString &host, const QString &scheme = {})
{
    const QString useScheme = scheme.isEmpty() ? origin.scheme() : scheme;
    QString text = useScheme + u"://"_s + host;
    if (origin.port() && origin.port() != defaultPort(useScheme))
        text += u':' + QString::number(*origin.port());
    return text;
}

// The crafted twins of one trusted origin (or of the target's site).
QList<PlannedOrigin> craftedFrom(const Origin &trusted, const QString &label, bool includeSchemeAndSubdomain)
{
    QList<PlannedOrigin> crafted;
    const QString host = trusted.host().serialize();
    const bool named = trusted.host().kind == Host::Kind::Domain;
    if (named)
        crafted.append({AuditOriginKind::SuffixTrick, originWithHost(trusted, u"evil"_s + host), label});
    crafted.append({AuditOriginKind::PrefixTrick, originWithHost(trusted, host + kEvilSuffix), label});
    if (named) {
        // One twin per dot but the last few, each a host a regex with that dot unescaped would accept.
        int twins = 0;
        for (qsizetype dot = host.indexOf(u'.'); dot >= 0 && twins < 3; dot = host.indexOf(u'.', dot + 1), ++twins)
            crafted.append({AuditOriginKind::UnescapedDot, originWithHost(trusted, host.left(dot) + u'x' + host.mid(dot + 1)), label});
    }
    if (includeSchemeAndSubdomain) {
        if (trusted.scheme() == "https"_L1)
            crafted.append({AuditOriginKind::InsecureScheme, originWithHost(trusted, host, u"http"_s), label});
        if (named)
            crafted.append({AuditOriginKind::Subdomain, originWithHost(trusted, u"corslab-audit."_s + host), label});
    }
    return crafted;
}

ProbeOptions probeOptions(const QString &target, const QString &origin, bool preflighted)
{
    ProbeOptions options;
    options.url = target;
    options.origin = origin;
    options.credentials = CredentialsMode::Include;
    if (preflighted) {
        // The most common reason for a preflight: a JSON body.
        options.method = QByteArrayLiteral("POST");
        options.headers.append("Content-Type", "application/json");
        options.body = QByteArrayLiteral("{}");
    }
    return options;
}

const Exchange *finalResponse(const Verdict &verdict)
{
    for (qsizetype i = verdict.exchanges.size() - 1; i >= 0; --i) {
        if (verdict.exchanges.at(i).kind != Exchange::Kind::Preflight)
            return &verdict.exchanges.at(i);
    }
    return nullptr;
}

const Exchange *preflightResponse(const Verdict &verdict)
{
    for (const Exchange &exchange : verdict.exchanges) {
        if (exchange.kind == Exchange::Kind::Preflight)
            return &exchange;
    }
    return nullptr;
}

QByteArray allowOrigin(const Exchange &exchange)
{
    return trimHttpTabOrSpace(exchange.responseHeaders.get("access-control-allow-origin").value_or(QByteArray())).toByteArray();
}

// https://fetch.spec.whatwg.org/#cors-protocol-and-http-caches: `Vary: Origin` (or `*`).
bool variesOnOrigin(const Exchange &exchange)
{
    const auto values = exchange.responseHeaders.getDecodeSplit("vary");
    if (!values)
        return false;
    return std::any_of(values->cbegin(), values->cend(), [](const QByteArray &value) {
        return isByteCaseInsensitiveMatch(value, "origin") || value == "*";
    });
}

class FindingList {
public:
    void add(AuditFinding finding)
    {
        for (AuditFinding &existing : m_findings) {
            if (existing.findingClass != finding.findingClass)
                continue;
            if (finding.severity > existing.severity)
                existing = std::move(finding);
            return;
        }
        m_findings.append(std::move(finding));
    }
    QList<AuditFinding> sorted()
    {
        std::stable_sort(m_findings.begin(), m_findings.end(),
                         [](const AuditFinding &a, const AuditFinding &b) { return a.severity > b.severity; });
        return m_findings;
    }

private:
    QList<AuditFinding> m_findings;
};

AuditFinding finding(AuditFindingClass findingClass, AuditSeverity severity, const AuditObservation &observation,
                     const Exchange &evidence, QByteArray detail = {})
{
    AuditFinding result;
    result.findingClass = findingClass;
    result.severity = severity;
    result.origin = observation.probe.origin;
    result.credentials = passes(observation.withCredentials);
    result.url = evidence.url;
    result.evidence = evidence;
    result.detail = std::move(detail);
    return result;
}

std::optional<AuditFindingClass> classForUntrusted(AuditOriginKind kind)
{
    switch (kind) {
    case AuditOriginKind::ThirdParty: return AuditFindingClass::ReflectedOriginWithCredentials;
    case AuditOriginKind::Null: return AuditFindingClass::NullOriginTrusted;
    case AuditOriginKind::SuffixTrick: return AuditFindingClass::RegexSuffixFlaw;
    case AuditOriginKind::PrefixTrick: return AuditFindingClass::RegexPrefixFlaw;
    case AuditOriginKind::UnescapedDot: return AuditFindingClass::RegexUnescapedDot;
    case AuditOriginKind::InsecureScheme: return AuditFindingClass::InsecureHttpOriginTrusted;
    case AuditOriginKind::Trusted:
    case AuditOriginKind::Subdomain: break;
    }
    return std::nullopt;
}

// Untrusted origins that can read: reflection, null, the allowlist tricks.
void findUntrustedReaders(const QList<AuditObservation> &observations, const QStringList &trusted, FindingList &findings)
{
    bool thirdPartyReads = false;
    bool thirdPartyReadsWithCredentials = false;
    for (const AuditObservation &observation : observations) {
        if (observation.probe.kind == AuditOriginKind::ThirdParty && !observation.probe.preflighted) {
            thirdPartyReads = thirdPartyReads || passes(observation.withoutCredentials);
            thirdPartyReadsWithCredentials = thirdPartyReadsWithCredentials || passes(observation.withCredentials);
        }
    }
    QSet<QString> suffixTrickReads;   // the trusted origins whose suffix trick got through
    for (const AuditObservation &observation : observations) {
        if (observation.probe.kind == AuditOriginKind::SuffixTrick
            && (passes(observation.withCredentials) || passes(observation.withoutCredentials)))
            suffixTrickReads.insert(observation.probe.derivedFrom);
    }
    for (const AuditObservation &observation : observations) {
        const AuditProbe &probe = observation.probe;
        const std::optional<AuditFindingClass> findingClass = classForUntrusted(probe.kind);
        if (!findingClass || probe.preflighted || trusted.contains(probe.origin))
            continue;
        const bool withCredentials = passes(observation.withCredentials);
        const bool withoutCredentials = passes(observation.withoutCredentials);
        const Exchange *response = finalResponse(observation.withCredentials);
        if ((!withCredentials && !withoutCredentials) || !response)
            continue;
        if (probe.kind == AuditOriginKind::ThirdParty) {
            // Without credentials any site may read public data; with them, the reflection is the flaw.
            if (withCredentials)
                findings.add(finding(*findingClass, AuditSeverity::High, observation, *response, allowOrigin(*response)));
            continue;
        }
        // A trick (or null) that works because every origin works is the reflection, reported as such.
        const bool everyoneReads = withCredentials ? thirdPartyReadsWithCredentials : thirdPartyReads;
        if (everyoneReads)
            continue;
        // A dot twin that also ends like the trusted host is the suffix flaw, reported as such.
        if (probe.kind == AuditOriginKind::UnescapedDot && suffixTrickReads.contains(probe.derivedFrom))
            continue;
        findings.add(finding(*findingClass, withCredentials ? AuditSeverity::High : AuditSeverity::Medium, observation,
                             *response, allowOrigin(*response)));
    }
}

void findWildcardWithCredentials(const QList<AuditObservation> &observations, FindingList &findings)
{
    for (const AuditObservation &observation : observations) {
        for (const Exchange &exchange : observation.withCredentials.exchanges) {
            const QByteArray credentials = exchange.responseHeaders.get("access-control-allow-credentials").value_or(QByteArray());
            if (allowOrigin(exchange) == "*" && trimHttpTabOrSpace(credentials) == "true") {
                findings.add(finding(AuditFindingClass::WildcardWithCredentials, AuditSeverity::Low, observation, exchange, "*"));
                return;
            }
        }
    }
}

// https://fetch.spec.whatwg.org/#cors-protocol-and-http-caches: an Access-Control-Allow-Origin that depends on
// Origin needs `Vary: Origin`, or a cache hands one origin's answer to another.
void findMissingVary(const QList<AuditObservation> &observations, FindingList &findings)
{
    QSet<QByteArray> values;
    for (const AuditObservation &observation : observations) {
        if (const Exchange *response = finalResponse(observation.withCredentials); response && !observation.probe.preflighted)
            values.insert(allowOrigin(*response));
    }
    if (values.size() < 2)
        return;
    const AuditObservation *unvaried = nullptr;
    const Exchange *evidence = nullptr;
    for (const AuditObservation &observation : observations) {
        const Exchange *response = finalResponse(observation.withCredentials);
        if (!response || observation.probe.preflighted || variesOnOrigin(*response))
            continue;
        // Prefer a response that names an origin: it is the one a cache would hand out wrongly.
        if (!evidence || (allowOrigin(*evidence).isEmpty() && !allowOrigin(*response).isEmpty())) {
            unvaried = &observation;
            evidence = response;
        }
    }
    if (evidence)
        findings.add(finding(AuditFindingClass::MissingVaryOrigin, AuditSeverity::Medium, *unvaried, *evidence, allowOrigin(*evidence)));
}

bool isUnansweredPreflight(CorsError error)
{
    switch (error) {
    case CorsError::PreflightInvalidStatus:
    case CorsError::PreflightDisallowedRedirect:
    case CorsError::PreflightMissingAllowOriginHeader:
    case CorsError::PreflightMultipleAllowOriginValues:
    case CorsError::PreflightInvalidAllowOriginValue:
    case CorsError::PreflightAllowOriginMismatch:
    case CorsError::PreflightWildcardOriginNotAllowed:
        return true;
    default:
        return false;
    }
}

// The preflight stopped the request: it was sent and the request after it was not.
bool preflightFailed(const Verdict &verdict)
{
    return verdict.preflight && !verdict.sent && verdict.error;
}

// The trusted origins' preflighted request: answered at all, and answered in full.
void findPreflightProblems(const QList<AuditObservation> &observations, FindingList &findings)
{
    bool simpleWithCredentials = false;
    for (const AuditObservation &observation : observations) {
        if (observation.probe.kind == AuditOriginKind::Trusted && !observation.probe.preflighted)
            simpleWithCredentials = simpleWithCredentials || passes(observation.withCredentials);
    }
    for (const AuditObservation &observation : observations) {
        if (observation.probe.kind != AuditOriginKind::Trusted || !observation.probe.preflighted)
            continue;
        const Verdict &verdict = observation.withoutCredentials;
        const Exchange *preflight = preflightResponse(verdict);
        if (!preflight || !preflightFailed(verdict)) {
            // Answered without credentials; with them, only when simple requests take them too.
            const Verdict &credentialed = observation.withCredentials;
            if (simpleWithCredentials && preflightFailed(credentialed) && (preflight = preflightResponse(credentialed)))
                findings.add(finding(AuditFindingClass::PreflightIncomplete, AuditSeverity::Low, observation, *preflight,
                                     corsErrorName(credentialed.error->error).toString().toLatin1()));
            continue;
        }
        const CorsError error = verdict.error->error;
        const AuditFindingClass findingClass = isUnansweredPreflight(error) ? AuditFindingClass::PreflightNotHandled
                                                                            : AuditFindingClass::PreflightIncomplete;
        const AuditSeverity severity = findingClass == AuditFindingClass::PreflightNotHandled ? AuditSeverity::Medium
                                                                                              : AuditSeverity::Low;
        findings.add(finding(findingClass, severity, observation, *preflight, corsErrorName(error).toString().toLatin1()));
    }
}

void findCrossOriginRedirects(const QList<AuditObservation> &observations, FindingList &findings)
{
    for (const AuditObservation &observation : observations) {
        const QList<Exchange> &exchanges = observation.withoutCredentials.exchanges;
        for (qsizetype i = 0; i + 1 < exchanges.size(); ++i) {
            const Exchange &from = exchanges.at(i);
            const Exchange &to = exchanges.at(i + 1);
            if (from.kind == Exchange::Kind::Preflight || to.kind == Exchange::Kind::Main)
                continue;
            const auto fromUrl = parseUrlOrNull(from.url);
            const auto toUrl = parseUrlOrNull(to.url);
            if (fromUrl && toUrl && !Origin::fromUrl(*fromUrl).isSameOrigin(Origin::fromUrl(*toUrl))) {
                findings.add(finding(AuditFindingClass::CrossOriginRedirect, AuditSeverity::Low, observation, from,
                                     from.responseHeaders.get("location").value_or(QByteArray())));
                return;
            }
        }
    }
}

} // namespace

QLatin1StringView auditOriginKindName(AuditOriginKind kind)
{
    switch (kind) {
    case AuditOriginKind::Trusted: return "trusted"_L1;
    case AuditOriginKind::ThirdParty: return "third_party"_L1;
    case AuditOriginKind::Null: return "null"_L1;
    case AuditOriginKind::SuffixTrick: return "suffix_trick"_L1;
    case AuditOriginKind::PrefixTrick: return "prefix_trick"_L1;
    case AuditOriginKind::UnescapedDot: return "unescaped_dot"_L1;
    case AuditOriginKind::InsecureScheme: return "insecure_scheme"_L1;
    case AuditOriginKind::Subdomain: return "subdomain"_L1;
    }
    return {};
}

QLatin1StringView auditFindingClassName(AuditFindingClass findingClass)
{
    switch (findingClass) {
    case AuditFindingClass::ReflectedOriginWithCredentials: return "reflected_origin_with_credentials"_L1;
    case AuditFindingClass::NullOriginTrusted: return "null_origin_trusted"_L1;
    case AuditFindingClass::RegexSuffixFlaw: return "regex_suffix_flaw"_L1;
    case AuditFindingClass::RegexPrefixFlaw: return "regex_prefix_flaw"_L1;
    case AuditFindingClass::RegexUnescapedDot: return "regex_unescaped_dot"_L1;
    case AuditFindingClass::InsecureHttpOriginTrusted: return "insecure_http_origin_trusted"_L1;
    case AuditFindingClass::WildcardWithCredentials: return "wildcard_with_credentials"_L1;
    case AuditFindingClass::MissingVaryOrigin: return "missing_vary_origin"_L1;
    case AuditFindingClass::PreflightNotHandled: return "preflight_not_handled"_L1;
    case AuditFindingClass::PreflightIncomplete: return "preflight_incomplete"_L1;
    case AuditFindingClass::CrossOriginRedirect: return "cross_origin_redirect"_L1;
    }
    return {};
}

QLatin1StringView auditSeverityName(AuditSeverity severity)
{
    switch (severity) {
    case AuditSeverity::Low: return "low"_L1;
    case AuditSeverity::Medium: return "medium"_L1;
    case AuditSeverity::High: return "high"_L1;
    }
    return {};
}

std::variant<QList<AuditProbe>, ProbeOptionError> auditPlan(const QString &target, const QStringList &trusted)
{
    const std::optional<Url> targetUrl = parseUrlOrNull(target);
    if (!targetUrl || (targetUrl->scheme != "http"_L1 && targetUrl->scheme != "https"_L1))
        return ProbeOptionError{u"URL"_s, u"'%1' is not an http or https URL"_s.arg(target)};
    QList<PlannedOrigin> planned;
    for (const QString &text : trusted) {
        if (text == "null"_L1) {
            planned.append({AuditOriginKind::Trusted, text, {}});
            continue;
        }
        const std::optional<Url> url = parseUrlOrNull(text);
        if (!url || (url->scheme != "http"_L1 && url->scheme != "https"_L1))
            return ProbeOptionError{u"--origin"_s, u"'%1' is not an http or https origin"_s.arg(text)};
        const Origin origin = Origin::fromUrl(*url);
        planned.append({AuditOriginKind::Trusted, origin.serialize(), {}});
        planned.append(craftedFrom(origin, origin.serialize(), true));
    }
    planned.append({AuditOriginKind::ThirdParty, kThirdPartyOrigin, {}});
    planned.append({AuditOriginKind::Null, u"null"_s, {}});
    // The target's own site: a policy that trusts "anything on example.com" is tricked the same way.
    const Origin targetOrigin = Origin::fromUrl(*targetUrl);
    if (const std::optional<QString> site = registrableDomain(targetOrigin.host())) {
        Host siteHost;
        siteHost.kind = Host::Kind::Domain;
        siteHost.domain = *site;
        const Origin siteOrigin = Origin::tuple(u"https"_s, siteHost, std::nullopt);
        planned.append(craftedFrom(siteOrigin, *site, false));
    }

    QList<AuditProbe> probes;
    QSet<QString> seen;
    for (const PlannedOrigin &origin : planned) {
        if (seen.contains(origin.origin) || (origin.kind != AuditOriginKind::Trusted && trusted.contains(origin.origin)))
            continue;
        seen.insert(origin.origin);
        const bool alsoPreflighted = origin.kind == AuditOriginKind::Trusted || origin.kind == AuditOriginKind::ThirdParty;
        for (const bool preflighted : {false, true}) {
            if (preflighted && !alsoPreflighted)
                continue;
            probes.append({origin.kind, origin.origin, origin.derivedFrom, preflighted,
                           probeOptions(targetUrl->serialize(true), origin.origin, preflighted)});
        }
    }
    return probes;
}

QList<AuditFinding> auditFindings(const QList<AuditObservation> &observations, const QStringList &trusted)
{
    FindingList findings;
    findUntrustedReaders(observations, trusted, findings);
    findWildcardWithCredentials(observations, findings);
    findMissingVary(observations, findings);
    findPreflightProblems(observations, findings);
    findCrossOriginRedirects(observations, findings);
    return findings.sorted();
}

} // namespace corslab
