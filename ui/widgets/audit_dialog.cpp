#include "ui/widgets/audit_dialog.h"

#include "core/explanation.h"
#include "core/origin.h"
#include "core/url.h"
#include "ui/models/audit_findings_model.h"
#include "ui/widgets/connection_options.h"
#include "ui/widgets/server_config_view.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace corslab {

AuditDialog::~AuditDialog() = default;

AuditDialog::AuditDialog(const QString &url, const QStringList &trusted, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Audit Server"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_url = new QLineEdit(url, this);
    m_url->setObjectName(u"auditUrl"_s);
    form->addRow(tr("Server &URL:"), m_url);
    m_trusted = new QLineEdit(trusted.join(u' '), this);
    m_trusted->setObjectName(u"auditTrusted"_s);
    m_trusted->setPlaceholderText(u"https://app.example.com https://admin.example.com"_s);
    m_trusted->setToolTip(tr("The origins the server should trust, separated by spaces; the crafted ones are derived from them."));
    form->addRow(tr("&Trusted origins:"), m_trusted);
    m_connection = std::make_unique<ConnectionOptions>(form, this);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(tr("Probes the server with crafted origins (an unrelated site, null, look-alike names, "
                             "http://), with and without credentials, simple and preflighted."), this);
    m_status->setObjectName(u"auditStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_model = new AuditFindingsModel(this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(u"auditFindings"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(AuditFindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AuditFindingsModel::FindingColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(AuditFindingsModel::OriginColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AuditFindingsModel::UrlColumn, QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(u"auditDetails"_s);
    m_config = new ServerConfigView(splitter);
    m_config->hide();   // until there is an audit to fix
    splitter->setSizes({160, 200, 160});
    layout->addWidget(splitter, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditDialog::showFinding);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("&Run Audit"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(u"runAudit"_s);
    m_run->setDefault(true);
    m_export = buttons->addButton(tr("&Export Markdown…"), QDialogButtonBox::ActionRole);
    m_export->setEnabled(false);
    connect(m_run, &QPushButton::clicked, this, &AuditDialog::startAudit);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Audit"), u"cors-audit.md"_s, tr("Markdown (*.md)"));
        QString error;
        if (!path.isEmpty() && !exportMarkdown(path, &error))
            QMessageBox::warning(this, tr("Cannot export"), tr("Cannot write %1: %2").arg(path, error));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &AuditDialog::reject);
    layout->addWidget(buttons);

    connect(&m_auditor, &probe::ServerAuditor::probeStarted, this, [this](int index, int count, const QString &origin) {
        m_progress->setRange(0, count);
        m_progress->setValue(index);
        m_status->setText(tr("Probe %1 of %2: Origin %3").arg(index + 1).arg(count).arg(origin));
    });
    connect(&m_auditor, &probe::ServerAuditor::finished, this, &AuditDialog::finishAudit);
    resize(760, 640);
}

QStringList AuditDialog::trustedOrigins() const
{
    return m_trusted->text().split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
}

void AuditDialog::startAudit()
{
    probe::ProbeSettings settings;
    settings.exchange = m_connection->settings();
    ProbeOptionError error;
    if (!m_auditor.start(m_url->text().trimmed(), trustedOrigins(), settings, &error)) {
        ConnectionOptions::reportError(m_status, error.option + u": "_s + error.message);
        return;
    }
    m_model->setFindings({}, {});
    m_details->clear();
    setRunning(true);
}

void AuditDialog::finishAudit()
{
    setRunning(false);
    const probe::AuditRun &run = m_auditor.run();
    if (ConnectionOptions::reportUnanswered(m_status, run.cancelled, run.failure))
        return;
    m_model->setFindings(run.findings, run.trusted);
    m_status->setText(run.findings.isEmpty() ? tr("No findings (%1 requests).").arg(run.exchanges)
                                             : tr("%n finding(s) (%1 requests).", nullptr, static_cast<int>(run.findings.size()))
                                                   .arg(run.exchanges));
    m_export->setEnabled(true);
    // The fix for every finding: an exact allowlist of the trusted origins.
    const std::optional<Url> url = parseUrlOrNull(run.target);
    QString error;
    std::optional<CorsPolicy> policy =
        corsPolicyAllowing(run.trusted, url ? url->serializePath() : u"/"_s, true, {"GET", "POST"}, {"content-type"}, &error);
    if (policy && url)
        policy->serverOrigin = Origin::fromUrl(*url).serialize();
    m_config->show();
    m_config->setPolicies(policy ? QList<CorsPolicy>{*policy} : QList<CorsPolicy>{},
                          policy ? tr("The configuration for an exact allowlist of the trusted origins:") : error);
    if (!run.findings.isEmpty())
        m_view->selectRow(0);
}

void AuditDialog::showFinding(const QModelIndex &index)
{
    if (!index.isValid() || index.row() >= m_model->findings().size())
        return;
    const AuditFinding &finding = m_model->findings().at(index.row());
    const FindingText words = describeFinding(finding, m_model->trusted());
    QString evidence = QString::fromLatin1(finding.evidence.method) + u' ' + finding.evidence.url + u'\n';
    for (const Header &header : finding.evidence.requestHeaders.entries())
        evidence += QString::fromLatin1(header.name + ": " + header.value) + u'\n';
    evidence += u"\nHTTP "_s + QString::number(finding.evidence.status) + u'\n';
    for (const Header &header : finding.evidence.responseHeaders.entries())
        evidence += QString::fromLatin1(header.name + ": " + header.value) + u'\n';
    m_details->setHtml(u"<h3>%1</h3><p><b>%2</b> %3</p><p><b>%4</b> %5</p><pre>%6</pre>"_s.arg(
        words.title.toHtmlEscaped(), tr("Why it matters:").toHtmlEscaped(), words.risk.toHtmlEscaped(),
        tr("Fix:").toHtmlEscaped(), words.fix.toHtmlEscaped(), evidence.toHtmlEscaped()));
}

QString AuditDialog::markdown() const
{
    const probe::AuditRun &run = m_auditor.run();
    return auditMarkdown(run.target, m_model->findings(), m_model->trusted(), run.exchanges);
}

bool AuditDialog::exportMarkdown(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(markdown().toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void AuditDialog::reject()
{
    if (m_progress->isVisible()) {
        m_auditor.cancel();
        return;
    }
    QDialog::reject();
}

void AuditDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_progress->setValue(0);
    m_run->setEnabled(!running);
    m_url->setEnabled(!running);
    m_trusted->setEnabled(!running);
    m_connection->setEnabled(!running);
}

} // namespace corslab
