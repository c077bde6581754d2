#include "ui/widgets/server_config_view.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

QString displayName(ServerKind kind)
{
    switch (kind) {
    case ServerKind::Nginx: return u"nginx"_s;
    case ServerKind::Apache: return u"Apache httpd"_s;
    case ServerKind::Caddy: return u"Caddy"_s;
    case ServerKind::Express: return u"Express (cors)"_s;
    case ServerKind::Django: return u"Django (django-cors-headers)"_s;
    case ServerKind::Flask: return u"Flask-CORS"_s;
    case ServerKind::Spring: return u"Spring (CorsConfiguration)"_s;
    case ServerKind::AspNet: return u"ASP.NET Core (CorsPolicyBuilder)"_s;
    }
    return {};
}

} // namespace

ServerConfigView::ServerConfigView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"serverKind"_s);
    for (const ServerKind kind : kAllServerKinds)
        m_kind->addItem(displayName(kind), QString(serverKindName(kind)));
    const QString remembered = QSettings().value("fix/serverKind"_L1, u"nginx"_s).toString();
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(remembered)));
    row->addWidget(m_kind, 1);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(u"copyServerConfig"_s);
    row->addWidget(m_copy);
    layout->addLayout(row);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"serverConfigText"_s);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 8);
    layout->addWidget(m_text);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue("fix/serverKind"_L1, m_kind->currentData().toString());
        updateSnippet();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(snippet()); });
    retranslate();
}

void ServerConfigView::setPolicies(const QList<CorsPolicy> &policies, const QString &note)
{
    m_policies = policies;
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    updateSnippet();
}

QString ServerConfigView::snippet() const
{
    return m_text->toPlainText();
}

void ServerConfigView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ServerConfigView::retranslate()
{
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the configuration to the clipboard"));
    m_kind->setToolTip(tr("The server or framework to write the configuration for"));
}

void ServerConfigView::updateSnippet()
{
    const std::optional<ServerKind> kind = serverKindFromName(m_kind->currentData().toString());
    const QString text = kind ? serverConfig(*kind, m_policies) : QString();
    m_text->setPlainText(text);
    m_copy->setEnabled(!text.isEmpty());
}

} // namespace corslab
