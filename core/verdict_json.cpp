#include "core/verdict_json.h"

#include "core/explanation.h"
#include "core/origin_comparison.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

QJsonObject partToJson(const OriginPart &part, bool numeric)
{
    const auto value = [numeric](const QString &text) {
        return numeric && !text.isEmpty() ? QJsonValue(text.toInt()) : QJsonValue(text);
    };
    return {{u"page"_s, value(part.page)}, {u"target"_s, value(part.target)}, {u"same"_s, part.same}};
}

QJsonObject comparisonToJson(const TargetComparison &target)
{
    QJsonObject object{{u"target"_s, target.target}};
    const OriginComparison &comparison = target.comparison;
    if (comparison.opaque) {
        object.insert(u"opaque"_s, true);
        return object;
    }
    object.insert(u"scheme"_s, partToJson(comparison.scheme, false));
    object.insert(u"host"_s, partToJson(comparison.host, false));
    object.insert(u"port"_s, partToJson(comparison.port, true));
    object.insert(u"site"_s, partToJson(comparison.site, false));
    return object;
}

// The page against the URL it asked for, and against every redirect target (`hops`).
QJsonObject originComparisonToJson(const Verdict &verdict, const Scenario &scenario)
{
    const QList<TargetComparison> targets = compareTargets(scenario, verdict);
    QJsonObject object = comparisonToJson(targets.first());
    QJsonArray hops;
    for (qsizetype i = 1; i < targets.size(); ++i)
        hops.append(comparisonToJson(targets.at(i)));
    object.insert(u"hops"_s, hops);
    return object;
}

QJsonArray cookiesNotSentToJson(const Verdict &verdict)
{
    QJsonArray cookies;
    for (const CookieNotSent &cookie : verdict.cookiesNotSent)
        cookies.append(QJsonObject{{u"name"_s, QString::fromLatin1(cookie.name)}, {u"reason"_s, cookieExclusionName(cookie.reason)}});
    return cookies;
}

QJsonValue errorToJson(const Verdict &verdict)
{
    return verdict.error ? QJsonValue(corsErrorName(verdict.error->error)) : QJsonValue();
}

// What a block leaves of the request: whether it goes out, what the browser makes of it, the status the
// server answers the request itself with, and which cookies stay home.
QJsonObject afterBlockToJson(const Verdict &after)
{
    QJsonValue status;
    for (const Exchange &exchange : after.exchanges) {
        if (exchange.kind == Exchange::Kind::Main) {
            status = exchange.status;
            break;
        }
    }
    return {{u"sent"_s, after.sent},           {u"blocked"_s, after.blocked}, {u"readable"_s, after.readable},
            {u"error"_s, errorToJson(after)}, {u"status"_s, status},         {u"cookiesNotSent"_s, cookiesNotSentToJson(after)}};
}

} // namespace

QJsonObject blocksToJson(const BlockSuggestion &suggestion, const Scenario &scenario)
{
    QJsonArray blocks;
    for (const Block &block : suggestion.blocks) {
        const BlockText words = describeBlock(block, scenario);
        blocks.append(QJsonObject{{u"kind"_s, blockKindName(block.kind)},
                                  {u"reason"_s, blockReasonName(block.reason)},
                                  {u"change"_s, words.change},
                                  {u"why"_s, words.why},
                                  {u"after"_s, afterBlockToJson(block.after)}});
    }
    return {{u"blocks"_s, blocks}, {u"none"_s, suggestion.none ? QJsonValue(noBlockReasonName(*suggestion.none)) : QJsonValue()}};
}

QJsonObject contrastToJson(const SameOriginPolicyContrast &contrast, const Scenario &scenario)
{
    QJsonArray removed;
    for (const RemovedHeaders &route : contrast.bare.removed) {
        const ServerRoute &answering = scenario.server.at(route.routeIndex);
        removed.append(QJsonObject{{u"route"_s, route.routeIndex},
                                   {u"method"_s, QString::fromLatin1(answering.method)},
                                   {u"url"_s, answering.url},
                                   {u"headers"_s, headersToJsonArray(route.headers)}});
    }
    return {{u"sop"_s, verdictToJson(contrast.sop, contrast.bare.scenario)},
            {u"cors"_s, verdictToJson(contrast.cors, scenario)},
            {u"removedHeaders"_s, removed},
            {u"difference"_s, policyDifferenceName(contrast.difference)},
            {u"why"_s, describePolicyDifference(contrast)}};
}

