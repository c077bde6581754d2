// core/wire_headers against what Chromium 156 put on the wire (tests/data/wire-headers.json): a
// preflight header for header in Chromium's order, every other request with the same headers.
#include "core/evaluation.h"
#include "core/wire_headers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

QStringList lines(const HeaderList &headers)
{
    QStringList result;
    for (const Header &header : headers.entries())
        result.append(QString::fromLatin1(header.name.toLower()) + u": "_s + QString::fromLatin1(header.value));
    return result;
}

QJsonObject wireData()
{
    QFile file(QStringLiteral(CORSLAB_TEST_DATA "/wire-headers.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestWireHeaders : public QObject {
    Q_OBJECT

private slots:
    void chromium156_data();
    void chromium156();
    void referrerPolicy_data();
    void referrerPolicy();
};

void TestWireHeaders::chromium156_data()
{
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<bool>("preflight");
    QTest::addColumn<QStringList>("expected");
    const QJsonObject data = wireData();
    QVERIFY(!data.value(u"source"_s).toString().isEmpty());
    for (const QJsonValue &value : data.value(u"cases"_s).toArray()) {
        const QJsonObject item = value.toObject();
        QStringList expected;
        for (const QJsonValue &pair : item.value(u"headers"_s).toArray())
            expected.append(pair[0].toString().toLower() + u": "_s + pair[1].toString());
        QTest::newRow(qPrintable(item.value(u"name"_s).toString()))
            << item.value(u"request"_s).toObject() << (item.value(u"kind"_s).toString() == "preflight"_L1) << expected;
    }
}

void TestWireHeaders::chromium156()
{
    QFETCH(QJsonObject, request);
    QFETCH(bool, preflight);
    QFETCH(QStringList, expected);
    const QString url = request.value(u"url"_s).toString();
    // A server that allows it all, so every exchange Chromium made happens here too.
    const QJsonObject route{{u"method"_s, u"*"_s}, {u"url"_s, url}, {u"status"_s, 200},
                            {u"headers"_s, QJsonArray{QJsonArray{u"Access-Control-Allow-Origin"_s, u"http://127.0.0.1:18089"_s},
                                                      QJsonArray{u"Access-Control-Allow-Credentials"_s, u"true"_s},
                                                      QJsonArray{u"Access-Control-Allow-Methods"_s, u"PUT"_s},
                                                      QJsonArray{u"Access-Control-Allow-Headers"_s, u"content-type, x-trace"_s},
                                                      QJsonArray{u"Content-Type"_s, u"application/json"_s}}}};
    const QJsonObject document{{u"format"_s, u"corslab-scenario/1"_s}, {u"page"_s, wireData().value(u"page"_s)},
                               {u"request"_s, request}, {u"server"_s, QJsonArray{route}}};
    const ScenarioLoad load = parseScenario(QJsonDocument(document).toJson(), u"wire"_s);
    QVERIFY(load.scenario);
    const std::optional<Verdict> verdict = evaluate(*load.scenario);
    QVERIFY(verdict);
    qsizetype index = -1;
    for (qsizetype i = 0; i < verdict->exchanges.size(); ++i) {
        if ((verdict->exchanges.at(i).kind == Exchange::Kind::Preflight) == preflight)
            index = i;
    }
    QVERIFY(index >= 0);
    QStringList actual = lines(wireRequestHeaders(*load.scenario, *verdict, index, {"corslab=1"}));
    if (!preflight) {
        // The order of a request's headers decides nothing; the preflight's is compared as it is.
        actual.sort();
        expected.sort();
    }
    QCOMPARE(actual.join(u'\n'), expected.join(u'\n'));
}

void TestWireHeaders::referrerPolicy_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");   // empty: no Referer
    QTest::newRow("same origin: the whole URL, no fragment") << u"https://a.test/p?q=1#f"_s << u"https://a.test/api"_s
                                                             << u"https://a.test/p?q=1"_s;
    QTest::newRow("cross origin: the origin") << u"https://a.test/p?q=1"_s << u"https://b.test/api"_s << u"https://a.test/"_s;
    QTest::newRow("https to http: nothing") << u"https://a.test/p"_s << u"http://b.test/api"_s << QString();
    // Chromium compares cryptographic schemes (net's ComputeReferrerForPolicy): a loopback host is no
    // exception (seen in Chromium 156 for http://localhost, golden fetch-metadata-https-page-http-localhost).
    QTest::newRow("https to http loopback: nothing") << u"https://a.test/p"_s << u"http://127.0.0.1:8080/api"_s << QString();
}

// https://w3c.github.io/webappsec-referrer-policy/#referrer-policy-strict-origin-when-cross-origin
void TestWireHeaders::referrerPolicy()
{
    QFETCH(QString, page);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    Scenario scenario;
    scenario.page = page;
    scenario.request.via = Via::Navigate;   // a top-level navigation: no mixed-content block
    scenario.request.url = url;
    ServerRoute route;
    route.url = url;
    scenario.server.append(route);
    const std::optional<Verdict> verdict = evaluate(scenario);
    QVERIFY(verdict && !verdict->exchanges.isEmpty());
    const HeaderList headers = wireRequestHeaders(scenario, *verdict, 0);
    QCOMPARE(QString::fromLatin1(headers.get("referer").value_or(QByteArray())), expected);
}

QTEST_GUILESS_MAIN(TestWireHeaders)
#include "tst_wire_headers.moc"
