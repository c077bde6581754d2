#include "core/x_frame_options.h"

namespace corslab {

namespace {

XFrameOptions classify(QByteArrayView value)
{
    value = trimHttpWhitespace(value);
    if (isByteCaseInsensitiveMatch(value, "deny"))
        return XFrameOptions::Deny;
    if (isByteCaseInsensitiveMatch(value, "sameorigin"))
        return XFrameOptions::SameOrigin;
    if (isByteCaseInsensitiveMatch(value, "allowall"))
        return XFrameOptions::AllowAll;
    return XFrameOptions::Invalid;
}

} // namespace

XFrameOptions parseXFrameOptions(const HeaderList &headers)
{
    // The standard splits with https://fetch.spec.whatwg.org/#header-value-get-decode-and-split, which
    // unquotes "DENY"; Chromium splits at every comma and keeps the quotes, so "DENY" is no value it
    // knows and the frame shows (seen in Chromium 156.0.8078.114).
    XFrameOptions result = XFrameOptions::None;
    for (const Header &header : headers.entries()) {
        if (!isByteCaseInsensitiveMatch(header.name, "x-frame-options"))
            continue;
        for (const QByteArray &value : header.value.split(',')) {
            const XFrameOptions current = classify(value);
            if (result == XFrameOptions::None)
                result = current;
            else if (result != current)
                result = XFrameOptions::Conflict;
        }
    }
    return result;
}

bool xFrameOptionsAllow(XFrameOptions options, const Origin &ancestor, const Origin &destination)
{
    switch (options) {
    // Step 7: several values that are none of deny, allowall or sameorigin are ignored, as one unknown is.
    case XFrameOptions::None:
    case XFrameOptions::AllowAll:
    case XFrameOptions::Invalid:
        return true;
    // Step 6: values that disagree block (Chromium: "Falling back to 'deny'"); step 8: deny.
    case XFrameOptions::Deny:
    case XFrameOptions::Conflict:
        return false;
    // Step 9: every ancestor same origin with the destination.
    case XFrameOptions::SameOrigin:
        return ancestor.isSameOrigin(destination);
    }
    return false;
}

} // namespace corslab
