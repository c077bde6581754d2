#pragma once
// Tools › Audit Server…: the URL and the trusted origins, Run with progress and Cancel, then the
// findings (severity, origin, evidence, why it matters, the fix and the server configuration for an
// exact allowlist), exportable as Markdown.
#include "ui/probe/server_auditor.h"
#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace corslab {

class AuditFindingsModel;
class ConnectionOptions;
class ServerConfigView;

class AuditDialog : public QDialog {
    Q_OBJECT
public:
    AuditDialog(const QString &url, const QStringList &trusted, QWidget *parent = nullptr);
    ~AuditDialog() override;

    AuditFindingsModel *model() const { return m_model; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *trustedEdit() const { return m_trusted; }
    QPushButton *runButton() const { return m_run; }
    QLabel *statusLabel() const { return m_status; }
    QTableView *findingsView() const { return m_view; }
    // The report as Markdown (what Export writes).
    QString markdown() const;
    bool exportMarkdown(const QString &path, QString *error) const;

public slots:
    void startAudit();
    void reject() override;

private:
    void setRunning(bool running);
    void finishAudit();
    void showFinding(const QModelIndex &index);
    QStringList trustedOrigins() const;

    probe::ServerAuditor m_auditor;
    AuditFindingsModel *m_model = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_trusted = nullptr;
    std::unique_ptr<ConnectionOptions> m_connection;
    QPushButton *m_run = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_details = nullptr;
    ServerConfigView *m_config = nullptr;
};

} // namespace corslab
