#include "core/handout.h"

#include "core/cors_error.h"
#include "core/explanation.h"
#include "core/origin.h"
#include "core/origin_comparison.h"
#include "core/url.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

// The diagram's colours (ui/widgets/sequence_diagram.cpp, ui/models/result_icons.h): dark on white.
constexpr auto kInk = "#212121"_L1;
constexpr auto kHeaderInk = "#37474f"_L1;
constexpr auto kLaneFill = "#eceff1"_L1;
constexpr auto kLaneBorder = "#455a64"_L1;
constexpr auto kLifeline = "#78909c"_L1;
constexpr auto kRequestColor = "#1565c0"_L1;
constexpr auto kPreflightColor = "#6a1b9a"_L1;
constexpr auto kNoResponseColor = "#757575"_L1;
constexpr auto kPassColor = "#1b7f2a"_L1;
constexpr auto kFailColor = "#c62828"_L1;
constexpr auto kWarnColor = "#b25e00"_L1;
constexpr auto kWarnFill = "#ffb300"_L1;

// The layout in pixels, as the widget's; text widths are estimated per character (no font metrics in core).
constexpr int kMargin = 20;
constexpr int kLaneBoxWidth = 220;
constexpr int kMinWidth = 760;
constexpr int kMaxWidth = 1400;
constexpr int kHeadHeight = 62;
constexpr int kLabelLine = 21;    // 16 px bold sans
constexpr int kMonoLine = 18;     // 14 px monospace
constexpr int kArrowGap = 6;
constexpr int kAfterArrow = 14;
constexpr int kBetweenExchanges = 18;
constexpr int kMarkRadius = 15;
constexpr double kLabelCharWidth = 9.6;
constexpr double kMonoCharWidth = 8.5;
constexpr double kSmallCharWidth = 7.6;

bool mattersInRequest(QByteArrayView name)
{
    return isByteCaseInsensitiveMatch(name, "Origin")
           || (name.size() > 23 && isByteCaseInsensitiveMatch(name.first(23), "Access-Control-Request-"));
}

bool mattersInResponse(QByteArrayView name)
{
    return isByteCaseInsensitiveMatch(name, "Location")
           || (name.size() > 15 && isByteCaseInsensitiveMatch(name.first(15), "Access-Control-"));
}

