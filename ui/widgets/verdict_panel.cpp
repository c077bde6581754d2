#include "ui/widgets/verdict_panel.h"

#include "core/explanation.h"
#include "core/origin_comparison.h"
#include "ui/models/origin_comparison_model.h"
#include "ui/models/verdict_model.h"
#include "ui/widgets/server_config_view.h"
#include "ui/widgets/verdict_banner.h"
#include "ui/widgets/verdict_comparison_view.h"
#include "ui/widgets/wrapping_rows.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QUrl>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace corslab {

namespace {

using Field = VerdictComparisonView::Field;

// The live runner reports no element failure: the error's class alone is compared.
bool sameField(Field field, const Verdict &a, const Verdict &b)
{
    switch (field) {
    case Field::Preflight: return a.preflight == b.preflight;
    case Field::Sent: return a.sent == b.sent;
    case Field::Blocked: return a.blocked == b.blocked;
    case Field::Readable: return a.readable == b.readable;
    case Field::Error:
        return a.error.has_value() == b.error.has_value() && (!a.error || a.error->error == b.error->error);
    }
    return true;
}


} // namespace

VerdictPanel::VerdictPanel(QWidget *parent) : QWidget(parent), m_model(new VerdictModel(this))
{
    auto *layout = new QVBoxLayout(this);

    // Banner: the verdict in one word, big, on its colour.
    m_banner = new VerdictBanner(this);
    layout->addWidget(m_banner);

    // The triple at a glance: scheme | host | port | site, page against each target.
    m_origins = new OriginComparisonModel(this);
    m_originView = new QTableView(this);
    m_originView->setObjectName(u"originComparison"_s);
    m_originView->setModel(m_origins);
    m_originView->verticalHeader()->hide();
    m_originView->setSelectionMode(QAbstractItemView::NoSelection);
    m_originView->setFocusPolicy(Qt::NoFocus);
    m_originView->setWordWrap(false);
    m_originView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_originView->setTextElideMode(Qt::ElideMiddle);
    m_originView->verticalHeader()->setDefaultSectionSize(m_originView->fontMetrics().height() + 8);
    QHeaderView *columns = m_originView->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(OriginComparisonModel::HostColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(OriginComparisonModel::SiteColumn, QHeaderView::Stretch);
    layout->addWidget(m_originView);

    // The real engine beside the model (hidden until a live result arrives).
    m_comparison = new VerdictComparisonView(this);
    m_comparison->setObjectName(u"liveComparison"_s);
    m_comparison->summaryLabel()->setObjectName(u"liveComparisonSummary"_s);
    m_comparison->hide();
    layout->addWidget(m_comparison);

    // Chromium beside Firefox (View › Compare Browsers).
    m_engines = new VerdictComparisonView(this);
    m_engines->setObjectName(u"engineComparison"_s);
    m_engines->summaryLabel()->setObjectName(u"engineComparisonSummary"_s);
    m_engines->notesLabel()->setObjectName(u"engineDifferences"_s);
    m_engines->setHidesAgreeingRows(true);   // beside the steps on a 720-line screen: the differences only
    m_engines->hide();
    layout->addWidget(m_engines);

    // What the browsers print.
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_consoleHeading = headingLabel(this);
    m_console = new QPlainTextEdit(this);
    m_console->setObjectName(u"consoleMessage"_s);
    m_console->setReadOnly(true);
    m_console->setFont(mono);
    m_console->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_console->setMaximumHeight(QFontMetrics(mono).lineSpacing() * 5 + 12);
    m_consoleHeading->setBuddy(m_console);
    layout->addWidget(m_consoleHeading);
    layout->addWidget(m_console);

    m_firefoxHeading = headingLabel(this);
    m_firefox = new QLabel(this);
    m_firefox->setObjectName(u"firefoxReason"_s);
    m_firefox->setWordWrap(true);
    m_firefox->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_firefox->setTextFormat(Qt::PlainText);
    layout->addWidget(m_firefoxHeading);
    layout->addWidget(m_firefox);

    // The steps, each with its anchor in the standard.
    m_steps = new QTreeView(this);
    m_steps->setObjectName(u"verdictSteps"_s);
    m_steps->setModel(m_model);
    m_steps->setRootIsDecorated(false);
    m_steps->setAlternatingRowColors(true);
    wrapRows(m_steps);   // a long detail wraps rather than hiding its end
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(VerdictModel::CheckColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(VerdictModel::ResultColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(VerdictModel::DetailColumn, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(VerdictModel::SpecColumn, QHeaderView::ResizeToContents);
    connect(m_steps, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == VerdictModel::SpecColumn)
            openSpecLink(index);
    });
    connect(m_steps, &QTreeView::activated, this, &VerdictPanel::openSpecLink);
    layout->addWidget(m_steps, 1);

    m_headersHeading = headingLabel(this);
    m_headers = new QLabel(this);
    m_headers->setObjectName(u"readableHeaders"_s);
    m_headers->setWordWrap(true);
    m_headers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headers->setFont(mono);
    layout->addWidget(m_headersHeading);
    layout->addWidget(m_headers);

    // The fix, and the one button that applies all of it (one undoable command in the main window).
    m_fixBox = new QGroupBox(this);
    m_fixBox->setObjectName(u"fixes"_s);
    auto *fixLayout = new QVBoxLayout(m_fixBox);
    m_fixes = new QLabel(m_fixBox);
    m_fixes->setObjectName(u"fixList"_s);
    m_fixes->setWordWrap(true);
    m_fixes->setTextFormat(Qt::RichText);
    m_fixes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fixLayout->addWidget(m_fixes);
    auto *buttonRow = new QHBoxLayout;
    m_applyFix = new QPushButton(m_fixBox);
    m_applyFix->setObjectName(u"applyFixButton"_s);
    connect(m_applyFix, &QPushButton::clicked, this, &VerdictPanel::applyFixRequested);
    // The same fix as the configuration of the user's server, shown on request.
    m_showConfig = new QToolButton(m_fixBox);
    m_showConfig->setObjectName(u"showServerConfig"_s);
    m_showConfig->setCheckable(true);
    m_showConfig->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // "Block this", the reverse: the verified blocks in a list, the chosen one applied as one command.
    m_blockThis = new QPushButton(m_fixBox);
    m_blockThis->setObjectName(u"blockThisButton"_s);
    m_blockThis->setCheckable(true);
    buttonRow->addWidget(m_showConfig);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_blockThis);
    buttonRow->addWidget(m_applyFix);
    fixLayout->addLayout(buttonRow);
    m_blockBox = new QWidget(m_fixBox);
    m_blockBox->setObjectName(u"blocks"_s);
    auto *blockLayout = new QVBoxLayout(m_blockBox);
    blockLayout->setContentsMargins(0, 0, 0, 0);
    m_blockHeading = new QLabel(m_blockBox);
    m_blockHeading->setWordWrap(true);
    m_blockList = new QListWidget(m_blockBox);
    m_blockList->setObjectName(u"blockList"_s);
    m_blockList->setWordWrap(true);
    m_blockList->setAlternatingRowColors(true);
    m_blockHeading->setBuddy(m_blockList);
    m_applyBlock = new QPushButton(m_blockBox);
    m_applyBlock->setObjectName(u"applyBlockButton"_s);
    auto *applyRow = new QHBoxLayout;
    applyRow->addStretch(1);
    applyRow->addWidget(m_applyBlock);
    blockLayout->addWidget(m_blockHeading);
    blockLayout->addWidget(m_blockList);
    blockLayout->addLayout(applyRow);
    m_blockBox->hide();
    fixLayout->addWidget(m_blockBox);
    connect(m_blockThis, &QPushButton::toggled, m_blockBox, &QWidget::setVisible);
    connect(m_blockList, &QListWidget::currentRowChanged, this, [this](int row) { m_applyBlock->setEnabled(row >= 0); });
    connect(m_blockList, &QListWidget::itemActivated, this, &VerdictPanel::applyChosenBlock);
    connect(m_applyBlock, &QPushButton::clicked, this, &VerdictPanel::applyChosenBlock);
    m_serverConfig = new ServerConfigView(m_fixBox);
    m_serverConfig->hide();
    fixLayout->addWidget(m_serverConfig);
    connect(m_showConfig, &QToolButton::toggled, this, [this](bool shown) {
        m_serverConfig->setVisible(shown);
        updateServerConfig();
    });
    m_fixBox->hide();
    layout->addWidget(m_fixBox);

    retranslate();
    updateTexts();
}

void VerdictPanel::fitOriginView()
{
    const int rows = std::min(m_origins->rowCount(), 4);
    m_originView->setFixedHeight(m_originView->horizontalHeader()->sizeHint().height() + 2 * m_originView->frameWidth()
                                 + rows * m_originView->verticalHeader()->defaultSectionSize());
}

void VerdictPanel::setVerdict(const Verdict &verdict, const Scenario &scenario)
{
    if (!(scenario == m_scenario)) {
        m_live.reset();
        m_blocks = {};   // another scenario's blocks: setBlocks() brings this one's
    }
    m_verdict = verdict;
    m_scenario = scenario;
    m_hasVerdict = true;
    m_model->setVerdict(verdict);
    m_origins->setComparisons(compareTargets(scenario, verdict));
    fitOriginView();
    // The step that failed is the one to read: keep it in view.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->index(row, VerdictModel::CheckColumn).data(VerdictModel::PassedRole).toBool()) {
            m_steps->scrollTo(m_model->index(row, VerdictModel::CheckColumn));
            break;
        }
    }
    m_banner->setVerdict(verdict);
    updateTexts();
    updateComparison();
}

