#include "nginx_server.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace corslab::test {

NginxServer::NginxServer() = default;

NginxServer::~NginxServer() { stop(); }

quint16 NginxServer::freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool NginxServer::start(const QString &httpContext, const QString &servers, const QList<quint16> &ports, QString *error)
{
    stop();
    const QString dir = m_dir.path();
    QDir().mkpath(dir + u"/tmp"_s);
    const QString config = uR"(daemon off;
master_process off;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path %1/tmp/body;
    proxy_temp_path %1/tmp/proxy;
    fastcgi_temp_path %1/tmp/fastcgi;
    uwsgi_temp_path %1/tmp/uwsgi;
    scgi_temp_path %1/tmp/scgi;
    default_type application/json;
%2
%3
}
)"_s.arg(dir, httpContext, servers);
    QFile file(dir + u"/nginx.conf"_s);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.toUtf8()) < 0) {
        *error = u"cannot write nginx.conf"_s;
        return false;
    }
    file.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(u"/usr/sbin/nginx"_s, {u"-p"_s, dir, u"-c"_s, dir + u"/nginx.conf"_s, u"-e"_s, dir + u"/error.log"_s});
    if (!m_process.waitForStarted(5000)) {
        *error = u"nginx did not start: "_s + m_process.errorString();
        return false;
    }
    // Ready when every port answers (or nginx exits with its reason).
    QDeadlineTimer deadline(10000);
    for (const quint16 port : ports) {
        for (;;) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(200))
                break;
            if (m_process.state() != QProcess::Running || deadline.hasExpired()) {
                m_process.waitForFinished(1000);
                QFile log(dir + u"/error.log"_s);
                log.open(QIODevice::ReadOnly);
                *error = u"nginx did not listen on %1: %2 %3"_s.arg(port).arg(QString::fromUtf8(m_process.readAll()),
                                                                          QString::fromUtf8(log.readAll()));
                stop();
                return false;
            }
            QThread::msleep(50);
        }
    }
    return true;
}

void NginxServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

} // namespace corslab::test
