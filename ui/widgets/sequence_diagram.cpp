#include "ui/widgets/sequence_diagram.h"

#include "core/cors_error.h"
#include "core/explanation.h"
#include "core/handout.h"
#include "ui/models/result_icons.h"

#include <QEvent>
#include <QFileInfo>
#include <QFontMetrics>
#include <QImage>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

// Fixed colours, dark enough on white for a projector.
const QColor kInk{0x21, 0x21, 0x21};
const QColor kHeaderInk{0x37, 0x47, 0x4f};
const QColor kLaneFill{0xec, 0xef, 0xf1};
const QColor kLaneBorder{0x45, 0x5a, 0x64};
const QColor kLifeline{0x78, 0x90, 0x9c};
const QColor kRequestColor{0x15, 0x65, 0xc0};
const QColor kPreflightColor{0x6a, 0x1b, 0x9a};
const QColor kNoResponseColor{0x75, 0x75, 0x75};

constexpr int kMargin = 20;
constexpr int kLaneBoxWidth = 220;
constexpr int kMinWidth = 760;
constexpr int kMaxWidth = 1400;
constexpr int kArrowGap = 6;      // between an arrow's last text line and the arrow
constexpr int kAfterArrow = 14;
constexpr int kBetweenExchanges = 18;
constexpr int kMarkRadius = 15;

struct Fonts {
    QFont title;
    QFont label;
    QFont mono;
    QFont small;
};

// Pixel sizes, so the widget, the PNG and the SVG (whose resolution differs) lay out alike.
Fonts diagramFonts(const QFont &base)
{
    Fonts fonts{base, base, base, base};
    fonts.title.setPixelSize(19);
    fonts.title.setBold(true);
    fonts.label.setPixelSize(16);
    fonts.label.setBold(true);
    fonts.mono.setFamilies({u"DejaVu Sans Mono"_s, u"Liberation Mono"_s, u"Menlo"_s, u"Consolas"_s, u"monospace"_s});
    fonts.mono.setStyleHint(QFont::Monospace);
    fonts.mono.setPixelSize(14);
    fonts.mono.setBold(false);
    fonts.small.setPixelSize(14);
    fonts.small.setBold(false);
    return fonts;
}

QColor statusColor(int status)
{
    if (status == 0)
        return kNoResponseColor;
    if (status >= 400)
        return ui::kFailColor;
    if (status >= 300)
        return ui::kWarnColor;
    return ui::kPassColor;
}

QString originOf(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return {};
    return parsed.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString(QUrl::FullyEncoded);
}

// The URL as the arrow names it: the path (and query) on the lane's server, the whole URL elsewhere.
QString urlLabel(const QString &url, const QString &laneOrigin)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || originOf(url) != laneOrigin)
        return QUrl(url).adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
    QString path = parsed.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = u"/"_s;
    if (parsed.hasQuery())
        path += u'?' + parsed.query(QUrl::FullyEncoded);
    return path;
}

void drawArrow(QPainter &painter, QPointF from, QPointF to, const QColor &color, bool dashed)
{
    painter.save();
    QPen pen(color, 3, dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
    painter.setPen(pen);
    const qreal direction = to.x() > from.x() ? 1.0 : -1.0;
    const qreal headLength = 14;
    painter.drawLine(from, QPointF(to.x() - direction * headLength, to.y()));
    QPainterPath head;
    head.moveTo(to);
    head.lineTo(to.x() - direction * headLength, to.y() - 7);
    head.lineTo(to.x() - direction * headLength, to.y() + 7);
    head.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPath(head);
    painter.restore();
}

// A stop sign: a red octagon with a white bar.
void drawStopMark(QPainter &painter, QPointF center)
{
    painter.save();
    QPolygonF octagon;
    for (int i = 0; i < 8; ++i) {
        const qreal angle = M_PI / 8 + i * M_PI / 4;
        octagon << center + QPointF(std::cos(angle) * kMarkRadius * 1.1, std::sin(angle) * kMarkRadius * 1.1);
    }
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(ui::kFailColor);
    painter.drawPolygon(octagon);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(center.x() - kMarkRadius * 0.6, center.y() - 2.5, kMarkRadius * 1.2, 5));
    painter.restore();
}

