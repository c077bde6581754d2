// The handout (core/handout): the parts of each scenario's section (title, triple, banner, steps with
// links, the SVG diagram with an arrow each way per exchange), escaping of hostile text, Russian, nothing
// loaded from elsewhere, several scenarios on one page.
#include "core/evaluation.h"
#include "core/explanation.h"
#include "core/handout.h"
#include "core/scenario.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace corslab;

namespace {

HandoutScenario lesson(const QString &name)
{
    const QString file = QStringLiteral(CORSLAB_LESSONS) + u'/' + name + u".cors.json"_s;
    const ScenarioLoad load = loadScenarioFile(file);
    if (!load.scenario)
        qFatal("%s does not load", qPrintable(file));
    return {name + u".cors.json"_s, *load.scenario, *evaluate(*load.scenario)};
}

int count(const QString &text, const QString &part)
{
    return int(text.count(part));
}

// The inline SVGs of a page, each parsed as XML: false when one is not well-formed.
QStringList svgs(const QString &html)
{
    QStringList found;
    static const QRegularExpression svg(u"<svg .*?</svg>"_s, QRegularExpression::DotMatchesEverythingOption);
    for (const QRegularExpressionMatch &match : svg.globalMatch(html))
        found << match.captured(0);
    return found;
}

bool wellFormed(const QString &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return !reader.hasError();
}

class RussianWords {
public:
    RussianWords()
    {
        if (m_translator.load(u":/i18n/corslab_ru.qm"_s))
            QCoreApplication::installTranslator(&m_translator);
    }
    ~RussianWords() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded() const { return !m_translator.isEmpty(); }

private:
    QTranslator m_translator;
};

} // namespace

class TestHandout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parts_data();
    void parts();
    void hostileTextStaysText();
    void nothingLoadedFromElsewhere();
    void severalScenariosOnePage();
    void russian();
    void statusText_data();
    void statusText();
};

void TestHandout::parts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("bannerClass");
    QTest::addColumn<int>("different");   // triple cells that differ from the page's

    QTest::newRow("same origin: every part equal") << u"01-same-origin-baseline"_s << u"allowed"_s << 0;
    QTest::newRow("the host differs, the site does not") << u"03-sop-host-differs"_s << u"blocked"_s << 1;
    QTest::newRow("the port differs") << u"04-sop-port-differs"_s << u"blocked"_s << 1;
    QTest::newRow("a preflight: two exchanges") << u"21-preflight-put"_s << u"allowed"_s << 1;
    QTest::newRow("a redirect: the hop has its own row") << u"32-redirect-tainted-origin"_s << u"blocked"_s << -1;
    QTest::newRow("no-cors: opaque") << u"35-no-cors-opaque-response"_s << u"opaque"_s << -1;
}

void TestHandout::parts()
{
    QFETCH(QString, name);
    QFETCH(QString, bannerClass);
    QFETCH(int, different);
    const HandoutScenario entry = lesson(name);
    const QString html = handoutHtml({entry}, u"en"_s);

    QVERIFY(html.startsWith("<!DOCTYPE html>"_L1));
    QVERIFY(html.contains(u"<title>"_s + escapeMarkup(entry.scenario.title) + u"</title>"_s));
    QVERIFY(html.contains(u"<h1>"_s + escapeMarkup(entry.scenario.title) + u"</h1>"_s));
    // The banner: the verdict's word and its error.
    QVERIFY2(html.contains(u"<div class=\"banner "_s + bannerClass + u"\"><p class=\"headline\">"_s + verdictSummary(entry.verdict)), qPrintable(name));
    if (entry.verdict.error)
        QVERIFY(html.contains(QString(corsErrorName(entry.verdict.error->error))));
    // The triple: the page's row, then one row per target, four parts each.
    QCOMPARE(count(html, u"<tr class=\"page\">"_s), 1);
    const int targets = 1 + int(std::count_if(entry.verdict.exchanges.begin(), entry.verdict.exchanges.end(),
                                              [](const Exchange &exchange) { return exchange.kind == Exchange::Kind::Redirect; }));
    QCOMPARE(count(html, u"<tr class=\"target\">"_s), targets);
    QCOMPARE(count(html, u"<td class=\"equal\">"_s) + count(html, u"<td class=\"different\">"_s), 4 * targets);
    if (different >= 0)
        QCOMPARE(count(html, u"<td class=\"different\">"_s), different);
    // The steps, each with its link to the standard.
    QCOMPARE(count(html, u"<li class=\"passed\">"_s) + count(html, u"<li class=\"failed\">"_s), entry.verdict.steps.size());
    QCOMPARE(count(html, u"<a class=\"spec\" href=\"https://"_s), entry.verdict.steps.size());
    // The diagram: an arrow there and one back per exchange, well-formed SVG.
    const QStringList diagrams = svgs(html);
    QCOMPARE(diagrams.size(), 1);
    QVERIFY(wellFormed(diagrams.first()));
    QVERIFY(!entry.verdict.exchanges.isEmpty());
    QCOMPARE(count(diagrams.first(), u"class=\"request-arrow\""_s), entry.verdict.exchanges.size());
    QCOMPARE(count(diagrams.first(), u"class=\"response-arrow\""_s), entry.verdict.exchanges.size());
    QVERIFY(diagrams.first().contains(diagramOutcome(entry.verdict)));
}

