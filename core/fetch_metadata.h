#pragma once
// https://w3c.github.io/webappsec-fetch-metadata/: the Sec-Fetch-* headers that tell a server where a
// request comes from, as Chromium 156 sends them.
#include "core/header_list.h"
#include "core/origin.h"
#include "core/scenario.h"
#include "core/url.h"
#include <QByteArray>

namespace corslab {

// https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-site-header: how the initiator relates to
// the URLs a request has visited, the least trusted relation along the chain ("none", for what the user
// starts, never arises: scenarios start every request from the page).
enum class FetchSite { SameOrigin, SameSite, CrossSite };
QByteArray fetchSiteValue(FetchSite site);
// The relation of `initiator` (opaque for a sandboxed page) to one more URL of the chain, `so far` the
// relation to the URLs before it.
FetchSite nextFetchSite(FetchSite soFar, const Origin &initiator, const Origin &url);

// Where the requesting page lives: a sandboxed page is a frame (docs/scenario-format.md), so its own
// link clicks navigate that frame, not the top-level page.
enum class PageContext { TopLevel, SandboxedFrame };

// https://fetch.spec.whatwg.org/#concept-request-destination of the request `via` makes.
QByteArray fetchDestination(const ScenarioRequest &request, PageContext page);
// https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-mode-header for the request (a preflight is "cors").
QByteArray fetchModeValue(const ScenarioRequest &request, bool preflight);

// https://w3c.github.io/webappsec-fetch-metadata/#abstract-opdef-append-the-fetch-metadata-headers-for-a-request,
// step 1: only potentially trustworthy URLs get them.
bool sendsFetchMetadata(const Url &url);

// Sec-Fetch-Site, -Mode, -User and -Dest for a request to `url` (none when it is not potentially trustworthy).
// A preflight to any other URL still carries Sec-Fetch-Mode (seen in Chromium 156.0.8078.114).
void appendFetchMetadata(HeaderList &headers, const Url &url, FetchSite site, const ScenarioRequest &request, PageContext page,
                         bool preflight);

} // namespace corslab