QJsonObject verdictToJson(const Verdict &verdict, const Scenario &scenario)
{
    QJsonArray exchanges;
    for (const Exchange &exchange : verdict.exchanges) {
        exchanges.append(QJsonObject{{u"kind"_s, exchangeKindName(exchange.kind)},
                                     {u"method"_s, QString::fromLatin1(exchange.method)},
                                     {u"url"_s, exchange.url},
                                     {u"requestHeaders"_s, headersToJsonArray(exchange.requestHeaders)},
                                     {u"credentials"_s, exchange.credentials},
                                     {u"status"_s, exchange.status}});
    }
    QJsonArray exposed;
    for (const QByteArray &name : verdict.exposedHeaders)
        exposed.append(QString::fromLatin1(name));
    QJsonArray steps;
    for (const Step &step : verdict.steps) {
        const StepText text = describeStep(step);
        steps.append(QJsonObject{{u"check"_s, text.check}, {u"passed"_s, step.passed}, {u"detail"_s, text.detail}, {u"spec"_s, QString(text.spec)}});
    }
    QJsonArray fixes;
    for (const Fix &fix : verdict.fixes)
        fixes.append(describeFix(fix, scenario));
    // The status page script sees: fetch() and XHR, when the response is readable.
    const bool statusVisible = verdict.readable && (scenario.request.via == Via::Fetch || scenario.request.via == Via::Xhr)
                               && !verdict.exchanges.isEmpty();

    QJsonObject object{{u"origin"_s, verdict.origin},
                       {u"sameOrigin"_s, verdict.sameOrigin},
                       {u"sameSite"_s, verdict.sameSite},
                       {u"category"_s, accessCategoryName(verdict.category)},
                       {u"exchanges"_s, exchanges},
                       {u"preflight"_s, verdict.preflight},
                       {u"sent"_s, verdict.sent},
                       {u"blocked"_s, verdict.blocked},
                       {u"readable"_s, verdict.readable},
                       {u"exposedHeaders"_s, exposed},
                       {u"status"_s, statusVisible ? QJsonValue(verdict.exchanges.constLast().status) : QJsonValue()},
                       {u"cookiesNotSent"_s, cookiesNotSentToJson(verdict)},
                       {u"error"_s, errorToJson(verdict)},
                       {u"failedParameter"_s, verdict.error && !verdict.error->failedParameter.isEmpty()
                                                  ? QJsonValue(QString::fromLatin1(verdict.error->failedParameter))
                                                  : QJsonValue()},
                       {u"message"_s, verdict.message.isEmpty() ? QJsonValue() : QJsonValue(verdict.message)},
                       {u"steps"_s, steps},
                       {u"fix"_s, fixes},
                       {u"preflightCacheSeconds"_s, verdict.preflightCacheSeconds ? QJsonValue(*verdict.preflightCacheSeconds) : QJsonValue()},
                       {u"firefox"_s, verdict.firefox ? QJsonValue(QJsonObject{{u"reason"_s, verdict.firefox->reason},
                                                                               {u"message"_s, verdict.firefox->message}})
                                                      : QJsonValue()}};
    object.insert(u"originComparison"_s, originComparisonToJson(verdict, scenario));
    if (!verdict.firefoxReason.isEmpty())
        object.insert(u"firefoxReason"_s, verdict.firefoxReason);
    if (!verdict.engine.isEmpty())
        object.insert(u"engine"_s, verdict.engine);
    return object;
}

namespace {

// The reader for verdictFromJson: the first wrong field is remembered, every later read is a no-op.
struct VerdictReader {
    QString error;

    bool fail(const QString &field, const QString &what)
    {
        if (error.isEmpty())
            error = field + u": "_s + what;
        return false;
    }
    bool boolean(const QJsonObject &object, QLatin1StringView key, bool *out, const QString &path)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;   // absent: the default
        if (!value.isBool())
            return fail(path + key, u"not a boolean"_s);
        *out = value.toBool();
        return true;
    }
    bool string(const QJsonObject &object, QLatin1StringView key, QString *out, const QString &path)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString())
            return fail(path + key, u"not a string"_s);
        *out = value.toString();
        return true;
    }
    bool headers(const QJsonValue &value, HeaderList *out, const QString &path)
    {
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isArray())
            return fail(path, u"not an array"_s);
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonArray pair = array.at(i).toArray();
            if (!array.at(i).isArray() || pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
                return fail(u"%1[%2]"_s.arg(path).arg(i), u"not a [name, value] pair"_s);
            out->append(pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1());
        }
        return true;
    }
};

} // namespace