void VerdictPanel::setBlocks(const BlockSuggestion &blocks)
{
    m_blocks = blocks;
    updateTexts();
}

void VerdictPanel::showBlocks()
{
    if (m_blocks.blocks.isEmpty())
        return;
    m_blockThis->setChecked(true);
    m_blockList->setFocus();
}

void VerdictPanel::applyChosenBlock()
{
    const int row = m_blockList->currentRow();
    if (row < 0 || row >= m_blocks.blocks.size())
        return;
    m_blockThis->setChecked(false);
    emit applyBlockRequested(row);
}

void VerdictPanel::updateBlocks()
{
    const bool any = !m_blocks.blocks.isEmpty();
    m_blockThis->setVisible(any);
    if (!any)
        m_blockThis->setChecked(false);
    m_blockThis->setText(tr("Block this"));
    m_blockThis->setToolTip(tr("The smallest server changes that make the browser refuse this request, each checked by evaluating again"));
    m_blockHeading->setText(tr("Choose the change to make (one step to undo):"));
    m_applyBlock->setText(tr("Apply block"));
    m_blockList->clear();
    for (const Block &block : m_blocks.blocks) {
        const BlockText words = describeBlock(block, m_scenario);
        auto *item = new QListWidgetItem(tr("[%1] %2\n%3\nAfter: %4").arg(words.kind, words.change, words.why, words.after), m_blockList);
        item->setToolTip(words.why);
    }
    if (any)
        m_blockList->setCurrentRow(0);
    m_applyBlock->setEnabled(any);
}

