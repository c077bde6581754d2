#include "ui/widgets/projector_view.h"

#include "ui/models/origin_comparison_model.h"
#include "ui/widgets/sequence_diagram.h"
#include "ui/widgets/sop_contrast_view.h"
#include "ui/widgets/verdict_banner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

// Sizes for the back of the room (pixels, so they do not shrink with a small UI font).
constexpr int kTitlePixels = 30;
constexpr int kBannerPixels = 40;
constexpr int kBannerDetailPixels = 24;
constexpr int kTablePixels = 22;
constexpr int kHeaderLinePixels = 20;
constexpr int kHintPixels = 16;
constexpr qreal kDiagramZoom = 1.3;

QFont pixelFont(const QFont &base, int pixels, bool bold = false)
{
    QFont font = base;
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

QLabel *label(QWidget *parent, int pixels, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setFont(pixelFont(label->font(), pixels, bold));
    label->setWordWrap(true);
    return label;
}

} // namespace

ProjectorView::ProjectorView(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"projectorView"_s);
    setFocusPolicy(Qt::StrongFocus);
    // High contrast: black on white, whatever the desktop's theme.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, Qt::white);
    colours.setColor(QPalette::Base, Qt::white);
    colours.setColor(QPalette::WindowText, Qt::black);
    colours.setColor(QPalette::Text, Qt::black);
    colours.setColor(QPalette::Button, Qt::white);
    colours.setColor(QPalette::ButtonText, Qt::black);
    setPalette(colours);
    setAutoFillBackground(true);

    m_title = label(this, kTitlePixels, true);
    m_title->setObjectName(u"projectorTitle"_s);
    m_position = label(this, kHintPixels);
    m_position->setWordWrap(false);
    m_keys = label(this, kHintPixels);
    m_keys->setWordWrap(false);
    m_keys->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    auto *corner = new QVBoxLayout;
    corner->addWidget(m_position, 0, Qt::AlignRight);
    corner->addWidget(m_keys, 0, Qt::AlignRight);
    top->addLayout(corner);

    m_banner = new VerdictBanner(this);
    m_banner->setTextSizes(kBannerPixels, kBannerDetailPixels);

    m_originView = new QTableView(this);
    m_originView->setObjectName(u"projectorOrigins"_s);
    m_originView->setFont(pixelFont(font(), kTablePixels));
    m_originView->horizontalHeader()->setFont(pixelFont(font(), kTablePixels - 4, true));
    m_originView->verticalHeader()->hide();
    m_originView->setSelectionMode(QAbstractItemView::NoSelection);
    m_originView->setFocusPolicy(Qt::NoFocus);
    m_originView->setWordWrap(false);
    m_originView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_originView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_originView->setTextElideMode(Qt::ElideMiddle);
    m_originView->setIconSize(QSize(kTablePixels, kTablePixels));
    m_originView->verticalHeader()->setDefaultSectionSize(QFontMetrics(m_originView->font()).height() + 10);

    m_diagram = new SequenceDiagram(this);
    m_diagram->setZoom(kDiagramZoom);
    auto *diagramScroll = new QScrollArea(this);
    diagramScroll->setWidget(m_diagram);
    diagramScroll->setWidgetResizable(true);
    diagramScroll->setFrameShape(QFrame::NoFrame);
    diagramScroll->setFocusPolicy(Qt::NoFocus);
    diagramScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_keyHeadersHeading = label(this, kHeaderLinePixels, true);
    m_keyHeaders = label(this, kHeaderLinePixels);
    m_keyHeaders->setObjectName(u"projectorKeyHeaders"_s);
    m_keyHeaders->setTextFormat(Qt::RichText);
    m_keyHeaders->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *headers = new QVBoxLayout;
    headers->addWidget(m_keyHeadersHeading);
    headers->addWidget(m_keyHeaders, 1);

    auto *diagramBody = new QWidget(this);
    auto *bottom = new QHBoxLayout(diagramBody);
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(diagramScroll, 3);
    bottom->addLayout(headers, 2);

    m_sopContrast = new SopContrastView(this);
    m_sopContrast->setTextSizes(kHeaderLinePixels, kBannerDetailPixels + 6, kHeaderLinePixels);
    m_sopContrast->setFocusPolicy(Qt::NoFocus);

    m_bodies = new QStackedWidget(this);
    m_bodies->addWidget(diagramBody);
    m_bodies->addWidget(m_sopContrast);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 14, 24, 14);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_originView);
    layout->addWidget(m_bodies, 1);
    retranslate();
}

