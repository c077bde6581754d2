#pragma once
// A tiny HTTP/1.1 responder on 127.0.0.1 for the live runner: one listening port per origin of a
// scenario, answering with the scenario's routes byte for byte, and logging every request exactly as
// it arrived (method, target, header lines in order). Each port speaks plain HTTP and TLS, told apart
// by the first byte of a connection, so that an http origin's port also answers Chromium's upgrade of
// mixed-content images and media, which changes the scheme only.
//
// What goes on the wire for a route: the status line, the route's header lines in order (duplicates
// kept, casing kept), then, only if the route does not already carry them, `Content-Length` (except
// for 1xx, 204 and 304 answers) and `Connection: close`, then the body (not for HEAD). Each
// connection carries one exchange and is closed after the answer. A request that matches no route
// gets `404` with no header lines other than those two. A route's body is given by the runner (the
// usual content of its Content-Type when the scenario gives none: see EngineRunner::run).
#include "core/header_list.h"
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace corslab::live {

// One route in real (loopback) terms: the first route whose method (or "*") and exact URL match answers.
struct LoopbackRoute {
    QByteArray method = QByteArrayLiteral("*");
    QString url;
    int status = 200;
    HeaderList headers;
    QByteArray body;
};

// A document the runner itself serves (the harness page, the sandbox's outer page). It answers a
// GET of `url` and is served `remaining` times (then the scenario's routes answer that URL again);
// requests it answers are logged with `internal` set.
struct LoopbackDocument {
    QString url;
    QByteArray html;
    HeaderList headers;      // sent after Content-Type and Cache-Control (the scenario's pageHeaders)
    int remaining = 1;
    // Answer only requests with `Sec-Fetch-Mode: navigate`. Chromium sends Sec-Fetch-* only to
    // potentially trustworthy URLs (https), so over http the first GET of `url` is taken instead.
    bool navigationsOnly = false;
};

struct LoggedRequest {
    QString url;              // absolute, real terms: scheme://host:port + request-target
    QByteArray method;
    QByteArray target;        // the request-target as sent
    HeaderList headers;       // header lines in arrival order, casing kept
    QByteArray body;
    int status = 0;           // the answer given
    HeaderList responseHeaders;
    bool internal = false;    // answered with a runner document, not part of the scenario
    qint64 elapsedMs = 0;     // since the server started
};

class LoopbackServer : public QObject {
    Q_OBJECT
public:
    explicit LoopbackServer(QObject *parent = nullptr);
    ~LoopbackServer() override;

    // Starts one listener for `host` and returns its port on 127.0.0.1, or 0 with `error` set.
    // Requests on it are taken to be for https://host:port when the connection began with a TLS
    // handshake, else for http://host:port. A port this process used before is never returned again
    // (Chromium's preflight cache keys on the URL).
    quint16 listen(const QString &host, QString *error);

    void setRoutes(QList<LoopbackRoute> routes) { m_routes = std::move(routes); }
    void addDocument(LoopbackDocument document) { m_documents.append(std::move(document)); }

    const QList<LoggedRequest> &log() const { return m_log; }
    // Stops listening and drops every open connection.
    void close();

    // The self-signed certificate and key for https listeners, created with the `openssl` tool on
    // first use and cached under QStandardPaths::CacheLocation; nullopt with `error` when that fails.
    struct Identity {
        QSslCertificate certificate;
        QSslKey key;
    };
    static std::optional<Identity> identity(QString *error);

Q_SIGNALS:
    void requestLogged(int index);

private:
    struct Listener {
        QTcpServer *server = nullptr;
        QString host;
        quint16 port = 0;
    };
    struct Connection {
        QString authority;    // host:port of the listener
        QString scheme;       // empty until the first byte has arrived
        QByteArray buffer;
    };
    void onNewConnection(const Listener &listener);
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, LoggedRequest request);

    QList<Listener> m_listeners;
    QList<LoopbackRoute> m_routes;
    QList<LoopbackDocument> m_documents;
    QList<LoggedRequest> m_log;
    QHash<QTcpSocket *, Connection> m_connections;
    QSslConfiguration m_tls;
    qint64 m_startedMs = 0;
};

QByteArray reasonPhrase(int status);

} // namespace corslab::live
