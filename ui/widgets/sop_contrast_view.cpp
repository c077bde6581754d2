#include "ui/widgets/sop_contrast_view.h"

#include "core/evaluation.h"
#include "core/explanation.h"
#include "ui/widgets/verdict_banner.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A verdict's exchanges, one block each: the request and its answer, then the answer's cross-origin headers.
QString wireText(const Verdict &verdict)
{
    QString text;
    for (const Exchange &exchange : verdict.exchanges)
        text += exchangeWireSummary(exchange, u"    "_s);
    return text;
}

} // namespace

SopContrastView::SopContrastView(QWidget *parent) : QWidget(parent)
{
    auto *page = new QWidget(this);
    auto *grid = new QGridLayout(page);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(5, 1);
    m_sop = column(grid, 0);
    m_sop.banner->setObjectName(u"sopBanner"_s);
    m_cors = column(grid, 1);
    m_cors.banner->setObjectName(u"corsBanner"_s);

    // The difference, on its own band below both columns.
    auto *band = new QFrame(page);
    band->setFrameShape(QFrame::StyledPanel);
    band->setBackgroundRole(QPalette::AlternateBase);
    band->setAutoFillBackground(true);
    auto *bandLayout = new QVBoxLayout(band);
    bandLayout->setContentsMargins(10, 6, 10, 6);
    m_difference = wrappedLabel(band);
    m_difference->setObjectName(u"policyDifference"_s);
    bandLayout->addWidget(m_difference);
    grid->addWidget(band, 4, 0, 1, 2);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    retranslate();
    updateTexts();
}

SopContrastView::Column SopContrastView::column(QGridLayout *grid, int index)
{
    QWidget *page = grid->parentWidget();
    Column side{wrappedLabel(page), new VerdictBanner(page), wrappedLabel(page), wrappedLabel(page)};
    QFont bold = side.heading->font();
    bold.setBold(true);
    side.heading->setFont(bold);
    side.banner->setCompact(true);
    side.wire->setTextFormat(Qt::PlainText);
    side.wire->setFrameShape(QFrame::StyledPanel);
    side.wire->setBackgroundRole(QPalette::Base);
    side.wire->setAutoFillBackground(true);
    side.wire->setMargin(4);
    side.wire->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(side.heading, 0, index);
    grid->addWidget(side.banner, 1, index);
    grid->addWidget(side.wire, 2, index);
    grid->addWidget(side.pageCanUse, 3, index, Qt::AlignTop);
    return side;
}

void SopContrastView::setScenario(const Scenario &scenario, EngineProfile profile)
{
    m_scenario = scenario;
    m_contrast = contrastFor(scenario, profile);
    if (m_contrast) {
        m_sop.banner->setVerdict(m_contrast->sop);
        m_cors.banner->setVerdict(m_contrast->cors);
    } else {
        m_sop.banner->clear();
        m_cors.banner->clear();
    }
    updateTexts();
}

void SopContrastView::setTextSizes(int textPixels, int bannerTitlePixels, int bannerSubtitlePixels)
{
    const auto resize = [textPixels](QLabel *label) {
        QFont font = label->font();
        font.setPixelSize(textPixels);
        label->setFont(font);
    };
    for (const Column &side : {m_sop, m_cors}) {
        for (QLabel *label : {side.heading, side.wire, side.pageCanUse})
            resize(label);
        side.banner->setTextSizes(bannerTitlePixels, bannerSubtitlePixels);
    }
    resize(m_difference);
}

QString SopContrastView::sopWire() const
{
    return m_sop.wire->text();
}

QString SopContrastView::corsWire() const
{
    return m_cors.wire->text();
}

QString SopContrastView::differenceText() const
{
    return m_contrast ? describePolicyDifference(*m_contrast) : QString();
}

void SopContrastView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateTexts();
    }
    QWidget::changeEvent(event);
}

void SopContrastView::retranslate()
{
    m_sop.heading->setText(tr("Same-origin policy alone"));
    m_sop.heading->setToolTip(tr("The server's answers without Access-Control-*, Cross-Origin-*, Timing-Allow-Origin, "
                                 "X-Frame-Options and frame-ancestors"));
    m_cors.heading->setText(tr("With the server's headers"));
    m_cors.heading->setToolTip(tr("The scenario as it is: CORS and the other cross-origin headers the server sends"));
}

void SopContrastView::updateTexts()
{
    if (!m_contrast) {
        for (const Column &side : {m_sop, m_cors}) {
            side.wire->clear();
            side.pageCanUse->clear();
        }
        m_difference->setText(tr("No contrast until the scenario's URLs are valid."));
        return;
    }
    QString removed;
    for (const RemovedHeaders &route : m_contrast->bare.removed)
        removed += u"\n"_s + tr("Taken off: %1").arg(describeRemovedHeaders(route, m_scenario));
    if (m_contrast->bare.removed.isEmpty())
        removed = u"\n"_s + tr("Nothing taken off: the server sends no cross-origin headers.");
    m_sop.wire->setText(wireText(m_contrast->sop) + removed);
    m_cors.wire->setText(wireText(m_contrast->cors));
    const auto canUse = [&](const Verdict &verdict) {
        return u"<b>%1</b> %2"_s.arg(tr("The page can use:").toHtmlEscaped(), pageCanUse(verdict, m_scenario.request.via).toHtmlEscaped());
    };
    m_sop.pageCanUse->setText(canUse(m_contrast->sop));
    m_cors.pageCanUse->setText(canUse(m_contrast->cors));
    m_difference->setText(u"<b>%1</b> %2"_s.arg(tr("Difference:").toHtmlEscaped(), describePolicyDifference(*m_contrast).toHtmlEscaped()));
}

} // namespace corslab
