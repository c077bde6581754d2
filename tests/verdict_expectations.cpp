#include "verdict_expectations.h"

#include "core/cors_error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace corslab::testing {

namespace {

const Exchange *firstOfKind(const Verdict &verdict, Exchange::Kind kind)
{
    for (const Exchange &exchange : verdict.exchanges) {
        if (exchange.kind == kind)
            return &exchange;
    }
    return nullptr;
}

// The last request that is not a preflight: the main request or the last redirect hop.
const Exchange *lastRequest(const Verdict &verdict)
{
    for (auto it = verdict.exchanges.crbegin(); it != verdict.exchanges.crend(); ++it) {
        if (it->kind != Exchange::Kind::Preflight)
            return &*it;
    }
    return nullptr;
}

QJsonValue nullable(const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); }

QString compactJson(const QJsonValue &value)
{
    // QJsonDocument holds only arrays and objects: wrap the value and strip the brackets.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// {"Name": "value"}: each header is on the exchange with that value; ["name"]: none of them is.
QString requestHeadersMismatch(const QString &key, const QJsonValue &expected, const Exchange *exchange, bool present)
{
    if (!exchange)
        return key + u": no such exchange"_s;
    if (present) {
        const QJsonObject wanted = expected.toObject();
        for (auto it = wanted.begin(); it != wanted.end(); ++it) {
            const std::optional<QByteArray> value = exchange->requestHeaders.get(it.key().toLatin1());
            if (value != it.value().toString().toLatin1())
                return key + u": "_s + it.key() + u" is "_s + (value ? u'"' + QString::fromLatin1(*value) + u'"' : u"absent"_s)
                       + u", expected \""_s + it.value().toString() + u'"';
        }
    } else {
        for (const QJsonValue &name : expected.toArray()) {
            if (exchange->requestHeaders.contains(name.toString().toLatin1()))
                return key + u": "_s + name.toString() + u" was sent"_s;
        }
    }
    return {};
}

const QSet<QString> kKnown{u"preflight"_s,
                           u"sent"_s,
                           u"blocked"_s,
                           u"readable"_s,
                           u"sameOrigin"_s,
                           u"sameSite"_s,
                           u"origin"_s,
                           u"category"_s,
                           u"error"_s,
                           u"failedParameter"_s,
                           u"message"_s,
                           u"preflightCacheSeconds"_s,
                           u"exposedHeaders"_s,
                           u"cookies"_s,
                           u"sentRequests"_s,
                           u"wire"_s,
                           u"preflightRequestHeaders"_s,
                           u"mainRequestHeaders"_s,
                           u"mainRequestHeadersAbsent"_s,
                           u"lastRequestHeaders"_s,
                           u"lastRequestHeadersAbsent"_s,
                           u"cookiesNotSent"_s,
                           u"exchangeHeaders"_s,
                           u"firefoxReason"_s};

// [{"kind", "headers": {"Name": "value" or null}}, ...], one per exchange in wire order: each named header
// has that value on its exchange, or (null) is absent.
QString exchangeHeadersMismatch(const QJsonArray &expected, const Verdict &verdict)
{
    if (expected.size() != verdict.exchanges.size())
        return u"exchangeHeaders: %1 exchanges expected, %2 made"_s.arg(expected.size()).arg(verdict.exchanges.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject entry = expected.at(i).toObject();
        const Exchange &exchange = verdict.exchanges.at(i);
        const QString where = u"exchangeHeaders[%1]"_s.arg(i);
        if (entry.value("kind"_L1).toString() != exchangeKindName(exchange.kind))
            return where + u": expected a "_s + entry.value("kind"_L1).toString() + u", got a "_s + exchangeKindName(exchange.kind);
        const QJsonObject headers = entry.value("headers"_L1).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            const std::optional<QByteArray> value = exchange.requestHeaders.get(it.key().toLatin1());
            const QJsonValue actual = value ? QJsonValue(QString::fromLatin1(*value)) : QJsonValue();
            if (actual != it.value())
                return where + u": "_s + it.key() + u" is "_s + compactJson(actual) + u", expected "_s + compactJson(it.value());
        }
    }
    return {};
}

} // namespace

