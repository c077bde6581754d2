#include "ui/probe/wire_exchange.h"

#include "core/url.h"

#include <QJsonArray>
#include <QNetworkProxy>
#include <QSslCipher>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace corslab::probe {

namespace {

QString latin1(const QByteArray &bytes) { return QString::fromLatin1(bytes); }

QJsonArray headerLines(const HeaderList &headers)
{
    QJsonArray lines;
    for (const Header &header : headers.entries())
        lines.append(QJsonArray{latin1(header.name), latin1(header.value)});
    return lines;
}

// https://www.rfc-editor.org/rfc/rfc9112#section-6.3: no body after HEAD, 1xx, 204 and 304.
bool responseHasNoBody(const QByteArray &method, int status)
{
    return method == "HEAD" || (status >= 100 && status < 200) || status == 204 || status == 304;
}

// The body as the model judges it: the bytes as they came, unless they are encoded (Content-Encoding)
// and so mean nothing to ORB's sniffing or an image decoder; then the route stands for its type.
std::optional<QByteArray> decodedBody(const QByteArray &body, const HeaderList &headers)
{
    if (headers.contains("content-encoding"))
        return std::nullopt;
    return body;
}

} // namespace

QString NetworkFailure::toString() const
{
    return url + u": "_s + message;
}

QJsonObject WireRecord::toJson() const
{
    QJsonObject object{{u"kind"_s, exchangeKindName(request.kind)},
                       {u"method"_s, latin1(request.method)},
                       {u"url"_s, request.url},
                       {u"request"_s, QString::fromLatin1(requestBytes)},
                       {u"timings"_s, QJsonObject{{u"connectMs"_s, connectMs}, {u"tlsMs"_s, tlsMs},
                                                  {u"firstByteMs"_s, firstByteMs}, {u"totalMs"_s, totalMs}}}};
    if (response) {
        object.insert(u"status"_s, response->head.status);
        object.insert(u"statusLine"_s, latin1(response->head.version + ' ' + QByteArray::number(response->head.status) + ' ' + response->head.reason));
        object.insert(u"responseHeaders"_s, headerLines(response->head.headers));
        if (bodyTruncated)
            object.insert(u"bodyTruncated"_s, true);
        if (bodyLeftOut)
            object.insert(u"bodyLeftOut"_s, true);
    }
    if (!tls.isEmpty())
        object.insert(u"tls"_s, tls);
    return object;
}

WireExchange::WireExchange(WireRequest request, ExchangeSettings settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
    m_record.request = std::move(request);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(NetworkFailure::Kind::Timeout,
             m_head ? tr("the response body did not arrive within %1 s").arg(m_settings.timeoutMs / 1000.0)
                    : tr("no answer within %1 s").arg(m_settings.timeoutMs / 1000.0));
    });
}

WireExchange::~WireExchange() = default;

