#include "core/verdict.h"

#include "core/explanation.h"
#include "core/scenario.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace corslab {

QLatin1StringView accessCategoryName(AccessCategory category)
{
    switch (category) {
    case AccessCategory::Write: return "write"_L1;
    case AccessCategory::Embed: return "embed"_L1;
    case AccessCategory::Read: return "read"_L1;
    }
    return {};
}

QLatin1StringView exchangeKindName(Exchange::Kind kind)
{
    switch (kind) {
    case Exchange::Kind::Preflight: return "preflight"_L1;
    case Exchange::Kind::Main: return "main"_L1;
    case Exchange::Kind::Redirect: return "redirect"_L1;
    }
    return {};
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
                       {u"error"_s, verdict.error ? QJsonValue(corsErrorName(verdict.error->error)) : QJsonValue()},
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
    if (!verdict.engine.isEmpty())
        object.insert(u"engine"_s, verdict.engine);
    return object;
}

} // namespace corslab
