#include "core/opaque_response_blocking.h"

#include "core/header_list.h"

namespace corslab {

namespace {

bool isOneOf(QByteArrayView value, std::initializer_list<QByteArrayView> list)
{
    for (QByteArrayView item : list) {
        if (value == item)
            return true;
    }
    return false;
}

// https://github.com/annevk/orb "opaque-safelisted MIME type"
bool isOpaqueSafelisted(QByteArrayView essence)
{
    return essence == "text/css" || essence == "image/svg+xml" || isJavaScriptMimeType(essence);
}

// https://github.com/annevk/orb "opaque-blocklisted-never-sniffed MIME type"
bool isNeverSniffed(QByteArrayView essence)
{
    return isOneOf(essence, {"application/gzip", "application/msexcel", "application/mspowerpoint", "application/msword",
                             "application/msword-template", "application/pdf", "application/vnd.ces-quickpoint",
                             "application/vnd.ces-quicksheet", "application/vnd.ces-quickword", "application/vnd.ms-excel",
                             "application/vnd.ms-excel.sheet.macroenabled.12", "application/vnd.ms-powerpoint",
                             "application/vnd.ms-powerpoint.presentation.macroenabled.12", "application/vnd.ms-word",
                             "application/vnd.ms-word.document.12", "application/vnd.ms-word.document.macroenabled.12",
                             "application/vnd.msword", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                             "application/vnd.openxmlformats-officedocument.presentationml.template",
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
                             "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                             "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
                             "application/vnd.presentation-openxml", "application/vnd.presentation-openxmlm",
                             "application/vnd.spreadsheet-openxml", "application/vnd.wordprocessing-openxml",
                             "application/x-gzip", "application/x-protobuf", "application/x-protobuffer", "application/zip",
                             "multipart/byteranges", "multipart/signed", "text/event-stream", "text/csv", "text/vtt"});
}

bool isHtml(QByteArrayView essence) { return essence == "text/html"; }
bool isJson(QByteArrayView essence)
{
    return essence == "application/json" || essence == "text/json" || essence.endsWith("+json");
}
bool isXml(QByteArrayView essence)
{
    return essence == "application/xml" || essence == "text/xml" || (essence.endsWith("+xml") && essence != "image/svg+xml");
}

QByteArrayView skipWhitespace(QByteArrayView body)
{
    qsizetype i = 0;
    while (i < body.size() && isHttpWhitespace(body.at(i)))
        ++i;
    return body.sliced(i);
}

// Chromium's CORB confirmation sniffers (services/network/public/cpp/corb/corb_impl.cc), reduced to their
// signatures: an HTML tag or comment, a JSON object with a key, an XML declaration.
bool sniffsAsHtml(QByteArrayView body)
{
    const QByteArray start = skipWhitespace(body).first(std::min<qsizetype>(16, skipWhitespace(body).size())).toByteArray().toLower();
    for (QByteArrayView signature : {"<!doctype html", "<html", "<head", "<body", "<script", "<iframe", "<!--", "<h1",
                                     "<div", "<font", "<table", "<a ", "<style", "<title", "<b>", "<br", "<p>", "<p "}) {
        if (start.startsWith(signature))
            return true;
    }
    return false;
}

bool sniffsAsJson(QByteArrayView body)
{
    const QByteArrayView rest = skipWhitespace(body);
    if (rest.startsWith(")]}'") || rest.startsWith("for(;;);") || rest.startsWith("while(1);"))
        return true;
    if (!rest.startsWith('{'))
        return false;
    const QByteArrayView afterBrace = skipWhitespace(rest.sliced(1));
    return afterBrace.startsWith('"') || afterBrace.startsWith('}');
}

bool sniffsAsXml(QByteArrayView body) { return skipWhitespace(body).startsWith("<?xml"); }

} // namespace

// https://mimesniff.spec.whatwg.org/#javascript-mime-type
bool isJavaScriptMimeType(QByteArrayView essence)
{
    return isOneOf(essence, {"application/ecmascript", "application/javascript", "application/x-ecmascript",
                             "application/x-javascript", "text/ecmascript", "text/javascript", "text/javascript1.0",
                             "text/javascript1.1", "text/javascript1.2", "text/javascript1.3", "text/javascript1.4",
                             "text/javascript1.5", "text/jscript", "text/livescript", "text/x-ecmascript",
                             "text/x-javascript"});
}

// https://fetch.spec.whatwg.org/#determine-nosniff
bool hasNosniff(const HeaderList &headers)
{
    const std::optional<QList<QByteArray>> values = headers.getDecodeSplit("x-content-type-options");
    return values && !values->isEmpty() && values->first().compare("nosniff", Qt::CaseInsensitive) == 0;
}

QByteArray mimeTypeEssence(const HeaderList &headers)
{
    const QByteArray value = headers.get("content-type").value_or(QByteArray());
    const qsizetype semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.left(semicolon)).trimmed().toLower();
}

bool opaqueResponseBlocked(const HeaderList &headers, const std::optional<QByteArray> &body, const EngineBehaviour &behaviour)
{
    const QByteArray essence = mimeTypeEssence(headers);
    // Chromium's ORB still sniffs a body declared as JavaScript: text/javascript carrying {"a":1} or an
    // HTML document is blocked, [1,2,3] or `var x = 1;` loads (seen in Chromium 156).
    if (isJavaScriptMimeType(essence) && body && behaviour.sniffsJavaScriptForOrb)
        return sniffsAsHtml(*body) || sniffsAsJson(*body);
    if (isOpaqueSafelisted(essence))
        return false;
    if (isNeverSniffed(essence))
        return true;
    const bool nosniff = hasNosniff(headers);
    const bool protectedType = isHtml(essence) || isJson(essence) || isXml(essence);
    if (nosniff && (protectedType || essence == "text/plain"))
        return true;
    if (!body)
        return false;
    if (isHtml(essence) || essence == "text/plain")
        return sniffsAsHtml(*body) || sniffsAsJson(*body) || sniffsAsXml(*body);
    if (isJson(essence))
        return sniffsAsJson(*body);
    if (isXml(essence))
        return sniffsAsXml(*body);
    // Any other declared type (an "image/png" that is really JSON) is still checked for JSON;
    // no Content-Type at all is not (both seen in Chromium 156).
    return !essence.isEmpty() && sniffsAsJson(*body);
}

} // namespace corslab
