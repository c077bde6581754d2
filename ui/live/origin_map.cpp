#include "ui/live/origin_map.h"

#include "core/origin.h"

namespace corslab::live {

namespace {

// Characters that would continue an origin's host or port: where one follows, the text names a
// different origin.
bool continuesOrigin(QChar c)
{
    return c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' || c == u':' || c == u'@';
}

QString replaceOrigin(QString text, const QString &from, const QString &to, bool digitsOnlyBoundary)
{
    qsizetype position = 0;
    while ((position = text.indexOf(from, position)) >= 0) {
        const qsizetype end = position + from.size();
        const bool ends = end == text.size()
            || (digitsOnlyBoundary ? !text.at(end).isDigit() : !continuesOrigin(text.at(end)));
        if (ends) {
            text.replace(position, from.size(), to);
            position += to.size();
        } else {
            position = end;
        }
    }
    return text;
}

bool isHttpScheme(const QString &scheme) { return scheme == u"http" || scheme == u"https"; }

} // namespace

QString OriginMap::Entry::realOrigin() const { return QStringLiteral("%1://%2").arg(scheme, realAuthority()); }

QString OriginMap::Entry::realAuthority() const { return QStringLiteral("%1:%2").arg(host).arg(realPort); }

QString OriginMap::Entry::scenarioAuthority() const
{
    return corslab::defaultPort(scheme) == scenarioPort ? host : QStringLiteral("%1:%2").arg(host).arg(scenarioPort);
}

int OriginMap::Entry::upgradedPort() const { return scheme == u"http" && scenarioPort == 80 ? 443 : scenarioPort; }

int OriginMap::add(Entry entry)
{
    // Keyed by the origin's serialisation: https://app.example.com:443 is https://app.example.com.
    entry.scenarioOrigin = entry.scheme + QStringLiteral("://") + entry.scenarioAuthority();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].scenarioOrigin == entry.scenarioOrigin)
            return int(i);
    }
    m_entries.append(std::move(entry));
    return int(m_entries.size() - 1);
}

int OriginMap::addUrl(const QString &url)
{
    const std::optional<Url> parsed = parseUrlOrNull(url);
    if (!parsed || !isHttpScheme(parsed->scheme) || !parsed->host)
        return -1;
    Entry entry;
    entry.scheme = parsed->scheme;
    entry.host = parsed->host->serialize();
    entry.ipAddress = parsed->host->isIpAddress();
    entry.scenarioPort = parsed->port.value_or(*defaultPort(parsed->scheme));
    return add(std::move(entry));
}

void OriginMap::addUpgradedOrigins()
{
    for (qsizetype i = 0, n = m_entries.size(); i < n; ++i) {
        if (m_entries[i].scheme != u"http")
            continue;
        Entry upgraded = m_entries[i];
        upgraded.scheme = QStringLiteral("https");
        upgraded.scenarioPort = m_entries[i].upgradedPort();
        upgraded.realPort = 0;
        add(std::move(upgraded));
    }
}

const OriginMap::Entry *OriginMap::find(const Url &url) const
{
    if (!isHttpScheme(url.scheme))
        return nullptr;
    const QString origin = Origin::fromUrl(url).serialize();
    for (const Entry &e : m_entries) {
        if (e.scenarioOrigin == origin)
            return &e;
    }
    return nullptr;
}

const OriginMap::Entry *OriginMap::find(const QString &url) const
{
    const std::optional<Url> parsed = parseUrlOrNull(url);
    return parsed ? find(*parsed) : nullptr;
}

QString OriginMap::toRealUrl(const QString &url) const
{
    std::optional<Url> parsed = parseUrlOrNull(url);
    if (!parsed)
        return url;
    const Entry *entry = find(*parsed);
    if (!entry)
        return url;
    parsed->port = entry->realPort;
    return parsed->serialize();
}

QString OriginMap::toReal(const QString &text) const
{
    QString result = text;
    for (const Entry &e : m_entries)
        result = replaceOrigin(result, e.scenarioOrigin, e.realOrigin(), false);
    return result;
}

QString OriginMap::toScenario(const QString &text) const
{
    QString result = text;
    for (const Entry &e : m_entries)
        result = replaceOrigin(result, e.realOrigin(), e.scenarioOrigin, true);
    // What remains names an authority outside a URL (the Host header).
    for (const Entry &e : m_entries)
        result = replaceOrigin(result, e.realAuthority(), e.scenarioAuthority(), true);
    return result;
}

QByteArray OriginMap::toScenario(const QByteArray &text) const { return toScenario(QString::fromLatin1(text)).toLatin1(); }

QByteArray OriginMap::toReal(const QByteArray &text) const { return toReal(QString::fromLatin1(text)).toLatin1(); }

} // namespace corslab::live