std::optional<Verdict> verdictFromJson(const QJsonObject &object, QString *error)
{
    VerdictReader r;
    Verdict v;
    r.string(object, "origin"_L1, &v.origin, {});
    r.boolean(object, "sameOrigin"_L1, &v.sameOrigin, {});
    r.boolean(object, "sameSite"_L1, &v.sameSite, {});
    if (const QJsonValue category = object.value("category"_L1); !category.isUndefined()) {
        const QString name = category.toString();
        if (name == accessCategoryName(AccessCategory::Write))
            v.category = AccessCategory::Write;
        else if (name == accessCategoryName(AccessCategory::Embed))
            v.category = AccessCategory::Embed;
        else if (name == accessCategoryName(AccessCategory::Read))
            v.category = AccessCategory::Read;
        else
            r.fail(u"category"_s, u"unknown category"_s);
    }
    const QJsonValue exchanges = object.value("exchanges"_L1);
    if (!exchanges.isUndefined() && !exchanges.isArray())
        r.fail(u"exchanges"_s, u"not an array"_s);
    const QJsonArray exchangeArray = exchanges.toArray();
    for (qsizetype i = 0; i < exchangeArray.size() && r.error.isEmpty(); ++i) {
        const QString path = u"exchanges[%1]."_s.arg(i);
        if (!exchangeArray.at(i).isObject()) {
            r.fail(path.chopped(1), u"not an object"_s);
            break;
        }
        const QJsonObject e = exchangeArray.at(i).toObject();
        Exchange exchange;
        const QString kind = e.value("kind"_L1).toString();
        if (kind == exchangeKindName(Exchange::Kind::Preflight))
            exchange.kind = Exchange::Kind::Preflight;
        else if (kind == exchangeKindName(Exchange::Kind::Main))
            exchange.kind = Exchange::Kind::Main;
        else if (kind == exchangeKindName(Exchange::Kind::Redirect))
            exchange.kind = Exchange::Kind::Redirect;
        else
            r.fail(path + u"kind"_s, u"unknown kind"_s);
        QString method;
        r.string(e, "method"_L1, &method, path);
        exchange.method = method.toLatin1();
        r.string(e, "url"_L1, &exchange.url, path);
        r.headers(e.value("requestHeaders"_L1), &exchange.requestHeaders, path + u"requestHeaders"_s);
        r.headers(e.value("responseHeaders"_L1), &exchange.responseHeaders, path + u"responseHeaders"_s);
        r.boolean(e, "credentials"_L1, &exchange.credentials, path);
        if (const QJsonValue status = e.value("status"_L1); !status.isUndefined()) {
            if (!status.isDouble())
                r.fail(path + u"status"_s, u"not a number"_s);
            exchange.status = status.toInt();
        }
        v.exchanges.append(exchange);
    }
    r.boolean(object, "preflight"_L1, &v.preflight, {});
    r.boolean(object, "sent"_L1, &v.sent, {});
    r.boolean(object, "blocked"_L1, &v.blocked, {});
    r.boolean(object, "readable"_L1, &v.readable, {});
    const QJsonValue exposed = object.value("exposedHeaders"_L1);
    if (!exposed.isUndefined() && !exposed.isArray())
        r.fail(u"exposedHeaders"_s, u"not an array"_s);
    for (const QJsonValue &name : exposed.toArray()) {
        if (!name.isString())
            r.fail(u"exposedHeaders"_s, u"not an array of strings"_s);
        v.exposedHeaders.append(name.toString().toLatin1());
    }
    if (const QJsonValue errorName = object.value("error"_L1); !errorName.isUndefined() && !errorName.isNull()) {
        const QByteArray name = errorName.toString().toLatin1();
        const std::optional<CorsError> corsError = corsErrorFromName(QLatin1StringView(name));
        if (!errorName.isString() || !corsError) {
            r.fail(u"error"_s, u"unknown CorsError"_s);
        } else {
            QString parameter;
            r.string(object, "failedParameter"_L1, &parameter, {});
            v.error = CorsErrorStatus{*corsError, parameter.toLatin1()};
        }
    }
    r.string(object, "message"_L1, &v.message, {});
    const QJsonValue cookiesNotSent = object.value("cookiesNotSent"_L1);
    if (!cookiesNotSent.isUndefined() && !cookiesNotSent.isArray())
        r.fail(u"cookiesNotSent"_s, u"not an array"_s);
    for (const QJsonValue &cookie : cookiesNotSent.toArray()) {
        const QByteArray reason = cookie.toObject().value("reason"_L1).toString().toLatin1();
        const std::optional<CookieExclusion> exclusion = cookieExclusionFromName(QLatin1StringView(reason));
        if (!cookie.isObject() || !exclusion)
            r.fail(u"cookiesNotSent"_s, u"not a list of {name, reason} with a known reason"_s);
        else
            v.cookiesNotSent.append({cookie.toObject().value("name"_L1).toString().toLatin1(), *exclusion});
    }
    if (const QJsonValue seconds = object.value("preflightCacheSeconds"_L1); !seconds.isUndefined() && !seconds.isNull()) {
        if (!seconds.isDouble())
            r.fail(u"preflightCacheSeconds"_s, u"not a number"_s);
        v.preflightCacheSeconds = seconds.toInt();
    }
    if (const QJsonValue firefox = object.value("firefox"_L1); !firefox.isUndefined() && !firefox.isNull()) {
        if (!firefox.isObject())
            r.fail(u"firefox"_s, u"not an object"_s);
        FirefoxReport report;
        r.string(firefox.toObject(), "reason"_L1, &report.reason, u"firefox."_s);
        r.string(firefox.toObject(), "message"_L1, &report.message, u"firefox."_s);
        v.firefox = report;
    }
    r.string(object, "firefoxReason"_L1, &v.firefoxReason, {});
    r.string(object, "engine"_L1, &v.engine, {});
    if (!r.error.isEmpty()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    return v;
}

} // namespace corslab
