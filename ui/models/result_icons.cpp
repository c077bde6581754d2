#include "ui/models/result_icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace corslab::ui {

namespace {

QPixmap mark(bool passed, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(passed ? kPassColor : kFailColor);
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    QPen pen(Qt::white, size / 7.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    const qreal s = size;
    if (passed) {
        QPainterPath check;
        check.moveTo(0.27 * s, 0.52 * s);
        check.lineTo(0.44 * s, 0.69 * s);
        check.lineTo(0.74 * s, 0.34 * s);
        painter.drawPath(check);
    } else {
        painter.drawLine(QPointF(0.32 * s, 0.32 * s), QPointF(0.68 * s, 0.68 * s));
        painter.drawLine(QPointF(0.68 * s, 0.32 * s), QPointF(0.32 * s, 0.68 * s));
    }
    return pixmap;
}

} // namespace

QIcon resultIcon(bool passed)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(mark(passed, size));
    return icon;
}

} // namespace corslab::ui
