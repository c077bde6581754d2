#pragma once
// The page documents the live runner serves: the harness that makes a scenario's request and
// reports what page script could observe, and the outer page that holds it in a sandboxed iframe.
#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace corslab::live {

// The prefix of the console line by which the harness reports its observation (a JSON object).
inline constexpr QLatin1StringView kHarnessReportPrefix{"corslab-live-report "};

// `config`: {token, via, url, method, mode, credentials, crossorigin, headers: [[n, v]], body,
// enctype, formFields: [[n, v]]}, URLs in real (loopback) terms.
QByteArray harnessDocument(const QJsonObject &config);
// A top-level page that embeds `frameUrl` in <iframe sandbox="allow-scripts">.
QByteArray sandboxOuterDocument(const QString &frameUrl);

} // namespace corslab::live