bool isKnownExpectation(const QString &key) { return kKnown.contains(key); }

QString expectationMismatch(const QString &key, const QJsonValue &expected, const Verdict &verdict)
{
    const auto differs = [&](const QJsonValue &actual) -> QString {
        if (actual == expected)
            return {};
        return key + u": expected "_s + compactJson(expected) + u", got "_s + compactJson(actual);
    };
    if (key == "preflight"_L1) return differs(verdict.preflight);
    if (key == "sent"_L1) return differs(verdict.sent);
    if (key == "blocked"_L1) return differs(verdict.blocked);
    if (key == "readable"_L1) return differs(verdict.readable);
    if (key == "sameOrigin"_L1) return differs(verdict.sameOrigin);
    if (key == "sameSite"_L1) return differs(verdict.sameSite);
    if (key == "origin"_L1) return differs(verdict.origin);
    if (key == "category"_L1) return differs(QString(accessCategoryName(verdict.category)));
    if (key == "error"_L1) return differs(verdict.error ? QJsonValue(corsErrorName(verdict.error->error)) : QJsonValue());
    if (key == "failedParameter"_L1)
        return differs(verdict.error ? QString::fromLatin1(verdict.error->failedParameter) : QString());
    if (key == "message"_L1) return differs(nullable(verdict.message));
    if (key == "firefoxReason"_L1) return differs(nullable(verdict.firefoxReason));
    if (key == "preflightCacheSeconds"_L1)
        return differs(verdict.preflightCacheSeconds ? QJsonValue(*verdict.preflightCacheSeconds) : QJsonValue());
    if (key == "exposedHeaders"_L1) {
        QJsonArray names;
        for (const QByteArray &name : verdict.exposedHeaders)
            names.append(QString::fromLatin1(name));
        return differs(names);
    }
    if (key == "cookies"_L1) {
        const Exchange *main = firstOfKind(verdict, Exchange::Kind::Main);
        return differs(main ? main->credentials : false);
    }
    if (key == "sentRequests"_L1)
        return differs(static_cast<int>(std::count_if(verdict.exchanges.cbegin(), verdict.exchanges.cend(),
                                                      [](const Exchange &e) { return e.kind != Exchange::Kind::Preflight; })));
    if (key == "wire"_L1) {
        QJsonArray wire;
        for (const Exchange &exchange : verdict.exchanges)
            wire.append(QJsonArray{QString(exchangeKindName(exchange.kind)), QString::fromLatin1(exchange.method), exchange.url});
        return differs(wire);
    }
    if (key == "preflightRequestHeaders"_L1)
        return requestHeadersMismatch(key, expected, firstOfKind(verdict, Exchange::Kind::Preflight), true);
    if (key == "mainRequestHeaders"_L1)
        return requestHeadersMismatch(key, expected, firstOfKind(verdict, Exchange::Kind::Main), true);
    if (key == "mainRequestHeadersAbsent"_L1)
        return requestHeadersMismatch(key, expected, firstOfKind(verdict, Exchange::Kind::Main), false);
    if (key == "cookiesNotSent"_L1) {
        QJsonArray cookies;
        for (const CookieNotSent &cookie : verdict.cookiesNotSent)
            cookies.append(QJsonObject{{u"name"_s, QString::fromLatin1(cookie.name)}, {u"reason"_s, cookieExclusionName(cookie.reason)}});
        return differs(cookies);
    }
    if (key == "exchangeHeaders"_L1) return exchangeHeadersMismatch(expected.toArray(), verdict);
    if (key == "lastRequestHeaders"_L1) return requestHeadersMismatch(key, expected, lastRequest(verdict), true);
    if (key == "lastRequestHeadersAbsent"_L1) return requestHeadersMismatch(key, expected, lastRequest(verdict), false);
    return key + u": unknown expectation"_s;
}

QStringList expectationMismatches(const QJsonObject &expect, const Verdict &verdict)
{
    QStringList problems;
    for (auto it = expect.begin(); it != expect.end(); ++it) {
        if (it.key() == "source"_L1)
            continue;
        const QString problem = expectationMismatch(it.key(), it.value(), verdict);
        if (!problem.isEmpty())
            problems << problem;
    }
    return problems;
}

} // namespace corslab::testing
