#pragma once
// Expected verdict fields against a verdict: the "expect" object of golden scenarios
// (tests/data/golden) and lessons (resources/lessons). Keys are verdict fields as
// docs/scenario-format.md names them (preflight, sent, blocked, readable, sameOrigin, sameSite,
// origin, category, error, failedParameter, message, preflightCacheSeconds, exposedHeaders) plus
// views of the wire: cookies, sentRequests, wire, preflightRequestHeaders, mainRequestHeaders,
// mainRequestHeadersAbsent, lastRequestHeaders, lastRequestHeadersAbsent. "source" is not a field.
#include "core/verdict.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace corslab::testing {

// Whether `key` is an expectation this helper knows how to check.
bool isKnownExpectation(const QString &key);

// One expected field against the verdict: empty when it matches, otherwise a line saying what differs.
QString expectationMismatch(const QString &key, const QJsonValue &expected, const Verdict &verdict);

// Every field of `expect` except "source": one line per field that does not match.
QStringList expectationMismatches(const QJsonObject &expect, const Verdict &verdict);

} // namespace corslab::testing
