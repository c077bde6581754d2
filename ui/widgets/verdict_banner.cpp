#include "ui/widgets/verdict_banner.h"

#include "core/cors_error.h"
#include "core/explanation.h"
#include "ui/models/result_icons.h"

#include <QEvent>
#include <QLabel>
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
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    setTextSizes(0, 0);
    refresh();
}

void VerdictBanner::setTextSizes(int titlePixels, int subtitlePixels)
{
    QFont titleFont = font();
    if (titlePixels > 0)
        titleFont.setPixelSize(titlePixels);
    else
        titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont subtitleFont = font();
    if (subtitlePixels > 0)
        subtitleFont.setPixelSize(subtitlePixels);
    else
        subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 1.15);
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
    m_hasVerdict = false;
    refresh();
}

QString VerdictBanner::title() const
{
    return m_title->text();
}

QString VerdictBanner::subtitle() const
{
    return m_subtitle->text();
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
        for (QWidget *widget : {static_cast<QWidget *>(this), static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_subtitle)})
            widget->setPalette(QPalette());
        m_title->setText(tr("No verdict yet"));
        m_subtitle->setText(tr("Open or compose a scenario to see what the browser does with its request."));
        return;
    }
    const auto [background, foreground] = bannerColors(m_verdict);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, background);
    colours.setColor(QPalette::WindowText, foreground);
    for (QWidget *widget : {static_cast<QWidget *>(this), static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_subtitle)})
        widget->setPalette(colours);

    m_title->setText(verdictSummary(m_verdict));
    QString subtitle;
    switch (m_verdict.category) {
    case AccessCategory::Write: subtitle = tr("write: a navigation or form submission"); break;
    case AccessCategory::Embed: subtitle = tr("embed: an element uses the response without reading it"); break;
    case AccessCategory::Read: subtitle = tr("read: script (or a crossorigin element) reads the response"); break;
    }
    if (!m_verdict.origin.isEmpty())
        subtitle += u" · "_s + (m_verdict.sameOrigin ? tr("same origin") : tr("cross-origin"))
                    + u" · "_s + (m_verdict.sameSite ? tr("same site") : tr("cross-site"));
    if (m_verdict.error) {
        subtitle += u'\n' + QString(corsErrorName(m_verdict.error->error));
        if (!m_verdict.error->failedParameter.isEmpty())
            subtitle += u" ("_s + QString::fromUtf8(m_verdict.error->failedParameter) + u')';
    }
    m_subtitle->setText(subtitle);
    setAccessibleName(verdictSummary(m_verdict) + u". "_s + subtitle);
}

} // namespace corslab