QStringList headerLines(const HeaderList &headers, bool (*matters)(QByteArrayView))
{
    QStringList lines;
    for (const Header &header : headers.entries()) {
        if (matters(header.name))
            lines << QString::fromLatin1(header.name) + u": "_s + QString::fromLatin1(header.value);
    }
    return lines;
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

// `text` cut to what `width` pixels hold at `charWidth` per character, with an ellipsis.
QString elided(const QString &text, double width, double charWidth)
{
    const qsizetype fits = std::max<qsizetype>(4, qsizetype(width / charWidth));
    return text.size() <= fits ? text : text.left(fits - 1) + u'…';
}

QString serializedOrigin(const QString &url)
{
    const std::optional<Url> parsed = parseUrlOrNull(url);
    if (!parsed)
        return {};
    const Origin origin = Origin::fromUrl(*parsed);
    return origin.isOpaque() ? QString() : origin.serialize();
}

// The URL as an arrow names it: the path (and query) on the lane's server, the whole URL elsewhere.
QString urlLabel(const QString &url, const QString &laneOrigin)
{
    if (laneOrigin.isEmpty() || serializedOrigin(url) != laneOrigin)
        return url.section(u'#', 0, 0);
    const QString rest = url.mid(laneOrigin.size()).section(u'#', 0, 0);
    return rest.isEmpty() ? u"/"_s : rest;
}

// An SVG <text> line; `attributes` go on the element as they are.
QString svgText(double x, double y, const QString &cssClass, QLatin1StringView fill, const QString &text, const QString &attributes = {})
{
    return u"<text x=\"%1\" y=\"%2\" class=\"%3\" fill=\"%4\"%5>%6</text>\n"_s.arg(number(x), number(y), cssClass, fill, attributes,
                                                                                  escapeMarkup(text));
}

QString svgArrow(double fromX, double toX, double y, QLatin1StringView color, bool dashed, const QString &cssClass)
{
    const double direction = toX > fromX ? 1.0 : -1.0;
    const double neck = toX - direction * 14;
    return u"<g class=\"%1\"><line x1=\"%2\" y1=\"%3\" x2=\"%4\" y2=\"%3\" stroke=\"%5\" stroke-width=\"3\"%6/>"
           "<polygon points=\"%7,%3 %4,%8 %4,%9\" fill=\"%5\"/></g>\n"_s
        .arg(cssClass, number(fromX), number(y), number(neck), color,
             dashed ? u" stroke-dasharray=\"9 6\""_s : QString(), number(toX), number(y - 7), number(y + 7));
}

QString svgLaneHead(double centerX, double top, int laneBox, const QString &title, const QString &subtitle)
{
    QString svg = u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"6\" fill=\"%5\" stroke=\"%6\" stroke-width=\"2\"/>\n"_s
                      .arg(number(centerX - laneBox / 2.0), number(top), QString::number(laneBox), QString::number(kHeadHeight),
                           kLaneFill, kLaneBorder);
    svg += svgText(centerX, top + 26, u"title"_s, kInk, title, u" text-anchor=\"middle\""_s);
    svg += svgText(centerX, top + 48, u"small"_s, kHeaderInk, elided(subtitle, laneBox - 8, kSmallCharWidth), u" text-anchor=\"middle\""_s);
    return svg;
}

// The outcome's mark: a stop sign when blocked, a check when the page gets what it asked for, a bar when opaque.
QString svgOutcomeMark(double x, double y, const Verdict &verdict)
{
    if (verdict.blocked) {
        QStringList points;
        for (int i = 0; i < 8; ++i) {
            const double angle = M_PI / 8 + i * M_PI / 4;
            points << number(x + std::cos(angle) * kMarkRadius * 1.1) + u',' + number(y + std::sin(angle) * kMarkRadius * 1.1);
        }
        return u"<polygon class=\"stop\" points=\"%1\" fill=\"%2\" stroke=\"#fff\" stroke-width=\"2\"/>"
               "<rect x=\"%3\" y=\"%4\" width=\"%5\" height=\"5\" fill=\"#fff\"/>\n"_s
            .arg(points.join(u' '), kFailColor, number(x - kMarkRadius * 0.6), number(y - 2.5), number(kMarkRadius * 1.2));
    }
    const bool opaque = verdict.category == AccessCategory::Read && !verdict.readable;
    const QString circle = u"<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\"/>"_s.arg(number(x), number(y), QString::number(kMarkRadius),
                                                                                       opaque ? kWarnFill : kPassColor);
    if (opaque)
        return circle + u"<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#000\" stroke-width=\"3.5\" stroke-linecap=\"round\"/>\n"_s
                            .arg(number(x - 7), number(y), number(x + 7));
    return circle + u"<path d=\"M%1 %2 L%3 %4 L%5 %6\" fill=\"none\" stroke=\"#fff\" stroke-width=\"3.5\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n"_s
                        .arg(number(x - 7), number(y), number(x - 2), number(y + 6), number(x + 7), number(y - 6));
}

QLatin1StringView outcomeColor(const Verdict &verdict)
{
    if (verdict.blocked)
        return kFailColor;
    return verdict.category == AccessCategory::Read && !verdict.readable ? kWarnColor : kPassColor;
}

QLatin1StringView statusColor(int status)
{
    return status == 0 ? kNoResponseColor : status >= 400 ? kFailColor : status >= 300 ? kWarnColor : kPassColor;
}

// The error as the banner and the diagram name it: "PreflightMissingAllowOriginHeader: PUT".
QString errorLine(const Verdict &verdict)
{
    if (!verdict.error)
        return {};
    QString text = QString(corsErrorName(verdict.error->error));
    if (!verdict.error->failedParameter.isEmpty())
        text += u": "_s + QString::fromUtf8(verdict.error->failedParameter);
    return text;
}

int diagramWidth(const Verdict &verdict)
{
    double widest = 0;
    for (const Exchange &exchange : verdict.exchanges) {
        widest = std::max(widest, exchange.url.size() * kLabelCharWidth + 160);
        for (const QString &line : corsRequestHeaderLines(exchange.requestHeaders) + corsResponseHeaderLines(exchange.responseHeaders))
            widest = std::max(widest, line.size() * kMonoCharWidth);
    }
    return std::clamp(int(widest) + 40 + kLaneBoxWidth + 2 * kMargin, kMinWidth, kMaxWidth);
}

} // namespace

