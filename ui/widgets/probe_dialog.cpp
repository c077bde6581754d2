#include "ui/widgets/probe_dialog.h"

#include "core/origin.h"
#include "core/url.h"
#include "ui/widgets/connection_options.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

QString originOf(const QString &page)
{
    const std::optional<Url> url = parseUrlOrNull(page);
    return url ? Origin::fromUrl(*url).serialize() : QString();
}

} // namespace

ProbeDialog::~ProbeDialog() = default;

ProbeDialog::ProbeDialog(const Scenario &current, EngineProfile profile, QWidget *parent)
    : QDialog(parent), m_profile(profile)
{
    setWindowTitle(tr("Probe Server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Sends what Chromium would send to a real server (the preflight, the request, every "
                                "redirect hop) and judges the real answers. Only this URL's server is contacted."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_url = new QLineEdit(current.request.url, this);
    m_url->setObjectName(u"probeUrl"_s);
    m_url->setPlaceholderText(u"https://api.example.com/v1/items"_s);
    form->addRow(tr("Server &URL:"), m_url);
    m_origin = new QLineEdit(current.pageSandboxed ? u"null"_s : originOf(current.page), this);
    m_origin->setObjectName(u"probeOrigin"_s);
    m_origin->setToolTip(tr("The page's origin, as its Origin header says it; null for a sandboxed page."));
    form->addRow(tr("Page &origin:"), m_origin);
    m_method = new QComboBox(this);
    m_method->setEditable(true);
    m_method->addItems({u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s});
    m_method->setCurrentText(QString::fromLatin1(current.request.method));
    form->addRow(tr("&Method:"), m_method);
    m_via = new QComboBox(this);
    for (const Via via : kAllVias)
        m_via->addItem(viaName(via), QString(viaName(via)));
    m_via->setCurrentIndex(m_via->findData(QString(viaName(current.request.via))));
    form->addRow(tr("Made &by:"), m_via);
    m_credentials = new QComboBox(this);
    m_credentials->addItem(tr("(default of the request)"), QString());
    for (const char *name : {"omit", "same-origin", "include"})
        m_credentials->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    if (current.request.credentials)
        m_credentials->setCurrentIndex(m_credentials->findData(QString(credentialsModeName(*current.request.credentials))));
    form->addRow(tr("&Credentials:"), m_credentials);
    m_headers = new QPlainTextEdit(this);
    m_headers->setObjectName(u"probeHeaders"_s);
    m_headers->setPlaceholderText(tr("Name: value, one per line"));
    m_headers->setFixedHeight(m_headers->fontMetrics().lineSpacing() * 4 + 12);
    QStringList lines;
    for (const Header &header : current.request.headers.entries())
        lines.append(QString::fromLatin1(header.name) + u": "_s + QString::fromUtf8(header.value));
    m_headers->setPlainText(lines.join(u'\n'));
    form->addRow(tr("&Headers:"), m_headers);
    m_body = new QLineEdit(current.request.body ? QString::fromUtf8(*current.request.body) : QString(), this);
    form->addRow(tr("B&ody:"), m_body);
    m_cookies = new QLineEdit(this);
    m_cookies->setPlaceholderText(u"session=abc; theme=dark"_s);
    m_cookies->setToolTip(tr("Sent as the Cookie header wherever the browser would send cookies."));
    form->addRow(tr("Coo&kies:"), m_cookies);
    m_connection = std::make_unique<ConnectionOptions>(form, this);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(u"probeStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_probe = m_buttons->addButton(tr("&Probe"), QDialogButtonBox::ActionRole);
    m_probe->setObjectName(u"probeButton"_s);
    m_probe->setDefault(true);
    connect(m_probe, &QPushButton::clicked, this, &ProbeDialog::startProbe);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProbeDialog::reject);
    layout->addWidget(m_buttons);

    connect(&m_prober, &probe::ServerProber::exchangeStarted, this, [this](const QString &method, const QString &url) {
        m_status->setText(tr("Sending %1 %2 …").arg(method, url));
    });
    connect(&m_prober, &probe::ServerProber::finished, this, &ProbeDialog::finishProbe);
    resize(560, sizeHint().height());
}

std::optional<ProbeOptions> ProbeDialog::options(QString *error) const
{
    ProbeOptions options;
    options.url = m_url->text().trimmed();
    options.origin = m_origin->text().trimmed();
    options.method = m_method->currentText().trimmed().toLatin1();
    options.via = viaFromName(m_via->currentData().toString()).value_or(Via::Fetch);
    const QString credentials = m_credentials->currentData().toString();
    if (credentials == "omit"_L1)
        options.credentials = CredentialsMode::Omit;
    else if (credentials == "same-origin"_L1)
        options.credentials = CredentialsMode::SameOrigin;
    else if (credentials == "include"_L1)
        options.credentials = CredentialsMode::Include;
    const QStringList lines = m_headers->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(u':');
        if (colon <= 0) {
            *error = tr("Headers, line %1: write it as Name: value").arg(i + 1);
            return std::nullopt;
        }
        options.headers.append(lines.at(i).left(colon).trimmed().toLatin1(), lines.at(i).mid(colon + 1).trimmed().toUtf8());
    }
    if (!m_body->text().isEmpty())
        options.body = m_body->text().toUtf8();
    for (const QString &cookie : m_cookies->text().split(u';', Qt::SkipEmptyParts))
        options.cookies.append(cookie.trimmed().toUtf8());
    if (options.origin.isEmpty()) {
        *error = tr("Give the page's origin (or null).");
        return std::nullopt;
    }
    const auto scenario = probeScenario(options);
    if (const auto *bad = std::get_if<ProbeOptionError>(&scenario)) {
        *error = bad->option + u": "_s + bad->message;
        return std::nullopt;
    }
    return options;
}

void ProbeDialog::startProbe()
{
    QString error;
    const std::optional<ProbeOptions> request = options(&error);
    if (!request) {
        ConnectionOptions::reportError(m_status, error);
        return;
    }
    m_running = *request;
    probe::ProbeSettings settings;
    settings.exchange = m_connection->settings();
    settings.cookies = request->cookies;
    settings.profile = m_profile;
    setRunning(true);
    m_prober.start(std::get<Scenario>(probeScenario(*request)), settings);
}

void ProbeDialog::finishProbe()
{
    setRunning(false);
    const probe::ProbeRun &run = m_prober.run();
    if (ConnectionOptions::reportUnanswered(m_status, run.cancelled, run.failure))
        return;
    m_result = run.scenario;
    markProbed(m_result, QDateTime::currentDateTimeUtc(), m_running);
    accept();
}

void ProbeDialog::reject()
{
    // Cancel stops a running probe first; a second Cancel closes the dialog.
    if (m_prober.isRunning()) {
        m_prober.cancel();
        return;
    }
    QDialog::reject();
}

void ProbeDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_probe->setEnabled(!running);
    for (QWidget *field : {static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_origin), static_cast<QWidget *>(m_method),
                           static_cast<QWidget *>(m_via), static_cast<QWidget *>(m_credentials),
                           static_cast<QWidget *>(m_headers), static_cast<QWidget *>(m_body),
                           static_cast<QWidget *>(m_cookies)})
        field->setEnabled(!running);
    m_connection->setEnabled(!running);
    if (running)
        m_status->setText(tr("Probing…"));
}

} // namespace corslab