void VerdictPanel::setLiveVerdict(const std::optional<Verdict> &live)
{
    m_live = live;
    updateComparison();
}

QString VerdictPanel::bannerText() const
{
    return m_banner->title();
}

void VerdictPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateTexts();
        updateComparison();
        updateEngineComparison();
    }
    QWidget::changeEvent(event);
}

void VerdictPanel::retranslate()
{
    m_comparison->setTitle(tr("Real engine and model"));
    m_engines->setTitle(tr("Chromium and Firefox"));
    m_engines->setHeadings(tr("Chromium"), tr("Firefox ESR 153"));
    m_firefoxHeading->setText(tr("Firefox's reason:"));
    m_headersHeading->setText(tr("Response headers script can read:"));
    m_showConfig->setText(tr("Server configuration…"));
    m_showConfig->setToolTip(tr("The same fix as configuration for nginx, Apache, Caddy, Express, Django, Flask, Spring or ASP.NET Core"));
    m_steps->setToolTip(tr("Click a link in the Standard column (or double-click a row) to open the standard."));
}

void VerdictPanel::updateTexts()
{
    // Firefox's own verdict carries its reason key, and its console text is the message itself.
    const bool firefoxVerdict = !m_verdict.firefoxReason.isEmpty();
    m_console->setPlainText(firefoxVerdict ? m_verdict.message + u"\n("_s + m_verdict.firefoxReason + u')' : m_verdict.message);
    m_consoleHeading->setText(firefoxVerdict ? tr("Console (Firefox):") : tr("Console (Chromium):"));
    m_consoleHeading->setVisible(!m_verdict.message.isEmpty());
    m_console->setVisible(!m_verdict.message.isEmpty());

    const bool hasFirefox = m_verdict.firefox.has_value() && !firefoxVerdict;
    m_firefox->setText(hasFirefox ? m_verdict.firefox->message + u"\n("_s + m_verdict.firefox->reason + u')' : QString());
    m_firefoxHeading->setVisible(hasFirefox);
    m_firefox->setVisible(hasFirefox);

    // Only reads have response headers script could see.
    const bool read = m_hasVerdict && m_verdict.category == AccessCategory::Read;
    m_headersHeading->setVisible(read);
    m_headers->setVisible(read);
    if (!m_verdict.readable) {
        m_headers->setText(tr("none: the page cannot read the response"));
    } else if (m_verdict.exposedHeaders.isEmpty()) {
        m_headers->setText(tr("none"));
    } else {
        QStringList names;
        for (const QByteArray &name : m_verdict.exposedHeaders)
            names << QString::fromLatin1(name);
        m_headers->setText(names.join(u", "_s));
    }

    // The box holds the fix and "Block this": shown for either; the fix's parts only with a fix.
    const bool hasFix = !m_verdict.fixes.isEmpty();
    m_fixBox->setVisible(hasFix || !m_blocks.blocks.isEmpty());
    m_fixBox->setTitle(hasFix ? tr("Fix") : tr("Block"));
    m_fixes->setVisible(hasFix);
    m_applyFix->setVisible(hasFix);
    m_showConfig->setVisible(hasFix);
    if (!hasFix)
        m_showConfig->setChecked(false);
    updateBlocks();
    QString list;
    for (const Fix &fix : m_verdict.fixes)
        list += u"<li>"_s + describeFix(fix, m_scenario).toHtmlEscaped() + u"</li>"_s;
    m_fixes->setText(u"<ul style=\"margin-left:-20px\">"_s + list + u"</ul>"_s);
    m_applyFix->setText(m_verdict.fixes.size() > 1 ? tr("Apply fixes") : tr("Apply fix"));
    m_applyFix->setToolTip(tr("Change the scenario as described above (one step to undo)."));
    updateServerConfig();
}

