#include "ui/live/loopback_server.h"

#include "core/fetch_engine.h"
#include "core/url.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

namespace corslab::live {

namespace {

constexpr qsizetype kMaxRequestBytes = 4 * 1024 * 1024;

QSet<quint16> &usedPorts()
{
    static QSet<quint16> ports;
    return ports;
}

// Hands every connection out as a QSslSocket that has not begun TLS, so that its first byte can
// choose the protocol (QSslServer would start the handshake at once).
class DualProtocolServer : public QTcpServer {
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (socket->setSocketDescriptor(descriptor))
            addPendingConnection(socket);
        else
            delete socket;
    }
};

bool isNavigation(const HeaderList &headers)
{
    const auto mode = headers.get("Sec-Fetch-Mode");
    return mode && *mode == "navigate";
}

} // namespace

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 500: return "Internal Server Error";
    default: return "Status";
    }
}

LoopbackServer::LoopbackServer(QObject *parent) : QObject(parent), m_startedMs(QDateTime::currentMSecsSinceEpoch()) {}

LoopbackServer::~LoopbackServer() { close(); }

quint16 LoopbackServer::listen(const QString &host, QString *error)
{
    if (m_tls.localCertificate().isNull()) {
        const std::optional<Identity> id = identity(error);
        if (!id)
            return 0;
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setLocalCertificate(id->certificate);
        m_tls.setPrivateKey(id->key);
        m_tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    auto *server = new DualProtocolServer(this);
    // A port seen before could meet a still-valid preflight cache entry in Chromium: try again.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (!server->listen(QHostAddress::LocalHost, 0)) {
            if (error)
                *error = server->errorString();
            delete server;
            return 0;
        }
        if (!usedPorts().contains(server->serverPort()))
            break;
        server->close();
    }
    const quint16 port = server->serverPort();
    usedPorts().insert(port);
    Listener listener{server, host, port};
    m_listeners.append(listener);
    connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, listener] { onNewConnection(listener); });
    return port;
}

void LoopbackServer::close()
{
    for (const Listener &listener : std::as_const(m_listeners)) {
        listener.server->close();
        listener.server->deleteLater();
    }
    m_listeners.clear();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_connections.clear();
}

void LoopbackServer::onNewConnection(const Listener &listener)
{
    while (QTcpSocket *socket = listener.server->nextPendingConnection()) {
        m_connections.insert(socket, {QStringLiteral("%1:%2").arg(listener.host).arg(listener.port), {}, {}});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void LoopbackServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = *it;
    if (connection.scheme.isEmpty()) {
        // 0x16 opens a TLS handshake record (the ClientHello): answer as https. Peeking leaves the
        // bytes for the handshake; readyRead then comes again with decrypted data.
        char first = 0;
        if (socket->peek(&first, 1) < 1)
            return;
        if (first == '\x16') {
            connection.scheme = QStringLiteral("https");
            auto *tls = static_cast<QSslSocket *>(socket);   // DualProtocolServer makes only QSslSockets
            tls->setSslConfiguration(m_tls);
            tls->startServerEncryption();
            return;
        }
        connection.scheme = QStringLiteral("http");
    }
    QByteArray &buffer = connection.buffer;
    buffer += socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3) {
        socket->abort();
        return;
    }
    LoggedRequest request;
    request.method = requestLine[0];
    request.target = requestLine[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.append(line.left(colon), line.mid(colon + 1).trimmed());
    }
    const qsizetype contentLength = request.headers.get("Content-Length").value_or("0").toLongLong();
    if (buffer.size() < headerEnd + 4 + contentLength)
        return;   // wait for the rest of the body
    request.body = buffer.mid(headerEnd + 4, contentLength);
    buffer.clear();
    const QString origin = connection.scheme + QStringLiteral("://") + connection.authority;
    const QString url = request.target.startsWith('/') ? origin + QString::fromLatin1(request.target)
                                                       : QString::fromLatin1(request.target);
    // Keyed as routes are (corslab::serverUrl): a bare "?" is no query.
    const std::optional<Url> parsed = parseUrlOrNull(url);
    request.url = parsed ? serverUrl(*parsed) : url;
    request.elapsedMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    answer(socket, std::move(request));
}

void LoopbackServer::answer(QTcpSocket *socket, LoggedRequest request)
{
    int status = 404;
    HeaderList headers;
    QByteArray body;
    bool matched = false;
    for (LoopbackDocument &document : m_documents) {
        if (document.remaining > 0 && document.url == request.url && request.method == "GET"
            && (!document.navigationsOnly || isNavigation(request.headers))) {
            --document.remaining;
            status = 200;
            headers = {{"Content-Type", "text/html; charset=utf-8"}, {"Cache-Control", "no-store"}};
            for (const Header &h : document.headers.entries())
                headers.append(h.name, h.value);
            body = document.html;
            request.internal = true;
            matched = true;
            break;
        }
    }
    if (!matched) {
        for (const LoopbackRoute &route : std::as_const(m_routes)) {
            if ((route.method == "*" || route.method == request.method) && route.url == request.url) {
                status = route.status;
                headers = route.headers;
                body = route.body;
                break;
            }
        }
    }

    QByteArray wire = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const Header &header : headers.entries())
        wire += header.name + ": " + header.value + "\r\n";
    const bool bodyless = (status >= 100 && status < 200) || status == 204 || status == 304;
    if (!bodyless && !headers.contains("Content-Length") && !headers.contains("Transfer-Encoding"))
        wire += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!headers.contains("Connection"))
        wire += "Connection: close\r\n";
    wire += "\r\n";
    if (!bodyless && request.method != "HEAD")
        wire += body;

    request.status = status;
    request.responseHeaders = headers;
    m_log.append(std::move(request));
    socket->write(wire);
    socket->flush();
    socket->disconnectFromHost();
    Q_EMIT requestLogged(int(m_log.size() - 1));
}

std::optional<LoopbackServer::Identity> LoopbackServer::identity(QString *error)
{
    static QMutex mutex;
    static std::optional<Identity> cached;
    QMutexLocker lock(&mutex);
    if (cached)
        return cached;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/corslab-live");
    QDir().mkpath(dir);
    const QString certPath = dir + QStringLiteral("/loopback-cert.pem");
    const QString keyPath = dir + QStringLiteral("/loopback-key.pem");
    if (!QFile::exists(certPath) || !QFile::exists(keyPath)) {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=corslab live loopback"), QStringLiteral("-keyout"), keyPath,
                       QStringLiteral("-out"), certPath});
        if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
            if (error)
                *error = QStringLiteral("could not create a self-signed certificate with openssl: %1 %2")
                             .arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAllStandardError()).trimmed());
            QFile::remove(certPath);
            QFile::remove(keyPath);
            return std::nullopt;
        }
    }
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1").arg(certPath);
        return std::nullopt;
    }
    Identity id{QSslCertificate(&certFile, QSsl::Pem), QSslKey(&keyFile, QSsl::Ec, QSsl::Pem)};
    if (id.certificate.isNull() || id.key.isNull()) {
        if (error)
            *error = QStringLiteral("the cached certificate in %1 is unreadable; delete it to make a new one").arg(dir);
        return std::nullopt;
    }
    cached = id;
    return cached;
}

} // namespace corslab::live
