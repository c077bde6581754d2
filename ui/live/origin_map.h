#pragma once
// The live runner serves each origin of a scenario on its own loopback port, with every host name
// resolved to 127.0.0.1 (--host-resolver-rules), so schemes and hosts (and with them same-site
// relations and cookies) stay as written and only ports change. OriginMap keeps the pairs:
// http://api.example.com  <->  http://api.example.com:41234. URL fields are mapped through the
// project's WHATWG URL parser (toRealUrl); other text by origin replacement (toReal, toScenario).
#include "core/url.h"
#include <QList>
#include <QString>

namespace corslab::live {

class OriginMap {
public:
    struct Entry {
        QString scheme;              // "http" or "https"
        QString host;                // https://url.spec.whatwg.org/#concept-host-serializer
        bool ipAddress = false;      // the host is an IPv4 or IPv6 address
        int scenarioPort = 0;        // the effective port in the scenario (default port filled in)
        QString scenarioOrigin;      // https://html.spec.whatwg.org/multipage/browsers.html#ascii-serialisation-of-an-origin
        quint16 realPort = 0;
        QString realOrigin() const;  // serialisation on loopback: https://api.example.com:41234
        QString scenarioAuthority() const;   // host[:port] as the origin's serialisation writes it
        QString realAuthority() const;       // host:realPort
        // The https port Chromium's mixed-content upgrade gives this origin's URLs (scheme only,
        // 80 becomes 443: MixedContentChecker::UpgradeInsecureRequest); the port itself for https.
        int upgradedPort() const;
    };

    // Adds the origin of an absolute http(s) URL (no-op for other schemes, unparsable or known
    // origins); returns the entry's index or -1.
    int addUrl(const QString &url);
    // For every http origin, the https origin Chromium upgrades its mixed-content images and media to.
    void addUpgradedOrigins();
    QList<Entry> &entries() { return m_entries; }
    const QList<Entry> &entries() const { return m_entries; }
    // The entry for an http(s) URL in scenario terms, or nullptr.
    const Entry *find(const QString &url) const;
    const Entry *find(const Url &url) const;

    // A URL in scenario terms with its port swapped for the real one (userinfo, path, query and
    // fragment kept, serialised by the URL parser); unparsable URLs and unknown origins as written.
    QString toRealUrl(const QString &url) const;
    // Every serialised scenario origin in `text` becomes its real origin, for header values other
    // than URLs (Access-Control-Allow-Origin…). An origin is replaced only where it ends (followed
    // by '/', '?', '#', a quote, space, comma, end…), so `https://app.example.com.evil` stays as written.
    QString toReal(const QString &text) const;
    QByteArray toReal(const QByteArray &text) const;
    // The reverse, for everything reported back (URLs, console text, Origin, Referer, Host values).
    QString toScenario(const QString &text) const;
    QByteArray toScenario(const QByteArray &text) const;

private:
    int add(Entry entry);
    QList<Entry> m_entries;
};

} // namespace corslab::live
