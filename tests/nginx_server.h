#pragma once
// A real nginx (Debian's nginx-light) started by a test as its own process: its own prefix, config
// and free loopback ports, never the system configuration; stopped when the object goes.
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace corslab::test {

class NginxServer {
public:
    NginxServer();
    ~NginxServer();
    // A free port on 127.0.0.1 (bound and released: nginx takes it right after).
    static quint16 freePort();
    QString prefix() const { return m_dir.path(); }
    // Starts nginx with `servers` (server blocks) and `httpContext` (map blocks …) inside http {};
    // false with `error` (nginx's own words) when it does not start or a port does not answer.
    bool start(const QString &httpContext, const QString &servers, const QList<quint16> &ports, QString *error);
    void stop();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

} // namespace corslab::test
