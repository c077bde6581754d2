// Every tag at once: the scenario's request made by each via. rewrite_data pins how a request is
// rewritten for a via, everyVariantIsValid that each lesson's and golden's variants stay valid; rows_data
// runs the engine on lesson 11 and a few servers, one row per via checked for sent, loaded, readable and
// the error; order checks the grouping write, embed, read.
#include "core/access_matrix.h"
#include "core/cors_error.h"
#include "core/fetch_engine.h"
#include "core/scenario.h"
#include <QDir>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace corslab;

Q_DECLARE_METATYPE(corslab::Scenario)
Q_DECLARE_METATYPE(corslab::RequestVariant)
Q_DECLARE_METATYPE(corslab::AccessCategory)

namespace {

const DecideFunction kEngine = [](const Scenario &variant) { return decide(variant); };

Scenario load(const QString &path)
{
    const ScenarioLoad loaded = loadScenarioFile(path);
    return loaded.scenario.value_or(Scenario{});
}

Scenario lesson(const char *name) { return load(QStringLiteral(CORSLAB_LESSONS "/") + QLatin1StringView(name)); }

// https://app.example.com's page asking https://cdn.example.net/logo.png, answered with `headers`.
Scenario imageServer(const HeaderList &headers)
{
    Scenario scenario;
    scenario.page = u"https://app.example.com/"_s;
    scenario.request.via = Via::Img;
    scenario.request.url = u"https://cdn.example.net/logo.png"_s;
    ServerRoute route;
    route.url = scenario.request.url;
    route.headers = HeaderList{{"Content-Type", "image/png"}};
    for (const Header &header : headers.entries())
        route.headers.append(header.name, header.value);
    route.body = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    scenario.server << route;
    return scenario;
}

const AccessMatrixRow *rowFor(const QList<AccessMatrixRow> &rows, const RequestVariant &variant)
{
    const auto found = std::find_if(rows.begin(), rows.end(), [&](const AccessMatrixRow &row) { return row.variant == variant; });
    return found == rows.end() ? nullptr : &*found;
}

constexpr auto kAnonymous = CrossOriginAttribute::Anonymous;
constexpr auto kUseCredentials = CrossOriginAttribute::UseCredentials;

} // namespace

class TestAccessMatrix : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void variants();
    void rewrite_data();
    void rewrite();
    void rows_data();
    void rows();
    void order();
    void everyVariantIsValid();
};

// Eighteen ways, each once; the font without crossorigin (it is always CORS).
void TestAccessMatrix::variants()
{
    const QList<RequestVariant> all = allRequestVariants();
    QCOMPARE(all.size(), 18);
    for (const RequestVariant &variant : all) {
        QCOMPARE(all.count(variant), 1);
        if (variant.crossorigin)
            QVERIFY(viaTakesCrossOrigin(variant.via));
    }
    QVERIFY(all.contains(RequestVariant{Via::Font, {}}));
}

void TestAccessMatrix::rewrite_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<RequestVariant>("variant");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("headers");
    QTest::addColumn<bool>("body");
    QTest::addColumn<bool>("credentials");

    Scenario put = lesson("21-preflight-put.cors.json");
    put.request.headers.append("X-Trace", "1");
    put.request.body = QByteArray("{}");
    put.request.credentials = CredentialsMode::Include;
    QTest::newRow("a PUT with a header: the img is a bare GET") << put << RequestVariant{Via::Img, kAnonymous} << QByteArray("GET") << 0 << false << false;
    QTest::newRow("a PUT as a form: POST with the body, no headers") << put << RequestVariant{Via::Form, {}} << QByteArray("POST") << 0 << true << false;
    QTest::newRow("a PUT as XHR: everything kept") << put << RequestVariant{Via::Xhr, {}} << QByteArray("PUT") << int(put.request.headers.size()) << true << true;
    Scenario omit = put;
    omit.request.credentials = CredentialsMode::Omit;
    QTest::newRow("fetch's omit has no XHR twin") << omit << RequestVariant{Via::Xhr, {}} << QByteArray("PUT") << int(put.request.headers.size()) << true << false;
}

void TestAccessMatrix::rewrite()
{
    QFETCH(Scenario, scenario);
    QFETCH(RequestVariant, variant);
    const Scenario rewritten = scenarioForVariant(scenario, variant);
    QCOMPARE(rewritten.request.via, variant.via);
    QCOMPARE(rewritten.request.crossorigin, variant.crossorigin);
    QTEST(rewritten.request.method, "method");
    QTEST(int(rewritten.request.headers.size()), "headers");
    QTEST(rewritten.request.body.has_value(), "body");
    QTEST(rewritten.request.credentials.has_value(), "credentials");
    QCOMPARE(rewritten.request.url, scenario.request.url);
    QCOMPARE(rewritten.server, scenario.server);
    QVERIFY2(validateScenario(rewritten).isEmpty(), qPrintable(validateScenario(rewritten).value(0).toString()));
    // The scenario's own variant is the scenario.
    QCOMPARE(scenarioForVariant(scenario, requestVariant(scenario.request)), scenario);
}