void drawResultMark(QPainter &painter, QPointF center, bool passed, const QColor &fill)
{
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(center, kMarkRadius, kMarkRadius);
    painter.setPen(QPen(passed ? Qt::white : Qt::black, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    if (passed) {
        QPainterPath check;
        check.moveTo(center + QPointF(-7, 0));
        check.lineTo(center + QPointF(-2, 6));
        check.lineTo(center + QPointF(7, -6));
        painter.drawPath(check);
    } else {   // "opaque": a bar, like a closed box
        painter.drawLine(center + QPointF(-7, 0), center + QPointF(7, 0));
    }
    painter.restore();
}

} // namespace

SequenceDiagram::SequenceDiagram(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Sequence diagram"));
}

void SequenceDiagram::setVerdict(const Verdict &verdict)
{
    m_verdict = verdict;
    m_hasVerdict = true;
    updateGeometry();
    update();
}

QSize SequenceDiagram::sizeHint() const
{
    // Wide enough for the longest label between the lanes, within limits; as tall as the layout.
    const Fonts fonts = diagramFonts(font());
    const QFontMetrics label(fonts.label);
    const QFontMetrics mono(fonts.mono);
    int widest = 0;
    for (const Exchange &exchange : m_verdict.exchanges) {
        widest = std::max(widest, label.horizontalAdvance(exchange.url) + 160);
        for (const QString &line : corsRequestHeaderLines(exchange.requestHeaders) + corsResponseHeaderLines(exchange.responseHeaders))
            widest = std::max(widest, mono.horizontalAdvance(line));
    }
    const int width = std::clamp(widest + 40 + kLaneBoxWidth + 2 * kMargin, kMinWidth, kMaxWidth);
    return (QSizeF(width, paintDiagram(nullptr, width)) * m_zoom).toSize();
}

QSize SequenceDiagram::minimumSizeHint() const
{
    return (QSizeF(kMinWidth / 2, paintDiagram(nullptr, kMinWidth / 2)) * m_zoom).toSize();
}

void SequenceDiagram::setZoom(qreal zoom)
{
    m_zoom = std::max(0.25, zoom);
    updateGeometry();
    update();
}

void SequenceDiagram::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(m_zoom, m_zoom);
    paintDiagram(&painter, int(width() / m_zoom));
}

void SequenceDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

QSize SequenceDiagram::exportSize() const
{
    const int width = isVisible() ? std::max(int(this->width() / m_zoom), kMinWidth / 2) : int(sizeHint().width() / m_zoom);
    return {width, paintDiagram(nullptr, width)};
}

