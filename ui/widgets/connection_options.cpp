#include "ui/widgets/connection_options.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {
constexpr QLatin1StringView kTimeoutKey{"probe/timeout"};
}

ConnectionOptions::ConnectionOptions(QFormLayout *form, QWidget *parent)
{
    m_timeout = new QSpinBox(parent);
    m_timeout->setObjectName(u"timeoutSeconds"_s);
    m_timeout->setRange(1, 120);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(QSettings().value(kTimeoutKey, 10).toInt());
    m_timeout->setToolTip(tr("How long one request may take in all, answer and body: a server that trickles bytes is cut off."));
    form->addRow(tr("&Timeout per request:"), m_timeout);
    m_insecure = new QCheckBox(tr("Accept a certificate that does not verify (self-signed)"), parent);
    form->addRow(QString(), m_insecure);
}

probe::ExchangeSettings ConnectionOptions::settings() const
{
    QSettings().setValue(kTimeoutKey, m_timeout->value());
    probe::ExchangeSettings settings;
    settings.timeoutMs = m_timeout->value() * 1000;
    settings.insecure = m_insecure->isChecked();
    return settings;
}

void ConnectionOptions::setEnabled(bool enabled)
{
    m_timeout->setEnabled(enabled);
    m_insecure->setEnabled(enabled);
}

bool ConnectionOptions::reportUnanswered(QLabel *status, bool cancelled, const std::optional<probe::NetworkFailure> &failure)
{
    if (cancelled)
        status->setText(tr("Cancelled."));
    else if (failure)
        reportError(status, failure->toString());
    return cancelled || failure;
}

void ConnectionOptions::reportError(QLabel *status, const QString &error)
{
    status->setText(u"<span style='color:#b00020'>%1</span>"_s.arg(error.toHtmlEscaped()));
}

} // namespace corslab
