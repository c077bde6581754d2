// core/cors_audit: the crafted origins of the plan, and the findings for servers simulated here (each a
// rule from the request's Origin and method to the answer's headers), the way ServerAuditor runs them.
#include "core/cors_audit.h"
#include "core/evaluation.h"

#include <QRegularExpression>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

constexpr auto kTarget = "https://api.example.com/v1/items"_L1;
constexpr auto kTrusted = "https://app.example.com"_L1;

using ServerRule = std::function<HeaderList(const QByteArray &origin, const QByteArray &method)>;

} // namespace
Q_DECLARE_METATYPE(ServerRule)
namespace {

// Answers every request the browser makes from `rule`, as ServerProber does from the network.
Scenario answered(Scenario scenario, const ServerRule &rule)
{
    for (int sent = 0; sent < 48; ++sent) {
        const std::optional<Verdict> verdict = evaluate(scenario);
        const std::optional<WireRequest> next = nextUnansweredRequest(scenario, *verdict, {});
        if (!next)
            break;
        WireResponse response;
        response.head.status = next->method == "OPTIONS" ? 204 : 200;
        response.head.headers = rule(next->headers.get("origin").value_or(QByteArray()), next->method);
        recordResponse(scenario, *next, response);
    }
    return scenario;
}

QList<AuditObservation> observe(const QStringList &trusted, const ServerRule &rule)
{
    QList<AuditObservation> observations;
    const auto plan = auditPlan(kTarget, trusted);
    for (const AuditProbe &probe : std::get<QList<AuditProbe>>(plan)) {
        AuditObservation observation;
        observation.probe = probe;
        observation.scenario = answered(std::get<Scenario>(probeScenario(probe.options)), rule);
        observation.withCredentials = *evaluate(observation.scenario);
        Scenario omit = observation.scenario;
        omit.request.credentials = CredentialsMode::Omit;
        observation.withoutCredentials = *evaluate(answered(omit, rule));
        observations.append(observation);
    }
    return observations;
}

// A policy that allows `allowed(origin)`, with credentials and Vary: Origin unless told otherwise.
ServerRule allowing(std::function<bool(const QByteArray &)> allowed, bool credentials = true, bool vary = true)
{
    return [=](const QByteArray &origin, const QByteArray &method) {
        HeaderList headers;
        if (allowed(origin)) {
            headers.append("Access-Control-Allow-Origin", origin);
            if (credentials)
                headers.append("Access-Control-Allow-Credentials", "true");
            if (method == "OPTIONS") {
                headers.append("Access-Control-Allow-Methods", "GET, POST");
                headers.append("Access-Control-Allow-Headers", "content-type");
            }
        }
        if (vary)
            headers.append("Vary", "Origin");
        return headers;
    };
}

} // namespace

class TestCorsAudit : public QObject {
    Q_OBJECT

private slots:
    void plan_data();
    void plan();
    void planRefusesBadOrigins();
    void findings_data();
    void findings();
};

void TestCorsAudit::plan_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("trusted");
    QTest::addColumn<QStringList>("expected");   // kind:origin, simple probes
    QTest::newRow("named origins") << QString(kTarget) << QStringList{kTrusted}
                                   << QStringList{u"trusted:https://app.example.com"_s,
                                                  u"suffix_trick:https://evilapp.example.com"_s,
                                                  u"prefix_trick:https://app.example.com.evil.test"_s,
                                                  u"unescaped_dot:https://appxexample.com"_s,
                                                  u"unescaped_dot:https://app.examplexcom"_s,
                                                  u"insecure_scheme:http://app.example.com"_s,
                                                  u"subdomain:https://corslab-audit.app.example.com"_s,
                                                  u"third_party:https://attacker.example"_s,
                                                  u"null:null"_s,
                                                  u"suffix_trick:https://evilexample.com"_s,
                                                  u"prefix_trick:https://example.com.evil.test"_s,
                                                  u"unescaped_dot:https://examplexcom"_s};
    QTest::newRow("an IP origin has no look-alike names") << u"http://127.0.0.1:8080/x"_s << QStringList{u"http://127.0.0.1:3000"_s}
                                                          << QStringList{u"trusted:http://127.0.0.1:3000"_s,
                                                                         u"prefix_trick:http://127.0.0.1.evil.test:3000"_s,
                                                                         u"third_party:https://attacker.example"_s, u"null:null"_s};
    QTest::newRow("no trusted origin: the target's site") << QString(kTarget) << QStringList()
                                                          << QStringList{u"third_party:https://attacker.example"_s, u"null:null"_s,
                                                                         u"suffix_trick:https://evilexample.com"_s,
                                                                         u"prefix_trick:https://example.com.evil.test"_s,
                                                                         u"unescaped_dot:https://examplexcom"_s};
}

