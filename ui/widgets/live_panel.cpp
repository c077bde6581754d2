#include "ui/widgets/live_panel.h"

#include "ui/live_controller.h"
#include "ui/widgets/sequence_diagram.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace corslab {

LivePanel::LivePanel(LiveController *live, QWidget *parent) : QWidget(parent), m_live(live)
{
    m_toggle = new QPushButton(this);
    m_toggle->setCheckable(true);
    m_toggle->setChecked(live->isLive());
    m_runOnce = new QPushButton(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_diagram = new SequenceDiagram(this);
    auto *diagramScroll = new QScrollArea(this);
    diagramScroll->setWidget(m_diagram);
    diagramScroll->setWidgetResizable(true);
    diagramScroll->setFrameShape(QFrame::NoFrame);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_runOnce);
    buttons->addWidget(m_status, 1);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"liveSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(diagramScroll);
    m_splitter->addWidget(m_log);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_splitter, 1);

    connect(m_toggle, &QPushButton::toggled, live, &LiveController::setLive);
    connect(m_runOnce, &QPushButton::clicked, live, &LiveController::runNow);
    connect(live, &LiveController::liveChanged, m_toggle, &QPushButton::setChecked);
    connect(live, &LiveController::runningChanged, this, [this](bool running) { m_runOnce->setEnabled(!running); });
    connect(live, &LiveController::statusChanged, this, [this](const QString &status) {
        m_statusReported = true;
        m_status->setText(status);
    });
    connect(live, &LiveController::logChanged, m_log, &QPlainTextEdit::setPlainText);
    connect(live, &LiveController::resultChanged, this,
            [this](const std::optional<Verdict> &verdict) { m_diagram->setVerdict(verdict ? *verdict : Verdict{}); });
    retranslate();
}

void LivePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LivePanel::retranslate()
{
    m_toggle->setText(tr("&Live"));
    m_toggle->setToolTip(tr("Run the scenario in the real engine (Qt WebEngine) after every edit"));
    m_runOnce->setText(tr("Run in &engine"));
    m_runOnce->setToolTip(tr("Run the current scenario once in Qt WebEngine against loopback servers"));
    if (!m_statusReported)
        m_status->setText(tr("Live mode runs the scenario in Qt WebEngine (Chromium) against loopback "
                             "servers and compares the result with the model. The engine starts on first use."));
    m_log->setPlaceholderText(tr("The engine's console and the server log appear here."));
}

} // namespace corslab