QImage SequenceDiagram::toImage(qreal scale) const
{
    const QSize size = exportSize();
    QImage image((QSizeF(size) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintDiagram(&painter, size.width());
    painter.end();
    return image;
}

bool SequenceDiagram::exportPng(const QString &path) const
{
    return toImage(2.0).save(path, "PNG");
}

bool SequenceDiagram::exportSvg(const QString &path) const
{
    const QSize size = exportSize();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(tr("corslab sequence diagram"));
    generator.setDescription(verdictSummary(m_verdict));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    paintDiagram(&painter, size.width());
    if (!painter.end())
        return false;
    const QFileInfo written(path);
    return written.exists() && written.size() > 0;
}

int SequenceDiagram::paintDiagram(QPainter *painter, int width) const
{
    const Fonts fonts = diagramFonts(font());
    const QFontMetrics titleMetrics(fonts.title);
    const QFontMetrics labelMetrics(fonts.label);
    const QFontMetrics monoMetrics(fonts.mono);
    const QFontMetrics smallMetrics(fonts.small);

    const int laneBox = std::min(kLaneBoxWidth, (width - 2 * kMargin) / 3);
    const qreal pageX = kMargin + laneBox / 2.0;
    const qreal serverX = width - kMargin - laneBox / 2.0;
    const int textLeft = int(pageX) + 16;
    const int textWidth = std::max(40, int(serverX) - 16 - textLeft);

    // The lifelines go under everything else, so their length is known first.
    const int height = painter ? paintDiagram(nullptr, width) : 0;
    if (painter) {
        const int lifelineTop = kMargin + titleMetrics.height() + smallMetrics.height() + 16;
        painter->save();
        painter->setPen(QPen(kLifeline, 2, Qt::DashLine));
        painter->drawLine(QPointF(pageX, lifelineTop), QPointF(pageX, height - kMargin));
        painter->drawLine(QPointF(serverX, lifelineTop), QPointF(serverX, height - kMargin));
        painter->restore();
    }

    int y = kMargin;
    // One line of text at the current y, elided to `available`; moves y down.
    const auto line = [&](const QString &text, const QFont &font, const QColor &color, int left, int available) {
        const QFontMetrics metrics(font);
        if (painter) {
            painter->setFont(font);
            painter->setPen(color);
            painter->drawText(left, y + metrics.ascent(), metrics.elidedText(text, Qt::ElideRight, available));
        }
        y += metrics.lineSpacing();
    };

    // The lanes' heads: who is talking.
    QString serverOrigin;
    if (!m_verdict.exchanges.isEmpty())
        serverOrigin = originOf(m_verdict.exchanges.first().url);
    const int headHeight = titleMetrics.height() + smallMetrics.height() + 16;
    if (painter) {
        const auto head = [&](qreal centerX, const QString &title, const QString &subtitle) {
            const QRectF box(centerX - laneBox / 2.0, y, laneBox, headHeight);
            painter->setPen(QPen(kLaneBorder, 2));
            painter->setBrush(kLaneFill);
            painter->drawRoundedRect(box, 6, 6);
            painter->setFont(fonts.title);
            painter->setPen(kInk);
            painter->drawText(QRectF(box.left(), box.top() + 6, box.width(), titleMetrics.height()), Qt::AlignHCenter | Qt::AlignTop, title);
            painter->setFont(fonts.small);
            painter->setPen(kHeaderInk);
            painter->drawText(QRectF(box.left() + 4, box.top() + 8 + titleMetrics.height(), box.width() - 8, smallMetrics.height()),
                              Qt::AlignHCenter | Qt::AlignTop,
                              smallMetrics.elidedText(subtitle, Qt::ElideMiddle, laneBox - 8));
        };
        head(pageX, tr("Page"), m_verdict.origin.isEmpty() ? tr("(no origin)") : m_verdict.origin);
        head(serverX, tr("Server"), serverOrigin.isEmpty() && m_hasVerdict ? tr("(nothing sent)") : serverOrigin);
    }
    y += headHeight + 16;

    if (!m_hasVerdict) {
        line(tr("No request yet."), fonts.small, kHeaderInk, textLeft, textWidth);
        return y + kMargin;
    }

    // The outcome: where the browser stopped, or what the page got.
    const auto outcome = [&](const QString &headline, const QString &detail, const QColor &color, int kind) {
        const int markTop = y;
        if (painter) {
            const QPointF center(pageX, markTop + kMarkRadius);
            if (kind == 0)
                drawStopMark(*painter, center);
            else
                drawResultMark(*painter, center, kind == 1, kind == 1 ? ui::kPassColor : ui::kWarnFill);
        }
        const int left = int(pageX) + kMarkRadius + 12;
        const int available = width - kMargin - left;
        y = markTop + std::max(0, kMarkRadius - labelMetrics.height() / 2);
        line(headline, fonts.label, color, left, available);
        if (!detail.isEmpty())
            line(detail, fonts.small, kHeaderInk, left, available);
        y = std::max(y, markTop + 2 * kMarkRadius) + 8;
    };
    const auto blockedDetail = [&]() {
        if (!m_verdict.error)
            return QString();
        QString text = QString(corsErrorName(m_verdict.error->error));
        if (!m_verdict.error->failedParameter.isEmpty())
            text += u": "_s + QString::fromUtf8(m_verdict.error->failedParameter);
        return text;
    };

    if (m_verdict.blocked && m_verdict.exchanges.isEmpty())
        outcome(tr("Blocked before anything was sent"), blockedDetail(), ui::kFailColor, 0);

    for (qsizetype i = 0; i < m_verdict.exchanges.size(); ++i) {
        const Exchange &exchange = m_verdict.exchanges.at(i);
        // The request: "1. preflight  OPTIONS /items", the headers CORS reads, the arrow.
        QString kind;
        QColor kindColor = kRequestColor;
        switch (exchange.kind) {
        case Exchange::Kind::Preflight: kind = tr("preflight"); kindColor = kPreflightColor; break;
        case Exchange::Kind::Main: kind = tr("request"); break;
        case Exchange::Kind::Redirect: kind = tr("redirect"); break;
        }
        const QString number = tr("%1.").arg(i + 1);
        const QString prefix = number + u' ' + kind + u"  "_s;
        if (painter) {
            painter->setFont(fonts.label);
            painter->setPen(kindColor);
            painter->drawText(textLeft, y + labelMetrics.ascent(), prefix);
            painter->setPen(kInk);
            const int prefixWidth = labelMetrics.horizontalAdvance(prefix);
            const QString target = QString::fromLatin1(exchange.method) + u' ' + urlLabel(exchange.url, serverOrigin);
            painter->drawText(textLeft + prefixWidth, y + labelMetrics.ascent(),
                              labelMetrics.elidedText(target, Qt::ElideMiddle, std::max(10, textWidth - prefixWidth)));
        }
        y += labelMetrics.lineSpacing();
        for (const QString &header : corsRequestHeaderLines(exchange.requestHeaders))
            line(header, fonts.mono, kHeaderInk, textLeft + 12, textWidth - 12);
        if (const QString credentials = exchangeCredentialsNote(exchange); !credentials.isEmpty())
            line(credentials, fonts.small, kHeaderInk, textLeft + 12, textWidth - 12);
        y += kArrowGap;
        if (painter)
            drawArrow(*painter, QPointF(pageX, y), QPointF(serverX, y), kindColor, false);
        y += kAfterArrow;

        // The response: status, the headers CORS reads, the arrow back.
        const QColor color = statusColor(exchange.status);
        const QString status = exchange.status == 0 ? tr("no response")
                                                    : statusText(exchange.status);
        line(status, fonts.label, color, textLeft, textWidth);
        for (const QString &header : corsResponseHeaderLines(exchange.responseHeaders))
            line(header, fonts.mono, kHeaderInk, textLeft + 12, textWidth - 12);
        y += kArrowGap;
        if (painter)
            drawArrow(*painter, QPointF(serverX, y), QPointF(pageX, y), color, exchange.status == 0);
        y += kAfterArrow + kBetweenExchanges;
    }

    if (m_verdict.blocked && !m_verdict.exchanges.isEmpty()) {
        outcome(tr("Blocked by the browser"), blockedDetail(), ui::kFailColor, 0);
    } else if (!m_verdict.blocked) {
        if (m_verdict.category == AccessCategory::Read && !m_verdict.readable)
            outcome(tr("Opaque: the page cannot read the response"), {}, ui::kWarnColor, 2);
        else if (m_verdict.category == AccessCategory::Read)
            outcome(tr("Allowed: the page reads the response"), {}, ui::kPassColor, 1);
        else if (m_verdict.category == AccessCategory::Write)
            outcome(tr("Allowed: the request is sent (a write)"), {}, ui::kPassColor, 1);
        else
            outcome(tr("Allowed: the element uses the response (an embed)"), {}, ui::kPassColor, 1);
    }
    return y + kMargin;
}

} // namespace corslab
