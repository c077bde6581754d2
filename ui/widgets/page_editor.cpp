#include "ui/widgets/page_editor.h"

#include "core/origin.h"
#include "core/url.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <variant>

using namespace Qt::StringLiterals;

namespace corslab {

PageEditor::PageEditor(QWidget *parent) : QWidget(parent)
{
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(u"https://app.example.com/"_s);
    m_url->setClearButtonEnabled(true);
    m_sandboxed = new QCheckBox(this);
    m_origin = new QLabel(this);
    m_site = new QLabel(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QLabel *label : {m_origin, m_site}) {
        label->setFont(mono);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    m_urlLabel = new QLabel(this);
    m_urlLabel->setBuddy(m_url);
    m_originLabel = new QLabel(this);
    m_siteLabel = new QLabel(this);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_urlLabel, 0, 0);
    layout->addWidget(m_url, 0, 1);
    layout->addWidget(m_sandboxed, 0, 2);
    auto *facts = new QHBoxLayout;
    facts->addWidget(m_originLabel);
    facts->addWidget(m_origin);
    facts->addSpacing(16);
    facts->addWidget(m_siteLabel);
    facts->addWidget(m_site);
    facts->addStretch();
    layout->addLayout(facts, 1, 1, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_url, &QLineEdit::textEdited, this, [this](const QString &text) {
        updateOrigin(text, m_sandboxed->isChecked());
        emit pageUrlEdited(text);
    });
    connect(m_url, &QLineEdit::editingFinished, this, &PageEditor::typingFinished);
    connect(m_sandboxed, &QCheckBox::toggled, this, [this](bool on) {
        updateOrigin(m_url->text(), on);
        emit sandboxedEdited(on);
    });
    retranslate();
}

void PageEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateOrigin(m_url->text(), m_sandboxed->isChecked());
    }
    QWidget::changeEvent(event);
}

void PageEditor::retranslate()
{
    m_url->setToolTip(tr("The URL of the page whose script or markup makes the request"));
    m_sandboxed->setText(tr("&Sandboxed"));
    m_sandboxed->setToolTip(tr("The page is in a sandboxed iframe (sandbox=\"allow-scripts\"): its origin is opaque, "
                               "serialised as \"null\""));
    m_origin->setToolTip(tr("https://html.spec.whatwg.org/multipage/browsers.html#concept-origin"));
    m_site->setToolTip(tr("The schemeful site: scheme and registrable domain "
                          "(https://html.spec.whatwg.org/multipage/browsers.html#obtain-a-site)"));
    m_urlLabel->setText(tr("Page &URL:"));
    m_originLabel->setText(tr("Origin:"));
    m_siteLabel->setText(tr("Site:"));
}

void PageEditor::setScenario(const Scenario &scenario)
{
    const QSignalBlocker blockUrl(m_url);
    const QSignalBlocker blockSandboxed(m_sandboxed);
    if (m_url->text() != scenario.page)
        m_url->setText(scenario.page);
    m_sandboxed->setChecked(scenario.pageSandboxed);
    updateOrigin(scenario.page, scenario.pageSandboxed);
}

QString PageEditor::originText() const
{
    return m_origin->text();
}

QString PageEditor::siteText() const
{
    return m_site->text();
}

void PageEditor::updateOrigin(const QString &text, bool sandboxed)
{
    const std::variant<Url, UrlError> parsed = parseUrl(text);
    if (const auto *error = std::get_if<UrlError>(&parsed)) {
        m_origin->setText(text.isEmpty() ? tr("(no URL)") : tr("invalid URL: %1").arg(error->reason));
        m_origin->setStyleSheet(u"color: #a40e26"_s);
        m_site->clear();
        return;
    }
    m_origin->setStyleSheet({});
    const Url &url = std::get<Url>(parsed);
    const Origin origin = sandboxed ? Origin::createOpaque() : Origin::fromUrl(url);
    if (origin.isOpaque()) {
        m_origin->setText(sandboxed ? tr("null (opaque: sandboxed)") : tr("null (opaque)"));
        m_site->setText(tr("none (opaque origin)"));
        return;
    }
    m_origin->setText(origin.serialize());
    m_site->setText(origin.scheme() + u"://"_s + origin.siteHost());
}

} // namespace corslab