void VerdictPanel::updateServerConfig()
{
    if (!m_serverConfig->isVisible())
        return;
    QString reason;
    const QList<CorsPolicy> policies = corsPoliciesForFix(m_scenario, m_verdict.fixes, EngineProfile::Current, &reason);
    const QList<Fix> beyond = fixesBeyondCorsPolicy(m_verdict.fixes);
    QString note = policies.isEmpty() ? reason : QString();
    if (!policies.isEmpty() && !beyond.isEmpty())
        note = tr("Besides the CORS headers below, the fix changes what a CORS configuration does not: %1")
                   .arg(describeFix(beyond.first(), m_scenario));
    m_serverConfig->setPolicies(policies, note);
}

void VerdictPanel::updateComparison()
{
    m_liveDifferences = 0;
    m_comparison->setVisible(m_live.has_value());
    if (!m_live)
        return;
    const Verdict &live = *m_live;
    m_comparison->setHeadings(tr("Model"), live.engine.isEmpty() ? tr("Real engine") : tr("Real engine (%1)").arg(live.engine));
    m_liveDifferences = m_comparison->setVerdicts(m_verdict, live, [&](Field field) { return !sameField(field, m_verdict, live); });
    m_comparison->setSummary(m_liveDifferences == 0 ? tr("The real engine agrees with the model.")
                                                    : tr("The real engine differs from the model in %n field(s).", nullptr,
                                                         m_liveDifferences),
                             m_liveDifferences == 0);
}

void VerdictPanel::setEngineComparison(const std::optional<EngineComparison> &comparison)
{
    m_engineComparison = comparison;
    updateEngineComparison();
}

void VerdictPanel::updateEngineComparison()
{
    m_engines->setVisible(m_engineComparison.has_value());
    if (!m_engineComparison)
        return;
    const EngineComparison &comparison = *m_engineComparison;
    m_engines->setVerdicts(comparison.chromium, comparison.firefox,
                           [&comparison](Field field) { return comparison.differ.contains(VerdictComparisonView::verdictField(field)); });
    QStringList fields;
    for (const VerdictField field : comparison.differ)
        fields << verdictFieldLabel(field);
    m_engines->setSummary(comparison.differs() ? tr("Firefox differs in: %1.").arg(fields.join(u", "_s))
                                               : tr("Firefox decides the same as Chromium."),
                          !comparison.differs());
    QStringList notes;
    for (const EngineDifference &cause : comparison.causes) {
        QStringList causeFields;
        for (const VerdictField field : cause.fields)
            causeFields << verdictFieldLabel(field);
        notes << causeFields.join(u", "_s) + u": "_s + describeEngineDifference(cause, comparison);
    }
    m_engines->setNotes(notes);
}

void VerdictPanel::openSpecLink(const QModelIndex &index)
{
    const QUrl url = index.data(VerdictModel::SpecUrlRole).toUrl();
    if (!url.isValid())
        return;
    emit specLinkActivated(url);
    QDesktopServices::openUrl(url);
}

} // namespace corslab
