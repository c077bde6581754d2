#pragma once
// A handout (corslab-cli export --html, File › Export Handout…): one self-contained HTML page per
// lesson set or topic. Each scenario: its title and notes, the banner (the verdict and its error), the
// same-origin triple (scheme, host, port and site of the page against each target), the sequence
// diagram as inline SVG and the steps with links to the standards. Nothing is loaded from elsewhere:
// the CSS is inline, there is no script, and a Content-Security-Policy of default-src 'none' says so.
// Words come from core/explanation in the interface's language (the translation installed).
#include "core/localized_text.h"
#include "core/scenario.h"
#include "core/verdict.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace corslab {

struct HandoutScenario {
    QString file;        // where it came from ("lessons/03-….cors.json"), shown small under the title
    Scenario scenario;
    Verdict verdict;
};

// The header lines CORS looks at, as "Name: value": a request's Origin and Access-Control-Request-*,
// a response's Access-Control-* and Location (what the sequence diagram shows on its arrows).
QStringList corsRequestHeaderLines(const HeaderList &headers);
QStringList corsResponseHeaderLines(const HeaderList &headers);
// "200 OK", "404 Not Found", "299" (https://httpwg.org/specs/rfc9110.html#overview.of.status.codes);
// protocol text, not translated. 0 (no response): empty.
QString statusText(int status);

// Text for HTML and SVG: & < > " ' as character references.
QString escapeMarkup(const QString &text);

// The verdict's exchanges as an SVG sequence diagram, laid out as ui/widgets/sequence_diagram.cpp
// paints it: the page and the server as lanes, per exchange an arrow there (class "request-arrow")
// and one back (class "response-arrow", dashed without a response), and the outcome.
QString sequenceDiagramSvg(const Verdict &verdict);

// The whole page; `language` ("en", "ru") picks the scenarios' i18n titles and notes and the page's
// lang attribute. Several scenarios get a table of contents.
QString handoutHtml(const QList<HandoutScenario> &scenarios, const QString &language = uiLanguage());

} // namespace corslab