void WireExchange::start()
{
    const std::optional<Url> url = parseUrlOrNull(m_record.request.url);
    if (!url || !url->host || (url->scheme != "http"_L1 && url->scheme != "https"_L1)) {
        fail(NetworkFailure::Kind::InvalidUrl, tr("not an http or https URL"));
        return;
    }
    const bool tls = url->scheme == "https"_L1;
    QString host = url->host->serialize();
    if (url->host->kind == Host::Kind::IPv6)
        host = host.mid(1, host.size() - 2);
    const quint16 port = static_cast<quint16>(url->port.value_or(*defaultPort(url->scheme)));

    // https://www.rfc-editor.org/rfc/rfc9112#section-3: origin-form request target, Host first.
    QByteArray head = m_record.request.method + ' ' + (url->serializePath() + (url->query ? u'?' + *url->query : QString())).toUtf8()
                      + " HTTP/1.1\r\nHost: " + url->host->serialize().toUtf8();
    if (url->port)
        head += ':' + QByteArray::number(*url->port);
    head += "\r\nConnection: close\r\n";
    for (const Header &header : m_record.request.headers.entries())
        head += header.name + ": " + header.value + "\r\n";
    if (m_record.request.body)
        head += "Content-Length: " + QByteArray::number(m_record.request.body->size()) + "\r\n";
    head += "\r\n";
    m_record.requestBytes = head;

    m_socket = new QSslSocket(this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    m_socket->setPeerVerifyName(url->host->serialize());
    connect(m_socket, &QSslSocket::errorOccurred, this, &WireExchange::onSocketError);
    connect(m_socket, &QSslSocket::readyRead, this, &WireExchange::readAvailable);
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        readAvailable();
        if (m_done)
            return;
        if (m_head && !m_contentLength && !m_chunked)
            complete();   // the body ran until the server closed
        else
            fail(NetworkFailure::Kind::ConnectionClosed, m_head ? tr("the server closed the connection inside the body")
                                                                : tr("the server closed the connection without an answer"));
    });
    connect(m_socket, &QSslSocket::connected, this, [this, tls] {
        m_record.connectMs = m_clock.elapsed();
        if (!tls)
            send();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_record.tlsMs = m_clock.elapsed();
        const QSslCipher cipher = m_socket->sessionCipher();
        const QSslCertificate certificate = m_socket->peerCertificate();
        m_record.tls.insert(u"protocol"_s, cipher.protocolString());
        m_record.tls.insert(u"cipher"_s, cipher.name());
        m_record.tls.insert(u"subject"_s, certificate.subjectDisplayName());
        m_record.tls.insert(u"issuer"_s, certificate.issuerDisplayName());
        m_record.tls.insert(u"verified"_s, !m_record.tls.contains(u"insecureAccepted"_s));
        send();
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList messages;
        for (const QSslError &error : errors)
            messages.append(error.errorString());
        if (!m_settings.insecure) {
            fail(NetworkFailure::Kind::TlsFailure,
                 tr("TLS failed: %1 (--insecure accepts a certificate that does not verify)").arg(messages.join(u"; "_s)));
            return;
        }
        m_record.tls.insert(u"insecureAccepted"_s, true);
        m_record.tls.insert(u"errors"_s, QJsonArray::fromStringList(messages));
        m_socket->ignoreSslErrors();
    });

    m_clock.start();
    m_deadline.start(m_settings.timeoutMs);
    if (tls)
        m_socket->connectToHostEncrypted(host, port, url->host->serialize());
    else
        m_socket->connectToHost(host, port);
}

void WireExchange::abort()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_socket)
        m_socket->abort();
}

void WireExchange::send()
{
    m_socket->write(m_record.requestBytes);
    if (m_record.request.body)
        m_socket->write(*m_record.request.body);
}

void WireExchange::onSocketError()
{
    if (m_done)
        return;
    switch (m_socket->error()) {
    case QAbstractSocket::RemoteHostClosedError:
        return;   // handled on disconnected, once the last bytes are read
    case QAbstractSocket::HostNotFoundError:
        fail(NetworkFailure::Kind::HostNotFound, tr("the host name does not resolve (DNS): %1").arg(m_socket->errorString()));
        return;
    case QAbstractSocket::ConnectionRefusedError:
        fail(NetworkFailure::Kind::ConnectionRefused, tr("connection refused"));
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        fail(NetworkFailure::Kind::TlsFailure, tr("TLS failed: %1").arg(m_socket->errorString()));
        return;
    default:
        fail(NetworkFailure::Kind::Other, m_socket->errorString());
        return;
    }
}

void WireExchange::readAvailable()
{
    if (m_done || !m_socket)
        return;
    if (m_record.firstByteMs < 0 && m_socket->bytesAvailable() > 0)
        m_record.firstByteMs = m_clock.elapsed();
    m_buffer += m_socket->readAll();
    if (!m_head && !parseHead())
        return;
    if (m_head && takeBody())
        complete();
}