QStringList corsRequestHeaderLines(const HeaderList &headers)
{
    return headerLines(headers, mattersInRequest);
}

QStringList corsResponseHeaderLines(const HeaderList &headers)
{
    return headerLines(headers, mattersInResponse);
}

QString statusText(int status)
{
    if (status == 0)
        return {};
    static const QHash<int, QString> phrases = {
        {200, u"OK"_s}, {201, u"Created"_s}, {204, u"No Content"_s}, {206, u"Partial Content"_s},
        {301, u"Moved Permanently"_s}, {302, u"Found"_s}, {303, u"See Other"_s}, {304, u"Not Modified"_s},
        {307, u"Temporary Redirect"_s}, {308, u"Permanent Redirect"_s}, {400, u"Bad Request"_s}, {401, u"Unauthorized"_s},
        {403, u"Forbidden"_s}, {404, u"Not Found"_s}, {405, u"Method Not Allowed"_s}, {500, u"Internal Server Error"_s},
        {502, u"Bad Gateway"_s}, {503, u"Service Unavailable"_s}};
    return (QString::number(status) + u' ' + phrases.value(status)).trimmed();
}

QString escapeMarkup(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': escaped += u"&amp;"_s; break;
        case '<': escaped += u"&lt;"_s; break;
        case '>': escaped += u"&gt;"_s; break;
        case '"': escaped += u"&quot;"_s; break;
        case '\'': escaped += u"&#39;"_s; break;
        default:
            // Controls other than tab and newline are not allowed in XML text: shown as U+FFFD.
            escaped += c.unicode() < 0x20 && c != u'\t' && c != u'\n' ? QChar(QChar::ReplacementCharacter) : c;
        }
    }
    return escaped;
}