void TestCorsAudit::plan()
{
    QFETCH(QString, target);
    QFETCH(QStringList, trusted);
    QFETCH(QStringList, expected);
    const auto plan = auditPlan(target, trusted);
    QVERIFY(std::holds_alternative<QList<AuditProbe>>(plan));
    QStringList simple;
    int preflighted = 0;
    for (const AuditProbe &probe : std::get<QList<AuditProbe>>(plan)) {
        if (probe.preflighted) {
            ++preflighted;
            QCOMPARE(probe.options.method, QByteArray("POST"));
            QVERIFY(probe.kind == AuditOriginKind::Trusted || probe.kind == AuditOriginKind::ThirdParty);
        } else {
            simple.append(auditOriginKindName(probe.kind) + u':' + probe.origin);
        }
        QCOMPARE(probe.options.credentials, CredentialsMode::Include);
    }
    QCOMPARE(simple, expected);
    QCOMPARE(preflighted, static_cast<int>(trusted.size()) + 1);
}

void TestCorsAudit::planRefusesBadOrigins()
{
    const auto plan = auditPlan(kTarget, {u"app.example.com"_s});
    QVERIFY(std::holds_alternative<ProbeOptionError>(plan));
    QCOMPARE(std::get<ProbeOptionError>(plan).option, u"--origin"_s);
    QVERIFY(std::holds_alternative<ProbeOptionError>(auditPlan(u"ftp://x.test/"_s, {})));
}

void TestCorsAudit::findings_data()
{
    QTest::addColumn<ServerRule>("server");
    QTest::addColumn<QStringList>("expected");   // class:severity
    const auto exactly = [](QList<QByteArray> list) { return [list](const QByteArray &origin) { return list.contains(origin); }; };
    QTest::newRow("exact allowlist") << allowing(exactly({"https://app.example.com"})) << QStringList();
    QTest::newRow("reflects every origin with credentials") << allowing([](const QByteArray &o) { return !o.isEmpty(); })
                                                            << QStringList{u"reflected_origin_with_credentials:high"_s};
    QTest::newRow("reflects every origin, public, no Vary")
        << allowing([](const QByteArray &o) { return !o.isEmpty(); }, false, false) << QStringList{u"missing_vary_origin:medium"_s};
    QTest::newRow("null in the list") << allowing(exactly({"https://app.example.com", "null"}))
                                      << QStringList{u"null_origin_trusted:high"_s};
    QTest::newRow("endsWith(example.com)") << allowing([](const QByteArray &o) { return o.endsWith("example.com"); })
                                           << QStringList{u"regex_suffix_flaw:high"_s, u"insecure_http_origin_trusted:high"_s};
    QTest::newRow("startsWith(https://app.example.com)")
        << allowing([](const QByteArray &o) { return o.startsWith("https://app.example.com"); }) << QStringList{u"regex_prefix_flaw:high"_s};
    QTest::newRow("a dot unescaped, without credentials")
        << allowing([](const QByteArray &o) { return QRegularExpression(u"^https://app.example\\.com$"_s).match(QString::fromLatin1(o)).hasMatch(); },
                    false)
        << QStringList{u"regex_unescaped_dot:medium"_s};
    QTest::newRow("http twin trusted") << allowing(exactly({"https://app.example.com", "http://app.example.com"}))
                                       << QStringList{u"insecure_http_origin_trusted:high"_s};
    QTest::newRow("wildcard with credentials") << ServerRule([](const QByteArray &, const QByteArray &method) {
        HeaderList headers{{"Access-Control-Allow-Origin", "*"}, {"Access-Control-Allow-Credentials", "true"}};
        if (method == "OPTIONS")
            headers.append("Access-Control-Allow-Headers", "content-type");
        return headers;
    }) << QStringList{u"wildcard_with_credentials:low"_s};
    QTest::newRow("allowlist without Vary") << allowing(exactly({"https://app.example.com"}), true, false)
                                            << QStringList{u"missing_vary_origin:medium"_s};
    QTest::newRow("preflight without Allow-Headers") << ServerRule([](const QByteArray &origin, const QByteArray &) {
        HeaderList headers{{"Vary", "Origin"}};
        if (origin == "https://app.example.com") {
            headers.append("Access-Control-Allow-Origin", origin);
            headers.append("Access-Control-Allow-Credentials", "true");
        }
        return headers;
    }) << QStringList{u"preflight_incomplete:low"_s};
    QTest::newRow("preflight answered without CORS") << ServerRule([](const QByteArray &origin, const QByteArray &method) {
        HeaderList headers{{"Vary", "Origin"}};
        if (origin == "https://app.example.com" && method != "OPTIONS") {
            headers.append("Access-Control-Allow-Origin", origin);
            headers.append("Access-Control-Allow-Credentials", "true");
        }
        return headers;
    }) << QStringList{u"preflight_not_handled:medium"_s};
}

void TestCorsAudit::findings()
{
    QFETCH(ServerRule, server);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const AuditFinding &finding : auditFindings(observe({kTrusted}, server), {kTrusted})) {
        actual.append(auditFindingClassName(finding.findingClass) + u':' + auditSeverityName(finding.severity));
        QVERIFY(!finding.url.isEmpty());
        QVERIFY(finding.evidence.status > 0);
    }
    actual.sort();
    expected.sort();
    QCOMPARE(actual.join(u", "_s), expected.join(u", "_s));
}

QTEST_GUILESS_MAIN(TestCorsAudit)
#include "tst_cors_audit.moc"