void ProjectorView::setBody(Body body)
{
    m_body = body;
    const bool diagram = body == Body::Diagram;
    m_bodies->setCurrentIndex(diagram ? 0 : 1);
    // The contrast has a banner on each side; the scenario's own would repeat the right-hand one.
    m_banner->setVisible(diagram);
}

void ProjectorView::setScenario(const Scenario &scenario, EngineProfile profile)
{
    m_sopContrast->setScenario(scenario, profile);
}

void ProjectorView::setOriginModel(QAbstractItemModel *model)
{
    m_originView->setModel(model);
    QHeaderView *columns = m_originView->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(OriginComparisonModel::HostColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(OriginComparisonModel::SiteColumn, QHeaderView::Stretch);
    connect(model, &QAbstractItemModel::modelReset, this, &ProjectorView::fitOriginView);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ProjectorView::fitOriginView);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ProjectorView::fitOriginView);
    fitOriginView();
}

// As high as its rows, three at most (the page, the URL, one redirect); more scroll.
void ProjectorView::fitOriginView()
{
    const int rows = m_originView->model() ? std::min(m_originView->model()->rowCount(), 3) : 0;
    m_originView->setVerticalScrollBarPolicy(m_originView->model() && m_originView->model()->rowCount() > 3
                                                 ? Qt::ScrollBarAsNeeded
                                                 : Qt::ScrollBarAlwaysOff);
    m_originView->setFixedHeight(m_originView->horizontalHeader()->sizeHint().height() + 2 * m_originView->frameWidth()
                                 + rows * m_originView->verticalHeader()->defaultSectionSize());
}

void ProjectorView::setVerdict(const Verdict &verdict)
{
    m_verdict = verdict;
    m_hasVerdict = true;
    m_banner->setVerdict(verdict);
    m_diagram->setVerdict(verdict);
    updateKeyHeaders();
}

void ProjectorView::clearVerdict()
{
    m_verdict = {};
    m_hasVerdict = false;
    m_banner->clear();
    m_diagram->setVerdict({});
    updateKeyHeaders();
}

void ProjectorView::setHeading(const QString &title, const QString &position)
{
    m_title->setText(title);
    m_position->setText(position);
}

// What the first request sent and what the last answer said, of the headers CORS looks at.
void ProjectorView::updateKeyHeaders()
{
    if (!m_hasVerdict || m_verdict.exchanges.isEmpty()) {
        m_keyHeaders->setText(tr("The browser sends no request."));
        return;
    }
    const auto lines = [](const QStringList &lines, const QString &none) {
        if (lines.isEmpty())
            return u"<i>%1</i>"_s.arg(none.toHtmlEscaped());
        QStringList escaped;
        for (const QString &line : lines)
            escaped << line.toHtmlEscaped();
        return u"<tt>%1</tt>"_s.arg(escaped.join(u"<br>"_s));
    };
    const Exchange &first = m_verdict.exchanges.first();
    const Exchange &last = m_verdict.exchanges.last();
    QString text = u"<b>%1</b><br>%2"_s.arg(tr("Sent").toHtmlEscaped(),
                                             lines(corsRequestHeaderLines(first.requestHeaders), tr("no Origin header")));
    text += u"<br><br><b>%1</b><br>%2"_s.arg(
        (last.status == 0 ? tr("No answer") : tr("Answered %1").arg(last.status)).toHtmlEscaped(),
        lines(corsResponseHeaderLines(last.responseHeaders), tr("no Access-Control-* header")));
    m_keyHeaders->setText(text);
}

void ProjectorView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_N:
        emit nextRequested();
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_P:
        emit previousRequested();
        return;
    case Qt::Key_S:
        setBody(m_body == Body::Diagram ? Body::SopAgainstCors : Body::Diagram);
        return;
    case Qt::Key_Escape:
        emit leaveRequested();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void ProjectorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateKeyHeaders();
    }
    QWidget::changeEvent(event);
}

void ProjectorView::retranslate()
{
    m_keys->setText(tr("← → next and previous lesson · S same-origin policy against CORS · Esc leaves"));
    m_keyHeadersHeading->setText(tr("Key headers"));
}

} // namespace corslab