void TestHandout::hostileTextStaysText()
{
    HandoutScenario entry = lesson(u"03-sop-host-differs"_s);
    entry.scenario.title = u"<script>alert(1)</script> & \"quotes\""_s;
    entry.scenario.notes = u"</div><img src=x onerror=alert(2)>"_s;
    entry.file = u"<b>file</b>.cors.json"_s;
    entry.verdict.exchanges.first().requestHeaders.append("Origin", "\"><script>alert(3)</script>");
    entry.verdict.exchanges.first().url = u"https://example.com/a?<svg onload=alert(4)>"_s;
    const QString html = handoutHtml({entry}, u"en"_s);
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"<img"_s));
    QVERIFY(!html.contains(u"<b>"_s));
    QVERIFY(!html.contains(u"<svg onload"_s));
    QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"_s));
    QVERIFY(html.contains(u"&lt;/div&gt;&lt;img src=x onerror=alert(2)&gt;"_s));
    const QStringList diagrams = svgs(html);
    QCOMPARE(diagrams.size(), 1);
    QVERIFY(wellFormed(diagrams.first()));
    QVERIFY(diagrams.first().contains(u"&lt;script&gt;alert(3)&lt;/script&gt;"_s));
    // A control character cannot break the SVG's XML.
    entry.verdict.exchanges.first().url = u"https://example.com/\u0001"_s;
    QVERIFY(wellFormed(svgs(handoutHtml({entry}, u"en"_s)).first()));
}

void TestHandout::nothingLoadedFromElsewhere()
{
    const QString html = handoutHtml({lesson(u"21-preflight-put"_s), lesson(u"45-clickjacking-frame-ancestors"_s)}, u"en"_s);
    for (const QString &loader : {u"<script"_s, u"<link"_s, u"<img"_s, u"<iframe"_s, u"<object"_s, u"<embed"_s, u"@import"_s, u"url("_s, u"src="_s})
        QVERIFY2(!html.contains(loader, Qt::CaseInsensitive), qPrintable(loader));
    // Every href is an <a>'s: to a section of the page or to a standard.
    static const QRegularExpression href(u"<(\\w+)[^>]*\\shref=\"([^\"]*)\""_s);
    int links = 0;
    for (const QRegularExpressionMatch &match : href.globalMatch(html)) {
        QCOMPARE(match.captured(1), u"a"_s);
        QVERIFY2(match.captured(2).startsWith("#scenario-"_L1) || match.captured(2).startsWith("https://"_L1), qPrintable(match.captured(2)));
        ++links;
    }
    QVERIFY(links > 2);
    QVERIFY(html.contains(u"Content-Security-Policy\" content=\"default-src 'none'"_s));
}

void TestHandout::severalScenariosOnePage()
{
    const QList<HandoutScenario> scenarios{lesson(u"01-same-origin-baseline"_s), lesson(u"02-sop-scheme-differs"_s),
                                           lesson(u"03-sop-host-differs"_s)};
    const QString html = handoutHtml(scenarios, u"en"_s);
    QCOMPARE(count(html, u"<!DOCTYPE html>"_s), 1);
    QCOMPARE(count(html, u"<section class=\"scenario\""_s), 3);
    QCOMPARE(count(html, u"<nav>"_s), 1);
    QCOMPARE(svgs(html).size(), 3);
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(html.contains(u"<li><a href=\"#scenario-%1\">"_s.arg(i)));
        QVERIFY(html.contains(u"id=\"scenario-%1\""_s.arg(i)));
        QVERIFY(html.contains(u"<h2>%1. "_s.arg(i) + escapeMarkup(scenarios.at(i - 1).scenario.title)));
    }
    QVERIFY(html.contains(u"<title>"_s + handoutWords().title + u"</title>"_s));
}

void TestHandout::russian()
{
    const RussianWords russian;
    QVERIFY(russian.loaded());
    const HandoutScenario entry = lesson(u"03-sop-host-differs"_s);
    const QString html = handoutHtml({entry}, u"ru"_s);
    QVERIFY(html.contains(u"<html lang=\"ru\">"_s));
    // The lesson's own Russian title and notes, and core's words in Russian.
    QVERIFY(html.contains(u"Политика одного источника: отличается только хост"_s));
    QVERIFY(html.contains(u"родительский домен"_s));
    QVERIFY(html.contains(u"Заблокировано"_s));
    QVERIFY(!html.contains(u"<p class=\"headline\">Blocked"_s));
    QVERIFY(html.contains(u"Сервер"_s));
    QVERIFY(html.contains(u"другой источник"_s) || html.contains(u"другого источника"_s));
}

void TestHandout::statusText_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");
    QTest::newRow("ok") << 200 << u"200 OK"_s;
    QTest::newRow("a redirect") << 307 << u"307 Temporary Redirect"_s;
    QTest::newRow("a status without a phrase here") << 299 << u"299"_s;
    QTest::newRow("no response") << 0 << QString();
}

void TestHandout::statusText()
{
    QFETCH(int, status);
    QFETCH(QString, text);
    QCOMPARE(corslab::statusText(status), text);
}

QTEST_GUILESS_MAIN(TestHandout)
#include "tst_handout.moc"
