#pragma once
// One HTTP/1.1 exchange with a real server, byte for byte: the request exactly as core built it (plus
// Host, Content-Length and Connection: close), the response head as sent, the body when it is text.
// No redirects, no cookies, no proxy, no caching, no compression: the engine decides all of that.
#include "core/server_probe.h"
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QSslSocket;

namespace corslab::probe {

// Why no answer came back; `url` is the URL that failed.
struct NetworkFailure {
    enum class Kind { InvalidUrl, HostNotFound, ConnectionRefused, TlsFailure, Timeout, HeadersTooLarge,
                      MalformedResponse, ConnectionClosed, Other };
    Kind kind = Kind::Other;
    QString url;
    QString message;
    QString toString() const;
};

struct ExchangeSettings {
    int timeoutMs = 10000;     // for the whole exchange: a server that trickles bytes gets no more
    bool insecure = false;     // accept a certificate that does not verify (and say so)
};

// What went over the wire, for `probe` in the JSON and the dialogs.
struct WireRecord {
    WireRequest request;
    QByteArray requestBytes;   // the request head as written
    QByteArray responseHead;   // the response head as received
    std::optional<WireResponse> response;
    qint64 connectMs = -1, tlsMs = -1, firstByteMs = -1, totalMs = -1;
    QJsonObject tls;           // protocol, cipher, subject, issuer, verified, insecureAccepted, errors
    bool bodyTruncated = false;
    bool bodyLeftOut = false;  // encoded (Content-Encoding): not kept
    QJsonObject toJson() const;
};

class WireExchange : public QObject {
    Q_OBJECT
public:
    WireExchange(WireRequest request, ExchangeSettings settings, QObject *parent = nullptr);
    ~WireExchange() override;
    void start();
    void abort();
    const WireRecord &record() const { return m_record; }
    const std::optional<NetworkFailure> &failure() const { return m_failure; }

signals:
    void finished();

private:
    void send();
    void readAvailable();
    bool parseHead();
    bool takeBody();
    void fail(NetworkFailure::Kind kind, const QString &message);
    void complete();
    void onSocketError();

    WireRecord m_record;
    ExchangeSettings m_settings;
    QSslSocket *m_socket = nullptr;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    QByteArray m_buffer;
    std::optional<ResponseHead> m_head;
    std::optional<qint64> m_contentLength;
    bool m_chunked = false;
    bool m_noBody = false;
    QByteArray m_body;
    bool m_done = false;
    std::optional<NetworkFailure> m_failure;
};

} // namespace corslab::probe