QString sequenceDiagramSvg(const Verdict &verdict)
{
    const HandoutWords words = handoutWords();
    const int width = diagramWidth(verdict);
    const int laneBox = std::min(kLaneBoxWidth, (width - 2 * kMargin) / 3);
    const double pageX = kMargin + laneBox / 2.0;
    const double serverX = width - kMargin - laneBox / 2.0;
    const double textLeft = pageX + 16;
    const double textWidth = std::max(40.0, serverX - 16 - textLeft);
    const QString serverOrigin = verdict.exchanges.isEmpty() ? QString() : serializedOrigin(verdict.exchanges.first().url);

    QString body = svgLaneHead(pageX, kMargin, laneBox, words.page, verdict.origin.isEmpty() ? words.noOrigin : verdict.origin);
    body += svgLaneHead(serverX, kMargin, laneBox, words.server, serverOrigin.isEmpty() ? words.nothingSent : serverOrigin);
    double y = kMargin + kHeadHeight + 16;
    // One line at y (its top), moving y down.
    const auto line = [&](const QString &text, const QString &cssClass, QLatin1StringView fill, double left, int lineHeight, double charWidth) {
        body += svgText(left, y + lineHeight - 5, cssClass, fill, elided(text, textWidth - (left - textLeft), charWidth));
        y += lineHeight;
    };
    for (qsizetype i = 0; i < verdict.exchanges.size(); ++i) {
        const Exchange &exchange = verdict.exchanges.at(i);
        const QLatin1StringView kindColor = exchange.kind == Exchange::Kind::Preflight ? kPreflightColor : kRequestColor;
        const QString prefix = u"%1. %2  "_s.arg(i + 1).arg(exchangeKindWords(exchange.kind));
        const QString target = QString::fromLatin1(exchange.method) + u' ' + urlLabel(exchange.url, serverOrigin);
        body += u"<text x=\"%1\" y=\"%2\" class=\"label\"><tspan fill=\"%3\">%4</tspan><tspan fill=\"%5\">%6</tspan></text>\n"_s
                    .arg(number(textLeft), number(y + kLabelLine - 5), kindColor, escapeMarkup(prefix), kInk,
                         escapeMarkup(elided(target, textWidth - prefix.size() * kLabelCharWidth, kLabelCharWidth)));
        y += kLabelLine;
        for (const QString &header : corsRequestHeaderLines(exchange.requestHeaders))
            line(header, u"mono"_s, kHeaderInk, textLeft + 12, kMonoLine, kMonoCharWidth);
        if (const QString credentials = exchangeCredentialsNote(exchange); !credentials.isEmpty())
            line(credentials, u"small"_s, kHeaderInk, textLeft + 12, kMonoLine, kSmallCharWidth);
        y += kArrowGap;
        body += svgArrow(pageX, serverX, y, kindColor, false, u"request-arrow"_s);
        y += kAfterArrow;
        line(exchange.status == 0 ? noResponseWords() : statusText(exchange.status), u"label"_s, statusColor(exchange.status), textLeft,
             kLabelLine, kLabelCharWidth);
        for (const QString &header : corsResponseHeaderLines(exchange.responseHeaders))
            line(header, u"mono"_s, kHeaderInk, textLeft + 12, kMonoLine, kMonoCharWidth);
        y += kArrowGap;
        body += svgArrow(serverX, pageX, y, statusColor(exchange.status), exchange.status == 0, u"response-arrow"_s);
        y += kAfterArrow + kBetweenExchanges;
    }
    // The outcome: where the browser stopped, or what the page got.
    const double markTop = y;
    body += svgOutcomeMark(pageX, markTop + kMarkRadius, verdict);
    const double outcomeLeft = pageX + kMarkRadius + 12;
    body += svgText(outcomeLeft, markTop + kMarkRadius + 6, u"label"_s, outcomeColor(verdict), diagramOutcome(verdict));
    if (const QString error = errorLine(verdict); !error.isEmpty())
        body += svgText(outcomeLeft, markTop + kMarkRadius + 6 + kMonoLine, u"small"_s, kHeaderInk, error);
    y = markTop + 2 * kMarkRadius + (verdict.error ? kMonoLine : 0) + 8;
    const int height = int(y) + kMargin;

    const double lifelineTop = kMargin + kHeadHeight;
    QString lifelines;
    for (const double x : {pageX, serverX})
        lifelines += u"<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"%4\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/>\n"_s.arg(
            number(x), number(lifelineTop), QString::number(height - kMargin), kLifeline);
    return u"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" role=\"img\" aria-label=\"%3\">\n"
           // Scoped to the diagram: inline in HTML, an SVG's <style> applies to the whole page.
           "<style>.diagram text{font-family:'DejaVu Sans',Arial,sans-serif}.diagram .title{font-size:19px;font-weight:bold}"
           ".diagram .label{font-size:16px;font-weight:bold}.diagram .small{font-size:14px}"
           ".diagram .mono{font-family:'DejaVu Sans Mono','Liberation Mono',Menlo,Consolas,monospace;font-size:14px}</style>\n"
           "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n"_s
               .arg(QString::number(width), QString::number(height), escapeMarkup(words.diagram + u": "_s + diagramOutcome(verdict)))
           + lifelines + body + u"</svg>\n"_s;
}