// False until a final (non-1xx) head has arrived, or when it failed.
bool WireExchange::parseHead()
{
    for (;;) {
        const qsizetype end = responseHeadEnd(m_buffer);
        if (end < 0) {
            if (m_buffer.size() > kMaxResponseHeadBytes)
                fail(NetworkFailure::Kind::HeadersTooLarge, tr("more than %1 KiB of response headers").arg(kMaxResponseHeadBytes / 1024));
            return false;
        }
        if (end > kMaxResponseHeadBytes) {
            fail(NetworkFailure::Kind::HeadersTooLarge, tr("more than %1 KiB of response headers").arg(kMaxResponseHeadBytes / 1024));
            return false;
        }
        const QByteArray head = m_buffer.left(end);
        auto parsed = parseResponseHead(QByteArrayView(head).chopped(head.endsWith("\r\n\r\n") ? 4 : 2));
        if (const auto *error = std::get_if<ResponseHeadError>(&parsed)) {
            fail(NetworkFailure::Kind::MalformedResponse, tr("malformed response, line %1: %2").arg(error->line).arg(error->message));
            return false;
        }
        m_buffer.remove(0, end);
        ResponseHead response = std::get<ResponseHead>(std::move(parsed));
        // https://www.rfc-editor.org/rfc/rfc9110#section-15.2: an interim response; the final one follows.
        if (response.status >= 100 && response.status < 200 && response.status != 101)
            continue;
        m_record.responseHead = head;
        m_noBody = responseHasNoBody(m_record.request.method, response.status);
        const std::optional<QByteArray> encoding = response.headers.get("transfer-encoding");
        m_chunked = encoding && encoding->toLower().contains("chunked");
        if (!m_chunked) {
            if (const std::optional<QByteArray> length = response.headers.get("content-length")) {
                bool ok = false;
                const qint64 value = length->split(',').first().trimmed().toLongLong(&ok);
                if (!ok || value < 0) {
                    fail(NetworkFailure::Kind::MalformedResponse, tr("invalid Content-Length: %1").arg(latin1(*length)));
                    return false;
                }
                m_contentLength = value;
            }
        }
        m_head = std::move(response);
        return true;
    }
}

// True once the whole body (or as much as the model keeps) is in.
bool WireExchange::takeBody()
{
    if (m_noBody)
        return true;
    if (m_chunked) {
        // https://www.rfc-editor.org/rfc/rfc9112#section-7.1
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n");
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qint64 size = m_buffer.left(lineEnd).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                fail(NetworkFailure::Kind::MalformedResponse, tr("invalid chunk size in the body"));
                return false;
            }
            if (size == 0)
                return true;   // trailers are not read
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return false;
            m_body += m_buffer.mid(lineEnd + 2, size);
            m_buffer.remove(0, lineEnd + 2 + size + 2);
            if (m_body.size() >= kMaxBodyBytes)
                return true;
        }
    }
    m_body += m_buffer;
    m_buffer.clear();
    if (m_body.size() >= kMaxBodyBytes)
        return true;
    return m_contentLength && m_body.size() >= *m_contentLength;
}

void WireExchange::complete()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_record.totalMs = m_clock.elapsed();
    if (m_contentLength && m_body.size() > *m_contentLength)
        m_body.truncate(*m_contentLength);
    if (m_body.size() > kMaxBodyBytes) {
        m_body.truncate(kMaxBodyBytes);
        m_record.bodyTruncated = true;
    }
    WireResponse response;
    response.head = *m_head;
    if (!m_body.isEmpty()) {
        response.body = decodedBody(m_body, m_head->headers);
        m_record.bodyLeftOut = !response.body;
    }
    m_record.response = std::move(response);
    if (m_socket)
        m_socket->abort();
    emit finished();
}

void WireExchange::fail(NetworkFailure::Kind kind, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_record.totalMs = m_clock.elapsed();
    m_failure = NetworkFailure{kind, m_record.request.url, message};
    if (m_socket)
        m_socket->abort();
    emit finished();
}

} // namespace corslab::probe
