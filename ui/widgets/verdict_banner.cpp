#include "ui/widgets/verdict_banner.h"

#include "core/cors_error.h"
#include "core/explanation.h"
#include "ui/models/result_icons.h"

#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

// The banner colours: background, text.
std::pair<QColor, QColor> bannerColors(const Verdict &verdict)
{
    if (verdict.blocked)
        return {ui::kFailColor, Qt::white};
    if (verdict.category == AccessCategory::Read && !verdict.readable)
        return {ui::kWarnFill, Qt::black};
    return {ui::kPassColor, Qt::white};
}

// A zero-width space between the humps of a camel-case name (Preflight|Missing|Allow…): a narrow column
// wraps the error name instead of widening to fit it.
QString breakableName(const QString &name)
{
    QString text;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (i > 0 && name.at(i).isUpper() && name.at(i - 1).isLower())
            text += QChar(0x200B);
        text += name.at(i);
    }
    return text;
}

} // namespace

VerdictBanner::VerdictBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"verdictBanner"_s);
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    m_title = new QLabel(this);
    m_title->setObjectName(u"verdictBannerTitle"_s);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(u"verdictBannerSubtitle"_s);
    m_subtitle->setWordWrap(true);
    QFont subtitleFont = m_subtitle->font();
    subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 1.15);
    m_subtitle->setFont(subtitleFont);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    setCompact(false);
}

void VerdictBanner::setCompact(bool compact)
{
    m_compact = compact;
    layout()->setContentsMargins(compact ? QMargins(10, 4, 10, 4) : QMargins(16, 10, 16, 10));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * (compact ? 1.5 : 2.2));
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    refresh();
}

void VerdictBanner::setTextSizes(int titlePixels, int subtitlePixels)
{
    QFont titleFont = m_title->font();
    titleFont.setPixelSize(titlePixels);
    m_title->setFont(titleFont);
    QFont subtitleFont = m_subtitle->font();
    subtitleFont.setPixelSize(subtitlePixels);
    m_subtitle->setFont(subtitleFont);
}

void VerdictBanner::setVerdict(const Verdict &verdict)
{
    m_verdict = verdict;
    m_hasVerdict = true;
    refresh();
}

void VerdictBanner::clear()
{
    m_verdict = {};
    m_hasVerdict = false;
    refresh();
}

QString VerdictBanner::title() const
{
    return m_title->text();
}

QString VerdictBanner::subtitle() const
{
    return QString(m_subtitle->text()).remove(QChar(0x200B));
}

void VerdictBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

void VerdictBanner::refresh()
{
    if (!m_hasVerdict) {
        setPalette(QPalette());
        m_title->setPalette(QPalette());
        m_subtitle->setPalette(QPalette());
        m_subtitle->show();
        m_title->setText(tr("No verdict yet"));
        m_subtitle->setText(tr("Open or compose a scenario to see what the browser does with its request."));
        return;
    }
    const auto [background, foreground] = bannerColors(m_verdict);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, background);
    colours.setColor(QPalette::WindowText, foreground);
    setPalette(colours);
    m_title->setPalette(colours);
    m_subtitle->setPalette(colours);

    m_title->setText(verdictSummary(m_verdict));
    QString category;
    switch (m_verdict.category) {
    case AccessCategory::Write: category = tr("write: a navigation or form submission"); break;
    case AccessCategory::Embed: category = tr("embed: an element uses the response without reading it"); break;
    case AccessCategory::Read: category = tr("read: script (or a crossorigin element) reads the response"); break;
    }
    QString subtitle = m_compact ? QString() : category;
    if (!m_verdict.origin.isEmpty() && !m_compact)
        subtitle += u" · "_s + (m_verdict.sameOrigin ? tr("same origin") : tr("cross-origin"))
                    + u" · "_s + (m_verdict.sameSite ? tr("same site") : tr("cross-site"));
    if (m_verdict.error) {
        const QString name = corsErrorName(m_verdict.error->error);
        subtitle += (subtitle.isEmpty() ? QString() : u"\n"_s) + (m_compact ? breakableName(name) : name);
        if (!m_verdict.error->failedParameter.isEmpty())
            subtitle += u" ("_s + QString::fromUtf8(m_verdict.error->failedParameter) + u')';
    }
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    setAccessibleName(verdictSummary(m_verdict) + u". "_s + (m_compact ? category + u". "_s : QString()) + this->subtitle());
}

} // namespace corslab