void TestAccessMatrix::rows_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<RequestVariant>("variant");
    QTest::addColumn<AccessCategory>("category");
    QTest::addColumn<bool>("sent");
    QTest::addColumn<bool>("loaded");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QString>("error");

    const Scenario allowed = lesson("11-read-fetch-allowed.cors.json");
    QTest::newRow("lesson 11: fetch reads it") << allowed << RequestVariant{Via::Fetch, {}} << AccessCategory::Read << true << true << true << QString();
    QTest::newRow("lesson 11: XHR reads it") << allowed << RequestVariant{Via::Xhr, {}} << AccessCategory::Read << true << true << true << QString();
    QTest::newRow("lesson 11: a form writes it") << allowed << RequestVariant{Via::Form, {}} << AccessCategory::Write << true << true << false << QString();
    QTest::newRow("lesson 11: a link navigates to it") << allowed << RequestVariant{Via::Navigate, {}} << AccessCategory::Write << true << true << false << QString();
    QTest::newRow("lesson 11: use-credentials without Allow-Credentials")
        << allowed << RequestVariant{Via::Script, kUseCredentials} << AccessCategory::Read << true << false << false << u"InvalidAllowCredentials"_s;

    const Scenario bare = imageServer({});
    QTest::newRow("no ACAO: img embeds it") << bare << RequestVariant{Via::Img, {}} << AccessCategory::Embed << true << true << false << QString();
    QTest::newRow("no ACAO: img crossorigin fails the CORS check")
        << bare << RequestVariant{Via::Img, kAnonymous} << AccessCategory::Read << true << false << false << u"MissingAllowOriginHeader"_s;
    QTest::newRow("no ACAO: a font is always CORS") << bare << RequestVariant{Via::Font, {}} << AccessCategory::Read << true << false << false << u"MissingAllowOriginHeader"_s;
    QTest::newRow("no ACAO: fetch is sent, not readable") << bare << RequestVariant{Via::Fetch, {}} << AccessCategory::Read << true << false << false << u"MissingAllowOriginHeader"_s;
    QTest::newRow("no ACAO: a frame shows it") << bare << RequestVariant{Via::Iframe, {}} << AccessCategory::Embed << true << true << false << QString();

    const Scenario corp = imageServer({{"Cross-Origin-Resource-Policy", "same-origin"}, {"Access-Control-Allow-Origin", "*"}});
    QTest::newRow("CORP same-origin: img refused") << corp << RequestVariant{Via::Img, {}} << AccessCategory::Embed << true << false << false << u"CorpNotSameOrigin"_s;
    QTest::newRow("CORP same-origin: img crossorigin reads it by CORS")
        << corp << RequestVariant{Via::Img, kAnonymous} << AccessCategory::Read << true << true << true << QString();
    QTest::newRow("CORP same-origin: fetch reads it by CORS") << corp << RequestVariant{Via::Fetch, {}} << AccessCategory::Read << true << true << true << QString();
    QTest::newRow("CORP with ACAO *: use-credentials refuses the wildcard")
        << corp << RequestVariant{Via::Media, kUseCredentials} << AccessCategory::Read << true << false << false << u"WildcardOriginNotAllowed"_s;
}

void TestAccessMatrix::rows()
{
    QFETCH(Scenario, scenario);
    QFETCH(RequestVariant, variant);
    const std::optional<QList<AccessMatrixRow>> rows = accessMatrix(scenario, kEngine);
    QVERIFY(rows);
    QCOMPARE(rows->size(), allRequestVariants().size());
    const AccessMatrixRow *row = rowFor(*rows, variant);
    QVERIFY(row);
    QTEST(row->category, "category");
    QTEST(row->verdict.sent, "sent");
    QTEST(loaded(row->verdict), "loaded");
    QTEST(row->verdict.readable, "readable");
    QTEST(row->verdict.error ? QString(corsErrorName(row->verdict.error->error)) : QString(), "error");
    QCOMPARE(row->current, variant == requestVariant(scenario.request));
    QCOMPARE(row->scenario.request.via, variant.via);
}

// Grouped write, embed, read; exactly one row is the scenario's own request.
void TestAccessMatrix::order()
{
    const std::optional<QList<AccessMatrixRow>> rows = accessMatrix(lesson("11-read-fetch-allowed.cors.json"), kEngine);
    QVERIFY(rows);
    QVERIFY(std::is_sorted(rows->begin(), rows->end(), [](const AccessMatrixRow &a, const AccessMatrixRow &b) { return a.category < b.category; }));
    QCOMPARE(rows->first().variant.via, Via::Form);
    QCOMPARE(rows->last().variant.via, Via::Xhr);
    QCOMPARE(std::count_if(rows->begin(), rows->end(), [](const AccessMatrixRow &row) { return row.current; }), 1);
    QVERIFY(!accessMatrix(Scenario{}, kEngine));
}

// Every variant of every lesson and golden is a scenario the format accepts and the engine decides.
void TestAccessMatrix::everyVariantIsValid()
{
    QStringList files;
    for (const QString &folder : {QStringLiteral(CORSLAB_LESSONS), QStringLiteral(CORSLAB_TEST_DATA "/golden")}) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({u"*.cors.json"_s}, QDir::Files))
            files << dir.filePath(name);
    }
    QVERIFY(files.size() > 600);
    for (const QString &file : files) {
        const Scenario scenario = load(file);
        if (!validateScenario(scenario).isEmpty())
            continue;   // a lesson that teaches a broken scenario
        for (const RequestVariant &variant : allRequestVariants()) {
            const Scenario rewritten = scenarioForVariant(scenario, variant);
            const QList<ScenarioError> errors = validateScenario(rewritten);
            QVERIFY2(errors.isEmpty(), qPrintable(file + u": "_s + QString(viaName(variant.via)) + u": "_s + errors.value(0).toString()));
        }
        QVERIFY2(accessMatrix(scenario, kEngine), qPrintable(file));
    }
}

QTEST_GUILESS_MAIN(TestAccessMatrix)
#include "tst_access_matrix.moc"