namespace {

constexpr auto kStyle = R"(
body{font-family:'DejaVu Sans',Arial,sans-serif;color:#212121;max-width:1100px;margin:2em auto;padding:0 1em;line-height:1.45}
h1{font-size:1.9em;margin-bottom:.2em}h2{border-top:2px solid #cfd8dc;padding-top:.8em;margin-top:2em}h3{margin-bottom:.3em}
.file{color:#607d8b;font-size:.9em;margin-top:0}.notes{background:#f5f7f8;border-left:4px solid #90a4ae;padding:.4em 1em}
dl.request{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dl.request dt{font-weight:bold}dl.request dd{margin:0}
code,.mono{font-family:'DejaVu Sans Mono','Liberation Mono',Menlo,Consolas,monospace;font-size:.92em;overflow-wrap:anywhere}
.banner{border-radius:8px;padding:.6em 1.2em;margin:1em 0}.banner .headline{font-size:2em;font-weight:bold;margin:0}
.banner p{margin:.2em 0}.banner.blocked{background:#c62828;color:#fff}.banner.allowed{background:#1b7f2a;color:#fff}
.banner.opaque{background:#ffb300;color:#000}.banner .console{font-size:.9em;opacity:.95}
table.triple{border-collapse:collapse;margin:.5em 0}table.triple th,table.triple td{border:1px solid #b0bec5;padding:.3em .7em;text-align:left}
table.triple thead th{background:#eceff1}td.equal{background:#e8f5e9}td.different{background:#ffebee}
td .mark{font-size:.85em;color:#455a64;display:block}td.relation{font-weight:bold}
figure{margin:0;overflow-x:auto}figure svg{max-width:100%;height:auto;border:1px solid #cfd8dc}
ol.steps{padding-left:1.5em}ol.steps li{margin:.25em 0}li.passed::marker{color:#1b7f2a}li.failed::marker{color:#c62828}
li.failed strong{color:#c62828}.spec{font-size:.85em}nav ol{columns:2}footer{margin-top:3em;color:#607d8b;font-size:.85em}
@media print{h2{break-before:page}figure svg{border:none}}
)";

QString bannerClass(const Verdict &verdict)
{
    if (verdict.blocked)
        return u"blocked"_s;
    return verdict.category == AccessCategory::Read && !verdict.readable ? u"opaque"_s : u"allowed"_s;
}

QString handoutBanner(const Verdict &verdict)
{
    QString subtitle = accessCategoryWords(verdict.category);
    if (!verdict.origin.isEmpty())
        subtitle += u" · "_s + originRelationWords(verdict.sameOrigin ? OriginRelation::SameOrigin
                                                   : verdict.sameSite ? OriginRelation::SameSite
                                                                      : OriginRelation::CrossSite);
    QString html = u"<div class=\"banner %1\"><p class=\"headline\">%2</p><p class=\"subtitle\">%3</p>"_s.arg(
        bannerClass(verdict), escapeMarkup(verdictSummary(verdict)), escapeMarkup(subtitle));
    if (const QString error = errorLine(verdict); !error.isEmpty())
        html += u"<p class=\"error\"><code>"_s + escapeMarkup(error) + u"</code></p>"_s;
    if (!verdict.message.isEmpty())
        html += u"<p class=\"console\">"_s + escapeMarkup(verdict.message) + u"</p>"_s;
    return html + u"</div>\n"_s;
}

// One part of the triple: the target's value, and whether it equals the page's.
QString tripleCell(const OriginPart &part, const HandoutWords &words)
{
    return u"<td class=\"%1\"><code>%2</code><span class=\"mark\">%3 %4</span></td>"_s.arg(
        part.same ? u"equal"_s : u"different"_s, escapeMarkup(part.target), part.same ? u"✓"_s : u"✗"_s,
        escapeMarkup(part.same ? words.equal : words.different));
}

// https://html.spec.whatwg.org/multipage/browsers.html#same-origin part by part: the page's row, then
// the request's and every redirect target's.
QString handoutTriple(const Scenario &scenario, const Verdict &verdict, const HandoutWords &words)
{
    const QList<TargetComparison> targets = compareTargets(scenario, verdict);
    QString html = u"<h3>%1</h3>\n<table class=\"triple\"><thead><tr><th></th><th>URL</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead><tbody>\n"_s
                       .arg(escapeMarkup(words.sameOriginPolicy), escapeMarkup(words.scheme), escapeMarkup(words.host),
                            escapeMarkup(words.port), escapeMarkup(words.site), escapeMarkup(words.relation));
    const OriginComparison &first = targets.first().comparison;
    if (!first.opaque)
        html += u"<tr class=\"page\"><th>%1</th><td><code>%2</code></td><td><code>%3</code></td><td><code>%4</code></td><td><code>%5</code></td><td><code>%6</code></td><td></td></tr>\n"_s
                    .arg(escapeMarkup(words.page), escapeMarkup(scenario.page), escapeMarkup(first.scheme.page), escapeMarkup(first.host.page),
                         escapeMarkup(first.port.page), escapeMarkup(first.site.page));
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const TargetComparison &target = targets.at(i);
        const QString label = i == 0 ? words.request : words.redirect.arg(i);
        const OriginRelation relation = originRelation(target.comparison);
        html += u"<tr class=\"target\"><th>%1</th><td><code>%2</code></td>"_s.arg(escapeMarkup(label), escapeMarkup(target.target));
        if (relation == OriginRelation::Opaque)
            html += u"<td colspan=\"4\"></td>"_s;
        else
            html += tripleCell(target.comparison.scheme, words) + tripleCell(target.comparison.host, words)
                    + tripleCell(target.comparison.port, words) + tripleCell(target.comparison.site, words);
        html += u"<td class=\"relation\">%1</td></tr>\n"_s.arg(escapeMarkup(originRelationWords(relation)));
    }
    return html + u"</tbody></table>\n"_s;
}

QString handoutSteps(const Verdict &verdict, const HandoutWords &words)
{
    QString html = u"<h3>%1</h3>\n<ol class=\"steps\">\n"_s.arg(escapeMarkup(words.steps));
    for (const Step &step : verdict.steps) {
        const StepText text = describeStep(step);
        html += u"<li class=\"%1\"><strong>%2 %3</strong>: %4"_s.arg(step.passed ? u"passed"_s : u"failed"_s, step.passed ? u"✓"_s : u"✗"_s,
                                                                   escapeMarkup(text.check), escapeMarkup(text.detail));
        const QString spec = text.spec;
        if (spec.startsWith("https://"_L1))
            html += u" <a class=\"spec\" href=\"%1\" title=\"%2\">%3</a>"_s.arg(escapeMarkup(spec), escapeMarkup(words.spec),
                                                                          escapeMarkup(spec.mid(8)));
        html += u"</li>\n"_s;
    }
    return html + u"</ol>\n"_s;
}

QString handoutFixes(const Scenario &scenario, const Verdict &verdict, const HandoutWords &words)
{
    if (verdict.fixes.isEmpty())
        return {};
    QString html = u"<h3>%1</h3>\n<ul class=\"fix\">\n"_s.arg(escapeMarkup(words.fix));
    for (const Fix &fix : verdict.fixes)
        html += u"<li><code>"_s + escapeMarkup(describeFix(fix, scenario)) + u"</code></li>\n"_s;
    return html + u"</ul>\n"_s;
}

QString scenarioTitle(const HandoutScenario &entry, const QString &language)
{
    const QString title = localizedText(entry.scenario, ScenarioText::Title, language);
    return title.isEmpty() ? entry.file : title;
}

QString notesHtml(const QString &notes)
{
    QString html;
    for (const QString &paragraph : notes.split(u"\n\n"_s, Qt::SkipEmptyParts))
        html += u"<p>"_s + escapeMarkup(paragraph.trimmed()).replace(u'\n', u"<br>"_s) + u"</p>"_s;
    return html;
}

QString handoutSection(const HandoutScenario &entry, qsizetype index, bool single, const QString &language, const HandoutWords &words)
{
    const Scenario &scenario = entry.scenario;
    // One scenario: its title is the page's heading; several: numbered under the contents.
    const QString title = escapeMarkup(scenarioTitle(entry, language));
    QString html = u"<section class=\"scenario\" id=\"scenario-%1\">\n"_s.arg(index + 1)
                   + (single ? u"<h1>%1</h1>\n"_s.arg(title) : u"<h2>%1. %2</h2>\n"_s.arg(index + 1).arg(title));
    if (!entry.file.isEmpty())
        html += u"<p class=\"file\">"_s + escapeMarkup(entry.file) + u"</p>\n"_s;
    if (const QString notes = localizedText(scenario, ScenarioText::Notes, language); !notes.trimmed().isEmpty())
        html += u"<div class=\"notes\">"_s + notesHtml(notes) + u"</div>\n"_s;
    html += u"<dl class=\"request\"><dt>%1</dt><dd><code>%2</code></dd><dt>%3</dt><dd><code>%4 %5 %6</code></dd></dl>\n"_s.arg(
        escapeMarkup(words.page), escapeMarkup(scenario.page), escapeMarkup(words.request), escapeMarkup(viaName(scenario.request.via)),
        escapeMarkup(QString::fromLatin1(scenario.request.method)), escapeMarkup(scenario.request.url));
    html += handoutBanner(entry.verdict);
    html += handoutTriple(scenario, entry.verdict, words);
    html += u"<h3>%1</h3>\n<figure>\n"_s.arg(escapeMarkup(words.diagram)) + sequenceDiagramSvg(entry.verdict) + u"</figure>\n"_s;
    html += handoutSteps(entry.verdict, words);
    html += handoutFixes(scenario, entry.verdict, words);
    return html + u"</section>\n"_s;
}

QString contentsHtml(const QList<HandoutScenario> &scenarios, const QString &language, const HandoutWords &words)
{
    QString html = u"<nav><h2>%1</h2>\n<ol>\n"_s.arg(escapeMarkup(words.contents));
    for (qsizetype i = 0; i < scenarios.size(); ++i)
        html += u"<li><a href=\"#scenario-%1\">%2</a> — %3</li>\n"_s.arg(i + 1).arg(escapeMarkup(scenarioTitle(scenarios.at(i), language)),
                                                                                   escapeMarkup(verdictSummary(scenarios.at(i).verdict)));
    return html + u"</ol></nav>\n"_s;
}

} // namespace

QString handoutHtml(const QList<HandoutScenario> &scenarios, const QString &language)
{
    const HandoutWords words = handoutWords();
    const QString title = scenarios.size() == 1 ? scenarioTitle(scenarios.first(), language) : words.title;
    QString html = u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n"_s
                       .arg(escapeMarkup(language.isEmpty() ? u"en"_s : language), escapeMarkup(title), QLatin1StringView(kStyle));
    const bool single = scenarios.size() == 1;
    if (!single)
        html += u"<header><h1>%1</h1></header>\n"_s.arg(escapeMarkup(title)) + contentsHtml(scenarios, language, words);
    for (qsizetype i = 0; i < scenarios.size(); ++i)
        html += handoutSection(scenarios.at(i), i, single, language, words);
    html += u"<footer>"_s + escapeMarkup(words.footer.arg(QCoreApplication::applicationVersion())) + u"</footer>\n</body>\n</html>\n"_s;
    return html;
}

} // namespace corslab
