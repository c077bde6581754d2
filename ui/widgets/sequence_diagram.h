#pragma once
// A Verdict's exchanges as a sequence diagram: the page's origin and the server as two lanes, an
// arrow per request (preflight, request, redirect hop) and per response, the headers CORS looks at
// (Origin, Access-Control-Request-*, Access-Control-*, Location), and where the browser stopped.
// Painted with fixed, high-contrast colours on white so it reads on a projector and exports as is.
#include "core/handout.h"
#include "core/verdict.h"
#include <QWidget>

class QPainter;

namespace corslab {

// corsRequestHeaderLines and corsResponseHeaderLines (the header lines CORS looks at) are core/handout's,
// which draws the same diagram as SVG text for the handout.

class SequenceDiagram : public QWidget {
    Q_OBJECT
public:
    explicit SequenceDiagram(QWidget *parent = nullptr);

    void setVerdict(const Verdict &verdict);
    const Verdict &verdict() const { return m_verdict; }

    // The diagram as a PNG at twice its size (sharp on high-density screens and slides); false
    // when the file cannot be written.
    bool exportPng(const QString &path) const;
    // The diagram as an SVG (text stays text); false when the file cannot be written.
    bool exportSvg(const QString &path) const;
    // The diagram on a white background at `scale` times its logical size.
    QImage toImage(qreal scale = 2.0) const;

    // Paints the diagram `zoom` times larger on screen (projector mode); exports keep their size.
    void setZoom(qreal zoom);
    qreal zoom() const { return m_zoom; }

    // Grows with the number of exchanges and the header lines they carry; put the widget in a QScrollArea.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Lays the diagram out for `width` and paints it when `painter` is set; returns the height.
    int paintDiagram(QPainter *painter, int width) const;
    // The size exports use: the widget's width when shown, otherwise the size hint's.
    QSize exportSize() const;

    Verdict m_verdict;
    bool m_hasVerdict = false;
    qreal m_zoom = 1.0;
};

} // namespace corslab
