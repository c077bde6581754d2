#include "ui/handout_export.h"

#include "core/handout.h"
#include "ui/widgets/sequence_diagram.h"
#include "ui/widgets/verdict_banner.h"

#include <QLayout>
#include <QPainter>
#include <QSaveFile>

namespace corslab {

bool writeHandout(const QString &path, const Scenario &scenario, const Verdict &verdict, const QString &file, QString *error)
{
    QSaveFile saved(path);
    if (saved.open(QIODevice::WriteOnly) && saved.write(handoutHtml({{file, scenario, verdict}}).toUtf8()) >= 0 && saved.commit())
        return true;
    if (error)
        *error = saved.errorString();
    return false;
}

QImage verdictImage(const Verdict &verdict, qreal scale)
{
    SequenceDiagram diagram;   // never shown: laid out at its size hint's width
    diagram.setVerdict(verdict);
    const QImage picture = diagram.toImage(scale);
    const int width = qRound(picture.width() / scale);
    // The banner laid out offscreen at the diagram's width, with a slide's text sizes.
    VerdictBanner banner;
    banner.setVerdict(verdict);
    banner.setTextSizes(40, 20);
    banner.setFixedWidth(width);
    banner.ensurePolished();
    banner.layout()->activate();
    const int bannerHeight = banner.hasHeightForWidth() ? banner.heightForWidth(width) : -1;
    banner.resize(width, bannerHeight > 0 ? bannerHeight : banner.sizeHint().height());

    QImage image(QSize(width, banner.height() + qRound(picture.height() / scale)) * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    banner.render(&painter, QPoint(0, 0), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    painter.drawImage(QPointF(0, banner.height()), picture);
    painter.end();
    return image;
}

} // namespace corslab
