#include "core/fetch_metadata.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace corslab {

QByteArray fetchSiteValue(FetchSite site)
{
    switch (site) {
    case FetchSite::SameOrigin: return QByteArrayLiteral("same-origin");
    case FetchSite::SameSite: return QByteArrayLiteral("same-site");
    case FetchSite::CrossSite: return QByteArrayLiteral("cross-site");
    }
    return {};
}

FetchSite nextFetchSite(FetchSite soFar, const Origin &initiator, const Origin &url)
{
    // Steps 3-4: an opaque initiator is cross-site with everything.
    FetchSite here = FetchSite::CrossSite;
    if (initiator.isSameOrigin(url))
        here = FetchSite::SameOrigin;
    else if (!initiator.isOpaque() && initiator.isSameSite(url))
        here = FetchSite::SameSite;
    return std::max(soFar, here);
}

QByteArray fetchDestination(const ScenarioRequest &request, PageContext page)
{
    switch (request.via) {
    case Via::Fetch:
    case Via::Xhr: return QByteArrayLiteral("empty");
    case Via::Img: return QByteArrayLiteral("image");
    case Via::Script: return QByteArrayLiteral("script");
    case Via::Stylesheet: return QByteArrayLiteral("style");
    case Via::Font: return QByteArrayLiteral("font");
    case Via::Media: return QByteArrayLiteral("audio");
    // A form submits into a frame of the page (docs/scenario-format.md), so its destination is that
    // frame, unless its target is the top-level page.
    case Via::Iframe: return QByteArrayLiteral("iframe");
    case Via::Form: return navigatesTopLevel(request) ? QByteArrayLiteral("document") : QByteArrayLiteral("iframe");
    // A sandboxed page's link navigates its own frame (seen in Chromium 156.0.8078.114).
    case Via::Navigate: return page == PageContext::SandboxedFrame ? QByteArrayLiteral("iframe") : QByteArrayLiteral("document");
    }
    return QByteArrayLiteral("empty");
}

QByteArray fetchModeValue(const ScenarioRequest &request, bool preflight)
{
    if (preflight)
        return QByteArrayLiteral("cors");
    switch (request.via) {
    case Via::Fetch:
        if (request.mode == RequestMode::NoCors)
            return QByteArrayLiteral("no-cors");
        if (request.mode == RequestMode::SameOrigin)
            return QByteArrayLiteral("same-origin");
        return QByteArrayLiteral("cors");
    case Via::Xhr:
    case Via::Font: return QByteArrayLiteral("cors");
    case Via::Img:
    case Via::Script:
    case Via::Stylesheet:
    case Via::Media: return request.crossorigin ? QByteArrayLiteral("cors") : QByteArrayLiteral("no-cors");
    case Via::Navigate:
    case Via::Form:
    case Via::Iframe: return QByteArrayLiteral("navigate");
    }
    return QByteArrayLiteral("cors");
}

bool sendsFetchMetadata(const Url &url) { return isPotentiallyTrustworthy(url); }

void appendFetchMetadata(HeaderList &headers, const Url &url, FetchSite site, const ScenarioRequest &request, PageContext page,
                         bool preflight)
{
    if (!sendsFetchMetadata(url)) {
        // Seen in Chromium 156.0.8078.114 (golden fetch-metadata-preflight-http-mode).
        if (preflight)
            headers.appendAbsent(QByteArrayLiteral("Sec-Fetch-Mode"), QByteArrayLiteral("cors"));
        return;
    }
    headers.appendAbsent(QByteArrayLiteral("Sec-Fetch-Site"), fetchSiteValue(site));
    headers.appendAbsent(QByteArrayLiteral("Sec-Fetch-Mode"), fetchModeValue(request, preflight));
    // https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-user-header: a navigation with user
    // activation, redirect hops included. Chromium 156.0.8078.114 sends it only when the navigation is
    // top-level: not for a form submitted into a frame, an iframe, or a sandboxed page's link.
    if (request.userActivation && navigatesTopLevel(request) && page == PageContext::TopLevel)
        headers.appendAbsent(QByteArrayLiteral("Sec-Fetch-User"), QByteArrayLiteral("?1"));
    headers.appendAbsent(QByteArrayLiteral("Sec-Fetch-Dest"), preflight ? QByteArrayLiteral("empty") : fetchDestination(request, page));
}

} // namespace corslab
